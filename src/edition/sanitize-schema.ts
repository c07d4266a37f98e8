import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/** Classes the renderer itself puts on elements; any other class is dropped. */
export const RENDERER_CLASSES = [
  'run-in',
  'figure',
  'figure-caption',
  'figure-credit',
  'figure-missing',
  's',
  'term',
  'lede',
  'byline',
  'author-title',
  'publisher',
  'subtitle',
  'footnotes',
  'data-footnote-backref',
  'sr-only',
  'fn-item',
  'list-continued',
  'table-cell',
  'article-header',
  'poll',
  'poll-title',
  'poll-question',
  'poll-options',
  'poll-option',
  'poll-text',
  'poll-result',
  'poll-total',
  'published',
  'translation-line',
  'translator-notes',
  'translator-notes-only',
  'translator-note',
  'tn-call',
  'tn-mark',
  'tn-label',
  'stale-banner',
  'stale-mark',
  'status',
  'status-table',
  'status-totals',
  'status-documents',
  'state-translated',
  'state-stale',
  'state-partial',
  'state-missing',
  'state-unreadable',
] as const;

/**
 * The prefix of every `id`, `name`, `aria-describedby` and `aria-labelledby` that comes out of
 * the sanitiser, so content cannot clobber globals (`<img name="querySelectorAll">` would
 * otherwise shadow `document.querySelectorAll`). In-page links follow (`prefixFragmentLinks`).
 */
export const CLOBBER_PREFIX = 'user-content-';

/**
 * The sanitising schema: GitHub's defaults (no `<script>`, no event handlers, no `javascript:`
 * URLs, no `style`; ids and names prefixed with {@link CLOBBER_PREFIX}) plus figures, `<abbr>`
 * glossary terms and the sentence attributes of the parallel edition.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: ['ariaDescribedBy', 'ariaLabelledBy', 'id', 'name'],
  clobberPrefix: CLOBBER_PREFIX,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'abbr', 'header', 'time'],
  attributes: {
    ...withRendererClasses(defaultSchema.attributes ?? {}),
    a: [...(defaultSchema.attributes?.['a'] ?? []), 'hrefLang', 'ariaDescribedBy', 'dataFootnoteRef', 'dataFootnoteBackref'],
    '*': [...(defaultSchema.attributes?.['*'] ?? []), ['className', ...RENDERER_CLASSES], 'dataS', 'dataWith', 'dataTerm', 'ariaHidden'],
  },
};

type Attributes = NonNullable<Schema['attributes']>;

/** Element-specific `className` rules of the defaults, widened to also allow the renderer's classes. */
function withRendererClasses(attributes: Attributes): Attributes {
  const out: Attributes = {};
  for (const [tag, list] of Object.entries(attributes)) {
    out[tag] = list.map((rule) => (Array.isArray(rule) && rule[0] === 'className' ? [...rule, ...RENDERER_CLASSES] : rule)) as typeof list;
  }
  return out;
}
