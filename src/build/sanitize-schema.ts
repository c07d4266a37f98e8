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
] as const;

/**
 * The sanitising schema: GitHub's defaults (no `<script>`, no event handlers, no `javascript:`
 * URLs, no `style`) plus figures, `<abbr>` glossary terms and the sentence attributes of the
 * parallel edition. Ids are not prefixed: pages carry no script that reads ids as globals.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: [],
  clobberPrefix: '',
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
