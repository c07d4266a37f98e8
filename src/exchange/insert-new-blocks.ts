import { InputError } from '../errors.js';
import { topLevelBlocks } from './top-level-blocks.js';

/** A new Russian block: after which Russian top-level block (-1: before the first), in English order. */
export interface NewBlock {
  after: number;
  order: number;
  text: string;
}

/**
 * Insert new blocks into Russian Markdown, each after its anchor block separated by a blank
 * line (blocks sharing an anchor keep the English order). Anchors are indices of top-level
 * blocks, which rewriting unit texts never changes.
 *
 * @param source the Russian Markdown (already rewritten)
 * @param blocks the blocks to insert
 * @param file the Russian file, for messages
 * @example insertNewBlocks('# A\n', [{ after: 0, order: 1, text: 'Б' }], 'ru.md') // '# A\n\nБ\n'
 */
export function insertNewBlocks(source: string, blocks: readonly NewBlock[], file: string): string {
  if (blocks.length === 0) return source;
  const spans = topLevelBlocks(source);
  const firstContent = spans.findIndex((s) => s.type !== 'yaml');
  // Built once, front to back: blocks sharing an anchor keep the English order.
  const sorted = [...blocks].sort((a, b) => a.after - b.after || a.order - b.order);
  const tail = sorted.filter((b) => b.after < 0 && firstContent < 0);
  const parts: string[] = [];
  let last = 0;
  for (const block of sorted) {
    if (block.after >= spans.length) throw new InputError(`Cannot insert a block after block ${block.after}: the document has ${spans.length}`, { file });
    if (block.after >= 0) {
      const at = (spans[block.after] as { end: number }).end;
      parts.push(source.slice(last, at), `\n\n${block.text}`);
      last = at;
    } else if (firstContent >= 0) {
      const at = (spans[firstContent] as { start: number }).start;
      parts.push(source.slice(last, at), `${block.text}\n\n`);
      last = at;
    }
  }
  parts.push(source.slice(last));
  const out = parts.join('');
  // No content block to anchor on (an empty document, or front matter only): append at the end.
  if (tail.length === 0) return out;
  const body = out.replace(/\n*$/, '');
  return `${body}${body.trim() ? '\n\n' : ''}${tail.map((b) => b.text).join('\n\n')}\n`;
}
