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
 * blocks, which rewriting unit texts never changes. The inserted text takes the file's line
 * ending (CRLF when the file's first line break is CRLF), whatever the English file uses.
 *
 * @param source the Russian Markdown (already rewritten)
 * @param blocks the blocks to insert
 * @param file the Russian file, for messages
 * @example insertNewBlocks('# A\n', [{ after: 0, order: 1, text: 'Б' }], 'ru.md') // '# A\n\nБ\n'
 */
export function insertNewBlocks(source: string, blocks: readonly NewBlock[], file: string): string {
  if (blocks.length === 0) return source;
  const eol = lineEnding(source);
  const blank = `${eol}${eol}`;
  const spans = topLevelBlocks(source, file);
  const firstContent = spans.findIndex((s) => s.type !== 'yaml');
  // Built once, front to back: blocks sharing an anchor keep the English order.
  const sorted = [...blocks].map((b) => ({ ...b, text: b.text.replace(/\r?\n/g, eol) })).sort((a, b) => a.after - b.after || a.order - b.order);
  const tail = sorted.filter((b) => b.after < 0 && firstContent < 0);
  const parts: string[] = [];
  let last = 0;
  for (const block of sorted) {
    if (block.after >= spans.length) throw new InputError(`Cannot insert a block after block ${block.after}: the document has ${spans.length}`, { file });
    if (block.after >= 0) {
      const at = (spans[block.after] as { end: number }).end;
      parts.push(source.slice(last, at), `${blank}${block.text}`);
      last = at;
    } else if (firstContent >= 0) {
      const at = (spans[firstContent] as { start: number }).start;
      parts.push(source.slice(last, at), `${block.text}${blank}`);
      last = at;
    }
  }
  parts.push(source.slice(last));
  const out = parts.join('');
  // No content block to anchor on (an empty document, or front matter only): append at the end.
  if (tail.length === 0) return out;
  const body = out.replace(/(?:\r?\n)*$/, '');
  return `${body}${body.trim() ? blank : ''}${tail.map((b) => b.text).join(blank)}${eol}`;
}

/** The line ending of a text: that of its first line break (LF when it has none). */
function lineEnding(text: string): string {
  const n = text.indexOf('\n');
  return n > 0 && text[n - 1] === '\r' ? '\r\n' : '\n';
}
