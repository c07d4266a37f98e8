import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusEntry } from './build-corpus.js';

/**
 * Write one large Markdown file per size by concatenating the corpus documents (in manifest
 * order, repeated as often as needed, separated by a blank line), each cut at the last blank
 * line before its size. Sizes are in MB (10^6 bytes of UTF-8).
 *
 * @param entries the corpus documents
 * @param sizesMB e.g. [1, 2, 5, 10, 25, 50]
 * @param dir where to write `large-<N>MB.md`
 * @returns the files with their exact byte sizes
 * @example makeLargeFiles(corpus.entries, [1], '/tmp')[0]?.bytes // ≤ 1_000_000
 */
export function makeLargeFiles(entries: readonly CorpusEntry[], sizesMB: readonly number[], dir: string): Array<{ mb: number; file: string; bytes: number }> {
  const largest = Math.max(...sizesMB) * 1e6;
  const texts = entries.map((e) => readFileSync(e.file));
  if (texts.length === 0) throw new Error('Cannot make large files without corpus documents');
  const parts: Buffer[] = [];
  let total = 0;
  for (let i = 0; total < largest; i = (i + 1) % texts.length) {
    const text = texts[i] as Buffer;
    parts.push(text, Buffer.from('\n\n'));
    total += text.length + 2;
  }
  const all = Buffer.concat(parts);
  return sizesMB.map((mb) => {
    const cut = all.lastIndexOf('\n\n', mb * 1e6 - 1);
    const bytes = cut > 0 ? cut + 1 : Math.min(all.length, mb * 1e6);
    const file = join(dir, `large-${mb}MB.md`);
    writeFileSync(file, all.subarray(0, bytes));
    return { mb, file, bytes };
  });
}
