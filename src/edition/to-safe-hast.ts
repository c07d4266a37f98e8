import type { Root as MdastRoot } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { unified } from 'unified';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import type { Messages } from '../i18n/create-messages.js';
import { prefixFragmentLinks } from './prefix-fragment-links.js';
import { SYNTAX_HANDLERS } from './syntax-handlers.js';
import { sanitizeSchema } from './sanitize-schema.js';

/** Options of {@link toSafeHast}. */
export interface SafeHastOptions {
  messages: Messages;
  /** Prefix of footnote ids (`en-` gives `en-fn-1`, `en-fnref-1`). */
  idPrefix?: string;
  /** Extra mdast → hast handlers (the parallel edition numbers footnote calls itself). */
  handlers?: RemarkRehypeOptions['handlers'];
}

/**
 * Turn an mdast tree into sanitised hast: remark-rehype (footnotes with localised labels),
 * rehype-raw (raw HTML in the Markdown becomes elements) and rehype-sanitize, so a `<script>`
 * or an `onerror=` in content never reaches a page, and ids and names are prefixed
 * (`user-content-`, so content cannot clobber the page script's globals) with in-page links
 * (`#fn-1`) following them.
 *
 * @param tree the mdast tree (not changed)
 * @param options interface strings and id prefix
 * @returns the safe hast tree
 * @example toSafeHast(parseMarkdown('Hi<script>x</script>'), { messages }) // no script element
 */
export function toSafeHast(tree: MdastRoot, options: SafeHastOptions): HastRoot {
  const { t } = options.messages;
  const remarkOptions: RemarkRehypeOptions = {
    allowDangerousHtml: true,
    clobberPrefix: options.idPrefix ?? '',
    footnoteLabel: t('footnotes.label'),
    footnoteLabelTagName: 'h2',
    footnoteLabelProperties: {},
    footnoteBackLabel: (reference: number, repeat: number) =>
      repeat > 1
        ? t('footnotes.backLabelRepeat', { reference: String(reference + 1), repeat: String(repeat) })
        : t('footnotes.backLabel', { reference: String(reference + 1) }),
  };
  remarkOptions.handlers = { ...SYNTAX_HANDLERS, ...options.handlers } as RemarkRehypeOptions['handlers'];
  const processor = unified().use(remarkRehype, remarkOptions).use(rehypeRaw).use(rehypeSanitize, sanitizeSchema);
  return prefixFragmentLinks(processor.runSync(structuredClone(tree)) as HastRoot);
}
