/**
 * A labelled evaluation of alignment confidence: correct Twelve-Factor en↔ru pairs (every unit
 * pairs 1–1, see the corpus README) with the Russian corrupted in known ways — a paragraph
 * dropped, two merged, two swapped, an unrelated one inserted — so the true beads are known.
 * Every block bead the aligner returns is labelled right (it equals a true bead) or wrong.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { alignDocuments } from '../../src/align/align-documents.js';
import type { Bead } from '../../src/align/types.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { blankLineBlocks, CORPORA } from './corpus.js';

export type Corruption = 'drop' | 'merge' | 'swap' | 'insert';

/** One scored bead with its label. */
export interface LabelledBead {
  file: string;
  corruption: Corruption;
  bead: Bead;
  right: boolean;
  /** Both sides non-empty (the beads `alignment-uncertain` reports on). */
  pair: boolean;
}

interface Block {
  text: string;
  /** Original Russian blocks it is made of (none: inserted). */
  origin: number[];
}

const PARAGRAPH = /^[^\s#>*+|\-\d<!\[`]/u;

/** Split Markdown into blank-line blocks (text and 1-based number). */
function splitBlocks(source: string): string[] {
  return source.split(/\n[ \t]*\n+/).filter((b) => b.trim() !== '');
}

/** Indices of blocks that are one plain paragraph of at least `min` characters. */
function paragraphBlocks(blocks: readonly string[], min = 60): number[] {
  return blocks.flatMap((b, k) => (PARAGRAPH.test(b) && b.length >= min ? [k] : []));
}

function corrupt(blocks: readonly string[], kind: Corruption, at: number, unrelated: string): Block[] {
  const list: Block[] = blocks.map((text, k) => ({ text, origin: [k] }));
  if (kind === 'drop') list.splice(at, 1);
  if (kind === 'merge') list.splice(at, 2, { text: `${blocks[at]} ${blocks[at + 1]}`, origin: [at, at + 1] });
  if (kind === 'swap') [list[at], list[at + 1]] = [list[at + 1] as Block, list[at] as Block];
  if (kind === 'insert') list.splice(at, 0, { text: unrelated, origin: [] });
  return list;
}

/** True beads as a set of keys `en|ru`, from unit-level links. */
function goldBeads(enUnits: number, ruUnitOrigins: number[][]): Set<string> {
  const linked = new Map<number, number[]>();
  const gold = new Set<string>();
  ruUnitOrigins.forEach((origins, j) => {
    if (origins.length === 0) gold.add(`|${j}`);
    for (const e of origins) linked.set(e, [...(linked.get(e) ?? []), j]);
  });
  // Components: a Russian unit with several origins joins them (merge); otherwise 1–1.
  const done = new Set<number>();
  for (let e = 0; e < enUnits; e++) {
    if (done.has(e)) continue;
    const ru = linked.get(e) ?? [];
    if (ru.length === 0) {
      gold.add(`${e}|`);
      continue;
    }
    const en = [...new Set(ru.flatMap((j) => ruUnitOrigins[j] as number[]))].sort((a, b) => a - b);
    en.forEach((x) => done.add(x));
    gold.add(`${en.join(',')}|${[...new Set(en.flatMap((x) => linked.get(x) ?? []))].sort((a, b) => a - b).join(',')}`);
  }
  return gold;
}

/**
 * Run the evaluation over the Twelve-Factor files: every corruption kind at up to `positions`
 * paragraph positions per file.
 *
 * @returns every block bead, labelled
 */
export function evaluateConfidence(positions = 3): LabelledBead[] {
  const dir = `${CORPORA}md-12factor`;
  const files = readdirSync(`${dir}/en`).filter((f) => f.endsWith('.md')).sort();
  const out: LabelledBead[] = [];
  files.forEach((file, f) => {
    const enSource = readFileSync(`${dir}/en/${file}`, 'utf8');
    const ruSource = readFileSync(`${dir}/ru/${file}`, 'utf8');
    const en = segmentMarkdown(enSource, { file: `en/${file}`, lang: 'en' });
    const ruBlocks = splitBlocks(ruSource);
    // Russian unit k is the translation of English unit k; which units each Russian block holds:
    const ruOriginal = segmentMarkdown(ruSource, { file: `ru/${file}`, lang: 'ru' });
    const unitBlock = blankLineBlocks(ruSource);
    const unitsOfBlock = (b: number): number[] => ruOriginal.units.flatMap((u, k) => (unitBlock[u.start.line] === b + 1 ? [k] : []));
    const otherFile = files[(f + 5) % files.length] as string;
    const otherBlocks = splitBlocks(readFileSync(`${dir}/ru/${otherFile}`, 'utf8'));
    const unrelated = otherBlocks[paragraphBlocks(otherBlocks, 150)[0] ?? 0] as string;
    const candidates = paragraphBlocks(ruBlocks).filter((k) => k > 0);
    const step = Math.max(1, Math.floor(candidates.length / positions));
    const chosen = candidates.filter((_, n) => n % step === 0).slice(0, positions);
    for (const kind of ['drop', 'merge', 'swap', 'insert'] as const) {
      for (const at of chosen) {
        if ((kind === 'merge' || kind === 'swap') && !paragraphBlocks(ruBlocks).includes(at + 1)) continue;
        const list = corrupt(ruBlocks, kind, at, unrelated);
        const source = `${list.map((b) => b.text).join('\n\n')}\n`;
        const ru = segmentMarkdown(source, { file: `ru/${file}`, lang: 'ru' });
        const blockOf = blankLineBlocks(source);
        const origins = ru.units.map((u) => {
          const block = list[(blockOf[u.start.line] as number) - 1] as Block;
          if (block.origin.length !== 1) return block.origin.flatMap(unitsOfBlock);
          const own = ru.units.filter((v) => blockOf[v.start.line] === blockOf[u.start.line]);
          return [unitsOfBlock(block.origin[0] as number)[own.indexOf(u)] as number];
        });
        const gold = goldBeads(en.units.length, origins);
        let blocks: Bead[];
        try {
          ({ blocks } = alignDocuments(en, ru));
        } catch {
          continue; // a short file with a long unrelated paragraph is refused as "not a translation"
        }
        for (const bead of blocks) {
          out.push({ file, corruption: kind, bead, right: gold.has(`${bead.en.join(',')}|${bead.ru.join(',')}`), pair: bead.en.length > 0 && bead.ru.length > 0 });
        }
      }
    }
  });
  return out;
}

/** Precision and recall of "score below threshold" as a detector of wrong beads. */
export interface ConfidenceFigures {
  beads: number;
  wrong: number;
  flagged: number;
  precision: number;
  recall: number;
  /** Share of right beads at or above the threshold. */
  rightTrusted: number;
}

/**
 * The figures of a labelled set at a threshold.
 *
 * @example figures(evaluateConfidence().filter((b) => b.pair), 0.5).recall
 */
export function figures(beads: readonly LabelledBead[], threshold = 0.5): ConfidenceFigures {
  const flagged = beads.filter((b) => b.bead.score < threshold);
  const wrong = beads.filter((b) => !b.right);
  const hit = flagged.filter((b) => !b.right).length;
  const right = beads.filter((b) => b.right);
  return {
    beads: beads.length,
    wrong: wrong.length,
    flagged: flagged.length,
    precision: flagged.length ? hit / flagged.length : 1,
    recall: wrong.length ? hit / wrong.length : 1,
    rightTrusted: right.length ? right.filter((b) => b.bead.score >= threshold).length / right.length : 1,
  };
}
