import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { checkInputLimits } from './input-limits.js';
import { literalAutolinksAsWritten } from './literal-autolinks-as-written.js';
import { parseInChunks } from './parse-in-chunks.js';

// Escaped URLs and e-mail addresses stay text (see literal-autolinks-as-written.ts).
const withFrontmatter = unified().use(remarkParse).use(remarkGfm).use(literalAutolinksAsWritten).use(remarkFrontmatter, ['yaml']).freeze();
// Front matter can only open a document: without a leading `---` its extension is pure cost.
const withoutFrontmatter = unified().use(remarkParse).use(remarkGfm).use(literalAutolinksAsWritten).freeze();

/**
 * Documents larger than this many characters are parsed in chunks of about this size
 * (see parse-in-chunks.ts): measured fastest between 20 and 50 kB.
 */
export const CHUNK_THRESHOLD = 32_000;

/**
 * Parse Markdown (CommonMark + GFM + YAML front matter) into an mdast tree with positions.
 * Large documents are parsed in chunks cut at top-level block boundaries, so time stays
 * linear in the size; the tree is the same as a whole parse (tested on the corpora). Input
 * beyond the limits of input-limits.ts is refused before parsing.
 *
 * @param source the Markdown text
 * @param options `chunkSize` overrides {@link CHUNK_THRESHOLD} (0 disables chunking); `file`
 *   names the document in errors
 * @returns the mdast root
 * @throws InputError with file:line:column when the input exceeds a limit (see INPUT_LIMITS)
 * @example parseMarkdown('# Hi').children[0]?.type // 'heading'
 */
export function parseMarkdown(source: string, options: { chunkSize?: number; file?: string } = {}): Root {
  checkInputLimits(source, options.file ?? UNNAMED);
  const chunkSize = options.chunkSize ?? CHUNK_THRESHOLD;
  if (chunkSize > 0 && source.length > chunkSize) return parseInChunks(source, chunkSize, parseWhole);
  return parseWhole(source);
}

/** The name of a document in errors when the caller gives none. */
export const UNNAMED = '<markdown>';

/** Parse a whole document in one micromark pass (unchecked: callers check the limits of the whole document first). */
export function parseWhole(source: string): Root {
  const processor = /^\uFEFF?---/.test(source) ? withFrontmatter : withoutFrontmatter;
  return processor.parse(source) as Root;
}
