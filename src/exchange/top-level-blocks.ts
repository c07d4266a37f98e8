import { parseMarkdown } from '../markdown/parse-markdown.js';

/** A top-level block of a Markdown document (front matter included), by offsets. */
export interface BlockSpan {
  type: string;
  start: number;
  end: number;
}

/**
 * The top-level blocks of a Markdown document, in order.
 *
 * @param file the document's name: one ending in `.mdx` is parsed as MDX
 * @example topLevelBlocks('# A\n\nB').map((b) => b.type) // ['heading', 'paragraph']
 */
export function topLevelBlocks(source: string, file?: string): BlockSpan[] {
  return parseMarkdown(source, file === undefined ? {} : { file }).children.map((node) => ({
    type: node.type,
    start: node.position?.start.offset ?? 0,
    end: node.position?.end.offset ?? 0,
  }));
}

/**
 * The index of the block holding an offset (the last block starting at or before it; -1 when
 * none does), by binary search over the blocks in document order.
 *
 * @example blockIndexOf(blocks, unit.start.offset)
 */
export function blockIndexOf(blocks: readonly BlockSpan[], offset: number): number {
  let lo = -1;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((blocks[mid] as BlockSpan).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
