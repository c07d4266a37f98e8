/**
 * Shared helpers of the Markdown-corpus alignment tests: read and segment a file pair, and the
 * blank-line block of each unit (the corpora's README counts blocks that way).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import type { SegmentedDocument, Unit } from '../../src/segment/types.js';

export const CORPORA = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));

/** A segmented English/Russian pair of a corpus, with each unit's blank-line block (1-based). */
export interface CorpusPair {
  en: SegmentedDocument;
  ru: SegmentedDocument;
  enBlock: number[];
  ruBlock: number[];
}

/** Read `<corpus>/en/<file>` and `<corpus>/ru/<file>`. */
export function readPair(corpus: string, file: string): CorpusPair {
  const read = (lang: string): { doc: SegmentedDocument; blocks: number[] } => {
    const source = readFileSync(`${CORPORA}${corpus}/${lang}/${file}`, 'utf8');
    const doc = segmentMarkdown(source, { file: `${corpus}/${lang}/${file}`, lang });
    const lineBlock = blankLineBlocks(source);
    return { doc, blocks: doc.units.map((u: Unit) => lineBlock[u.start.line] ?? -1) };
  };
  const en = read('en');
  const ru = read('ru');
  return { en: en.doc, ru: ru.doc, enBlock: en.blocks, ruBlock: ru.blocks };
}

/** Line (1-based) → block number (1-based), blocks separated by blank lines, like `awk 'BEGIN{RS=""}'`. */
export function blankLineBlocks(source: string): number[] {
  const out: number[] = [0];
  let block = 0;
  let inBlock = false;
  for (const line of source.split('\n')) {
    const blank = line.trim() === '';
    if (!blank && !inBlock) block++;
    inBlock = !blank;
    out.push(blank ? 0 : block);
  }
  return out;
}
