import type { Root } from 'mdast';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { containerDirectives } from '../markdown/container-directives.js';
import { literalAutolinksAsWritten } from '../markdown/literal-autolinks-as-written.js';

/**
 * The one place that holds diglot's Markdown settings, for reading and for writing: every
 * document is parsed by one of these processors (parse-markdown.ts wraps them with template
 * protection, input limits and chunking) and every unit written back is serialised by the
 * remark-stringify of {@link inlineWriter} (inline-to-markdown.ts), so a file written from
 * nothing and a unit spliced into an existing one are written the same way.
 */

/** Which processor: front matter only opens a document, MDX only for `.mdx` files. */
export interface ProcessorKind {
  /** Parse YAML front matter (`---` … `---` opening the document). */
  frontmatter?: boolean;
  /** Parse MDX (JSX, ESM, expressions, container directives); front matter is always on with it. */
  mdx?: boolean;
}

/**
 * How remark-stringify writes Markdown: mdast-util-to-markdown's defaults. Write-back only
 * serialises a unit's text (each inline code keeps the Markdown it was written with), so these
 * settings decide escaping, never the markers of the author's emphasis, links or lists.
 */
export const STRINGIFY_SETTINGS: Readonly<StringifyOptions> = {};

/** A frozen processor: parses Markdown to mdast and writes mdast back to Markdown. */
export type MarkdownProcessor = Processor<Root, undefined, undefined, Root, string>;

const processors = new Map<string, MarkdownProcessor>();

/**
 * The frozen processor for a kind of document (remark-parse, remark-gfm, remark-frontmatter,
 * remark-mdx and container directives where enabled, remark-stringify with
 * {@link STRINGIFY_SETTINGS}); built once per kind. Escaped URLs and e-mail addresses stay text
 * (see literal-autolinks-as-written.ts).
 *
 * @param kind front matter and/or MDX
 * @returns the shared frozen processor (copy it with `processor()` to add plugins)
 * @example markdownProcessor({ frontmatter: true }).parse('---\ntitle: A\n---\n# B').children[0]?.type // 'yaml'
 */
export function markdownProcessor(kind: ProcessorKind = {}): MarkdownProcessor {
  const mdx = kind.mdx === true;
  const frontmatter = mdx || kind.frontmatter === true;
  const key = `${mdx}/${frontmatter}`;
  let processor = processors.get(key);
  if (!processor) {
    processor = build(mdx, frontmatter);
    processors.set(key, processor);
  }
  return processor;
}

/** The plugins in the order micromark needs them (MDX syntax before GFM, as before). */
function build(mdx: boolean, frontmatter: boolean): MarkdownProcessor {
  const base = unified().use(remarkParse);
  const processor = (mdx ? base.use(remarkMdx) : base).use(remarkGfm).use(literalAutolinksAsWritten);
  if (mdx) processor.use(containerDirectives);
  if (frontmatter) processor.use(remarkFrontmatter, ['yaml']);
  return processor.use(remarkStringify, STRINGIFY_SETTINGS).freeze() as unknown as MarkdownProcessor;
}

/**
 * The processor that writes a unit's inline content back, with write-back's own node handlers
 * added by `handlers` (a to-markdown extension): for Markdown the processor without front matter
 * (a unit is never front matter); for MDX the MDX processor, so text that MDX would read as JSX
 * or an expression (`{`, `<`) is escaped and reads back as the translator wrote it.
 *
 * @param handlers extra mdast-util-to-markdown handlers (e.g. write-back's code nodes)
 * @param kind `{ mdx: true }` for a unit of an `.mdx` file
 * @returns a frozen processor whose `stringify` writes phrasing content
 * @example inlineWriter({}).stringify({ type: 'paragraph', children: [{ type: 'text', value: '*a*' }] } as never) // '\\*a\\*\n'
 */
export function inlineWriter(handlers: Readonly<Record<string, unknown>>, kind: ProcessorKind = {}): MarkdownProcessor {
  const extension = { handlers };
  return markdownProcessor(kind.mdx ? kind : {})()
    .use(function addHandlers(this: Processor) {
      const data = this.data() as { toMarkdownExtensions?: unknown[] };
      (data.toMarkdownExtensions ??= []).push(extension);
    })
    .freeze() as unknown as MarkdownProcessor;
}
