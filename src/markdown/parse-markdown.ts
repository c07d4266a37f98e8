import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { parseInChunks } from './parse-in-chunks.js';

const withFrontmatter = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
// Front matter can only open a document: without a leading `---` its extension is pure cost.
const withoutFrontmatter = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Documents larger than this many characters are parsed in chunks of about this size
 * (see parse-in-chunks.ts): measured fastest between 20 and 50 kB.
 */
export const CHUNK_THRESHOLD = 32_000;

/**
 * Parse Markdown (CommonMark + GFM + YAML front matter) into an mdast tree with positions.
 * Large documents are parsed in chunks cut at top-level block boundaries, so time stays
 * linear in the size; the tree is the same as a whole parse (tested on the corpora).
 *
 * @param source the Markdown text
 * @param options `chunkSize` overrides {@link CHUNK_THRESHOLD} (0 disables chunking)
 * @returns the mdast root
 * @example parseMarkdown('# Hi').children[0]?.type // 'heading'
 */
export function parseMarkdown(source: string, options: { chunkSize?: number } = {}): Root {
  const chunkSize = options.chunkSize ?? CHUNK_THRESHOLD;
  if (chunkSize > 0 && source.length > chunkSize) return parseInChunks(source, chunkSize, parseWhole);
  return parseWhole(source);
}

/** Parse a whole document in one micromark pass. */
export function parseWhole(source: string): Root {
  const processor = /^\uFEFF?---/.test(source) ? withFrontmatter : withoutFrontmatter;
  return processor.parse(source) as Root;
}
