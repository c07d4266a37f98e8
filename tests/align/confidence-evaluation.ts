/**
 * A labelled evaluation of alignment confidence on real translations nobody here tuned for:
 * md-12factor (ru, uk, de, fr, pl) and md-opensource-guide (ru, de, fr, pl). A pair is taken as
 * right-as-it-is only after checking it: as many units on both sides, the same kind (and heading
 * depth) at every position, and the same units per blank-line block. Its translation is then
 * corrupted in known ways — a paragraph dropped, two merged, two swapped, one replaced by a
 * paragraph of another document of the same corpus and language (the one closest in length),
 * an unrelated one inserted — so the true beads are known. The drifted pair with a hand-checked
 * correspondence (`security-best-practices…` ru, 37 of 76 units untranslated, see
 * corpora.test.ts) is taken as it is. Every block bead the aligner returns is labelled right
 * (it equals a true bead) or wrong.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { alignDocuments } from '../../src/align/align-documents.js';
import type { Bead } from '../../src/align/types.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import type { SegmentedDocument } from '../../src/segment/types.js';
import { blankLineBlocks, CORPORA } from './corpus.js';

export type Corruption = 'none' | 'drop' | 'merge' | 'swap' | 'replace' | 'insert' | 'drift';
export const CORRUPTIONS = ['drop', 'merge', 'swap', 'replace', 'insert'] as const;

/** One scored bead with its label. */
export interface LabelledBead {
  corpus: string;
  lang: string;
  file: string;
  corruption: Corruption;
  bead: Bead;
  right: boolean;
  /** Both sides non-empty (the beads `alignment-uncertain` reports on). */
  pair: boolean;
  /** The documents aligned (the target as corrupted). */
  docs: { en: SegmentedDocument; target: SegmentedDocument };
}

interface Block {
  text: string;
  /** Original target blocks it is made of (none: from another document). */
  origin: number[];
}

const LANGUAGES: Record<string, readonly string[]> = { 'md-12factor': ['ru', 'uk', 'de', 'fr', 'pl'], 'md-opensource-guide': ['ru', 'de', 'fr', 'pl'] };
const PARAGRAPH = /^[^\s#>*+|\-\d<![`{:]/u;

function splitBlocks(source: string): string[] {
  return source.split(/\n[ \t]*\n+/).filter((b) => b.trim() !== '');
}

/** Indices of blocks that are one plain paragraph of at least `min` characters. */
function paragraphBlocks(blocks: readonly string[], min = 60): number[] {
  return blocks.flatMap((b, k) => (PARAGRAPH.test(b) && b.length >= min && !b.includes('\n---') ? [k] : []));
}

function corrupt(blocks: readonly string[], kind: Corruption, at: number, unrelated: string): Block[] {
  const list: Block[] = blocks.map((text, k) => ({ text, origin: [k] }));
  if (kind === 'drop') list.splice(at, 1);
  if (kind === 'merge') list.splice(at, 2, { text: `${blocks[at]} ${blocks[at + 1]}`, origin: [at, at + 1] });
  if (kind === 'swap') [list[at], list[at + 1]] = [list[at + 1] as Block, list[at] as Block];
  if (kind === 'replace') list.splice(at, 1, { text: unrelated, origin: [] });
  if (kind === 'insert') list.splice(at, 0, { text: unrelated, origin: [] });
  return list;
}

/** True beads as keys `en|ru` from unit links (target unit → the English units it translates). */
function goldBeads(enUnits: number, ruUnitOrigins: number[][]): Set<string> {
  const linked = new Map<number, number[]>();
  const gold = new Set<string>();
  ruUnitOrigins.forEach((origins, j) => {
    if (origins.length === 0) gold.add(`|${j}`);
    for (const e of origins) linked.set(e, [...(linked.get(e) ?? []), j]);
  });
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

/** A document of a corpus in one language: source, units and each unit's blank-line block. */
interface Side {
  source: string;
  doc: SegmentedDocument;
  block: number[];
}

function readSide(corpus: string, lang: string, file: string, source = readFileSync(`${CORPORA}${corpus}/${lang}/${file}`, 'utf8')): Side {
  const doc = segmentMarkdown(source, { file: `${corpus}/${lang}/${file}`, lang });
  const lineBlock = blankLineBlocks(source);
  return { source, doc, block: doc.units.map((u) => lineBlock[u.start.line] ?? -1) };
}

/** Whether a translation is unit for unit its English: same count, kinds, depths and blank-line blocks. */
export function verifiedOneToOne(en: Side, target: Side): boolean {
  const a = en.doc.units;
  const b = target.doc.units;
  return a.length === b.length && a.length > 0 && a.every((u, k) => u.kind === b[k]?.kind && u.depth === b[k]?.depth && en.block[k] === target.block[k]);
}

function label(out: LabelledBead[], at: Omit<LabelledBead, 'bead' | 'right' | 'pair'>, blocks: readonly Bead[], gold: Set<string>): void {
  for (const bead of blocks)
    out.push({ ...at, bead, right: gold.has(`${bead.source.join(',')}|${bead.target.join(',')}`), pair: bead.source.length > 0 && bead.target.length > 0 });
}

/** What {@link evaluateConfidence} ran on. */
export interface EvaluationRun {
  beads: LabelledBead[];
  /** Pairs checked 1:1 and used, and pairs left out (not 1:1 unit for unit). */
  verified: string[];
  skipped: string[];
  /** Corrupted pairs the aligner refused as unrelated (left out). */
  refused: number;
}

/**
 * Run the evaluation: every verified pair as it is, and each corruption at one paragraph
 * position per pair (positions spread over the document, a different one per kind); at most
 * `perCorpus` files of each corpus and language (evenly sampled) to keep it fast.
 *
 * @example evaluateConfidence().beads.filter((b) => !b.right).length
 */
export function evaluateConfidence(perCorpus = 8): EvaluationRun {
  const run: EvaluationRun = { beads: [], verified: [], skipped: [], refused: 0 };
  for (const [corpus, languages] of Object.entries(LANGUAGES)) {
    const all = readdirSync(`${CORPORA}${corpus}/en`)
      .filter((f) => f.endsWith('.md'))
      .sort();
    for (const lang of languages) {
      const sides = new Map<string, Side>();
      const targetOf = (file: string): Side => sides.get(file) ?? (sides.set(file, readSide(corpus, lang, file)), sides.get(file) as Side);
      const pool = all.flatMap((file) => {
        const blocks = splitBlocks(targetOf(file).source);
        return paragraphBlocks(blocks, 80).map((k) => ({ file, text: blocks[k] as string }));
      });
      const usable = all.filter((file) => {
        const ok = verifiedOneToOne(readSide(corpus, 'en', file), targetOf(file));
        (ok ? run.verified : run.skipped).push(`${corpus}/${lang}/${file}`);
        return ok;
      });
      const chosen = usable.filter((_, n) => n % Math.max(1, Math.ceil(usable.length / perCorpus)) === 0);
      chosen.forEach((file, f) => evaluatePair(run, corpus, lang, file, targetOf(file), pool, f));
    }
  }
  const drifted = 'security-best-practices-for-your-project.md';
  evaluateDrifted(run, readSide('md-opensource-guide', 'en', drifted), readSide('md-opensource-guide', 'ru', drifted), drifted);
  return run;
}

function evaluatePair(
  run: EvaluationRun,
  corpus: string,
  lang: string,
  file: string,
  target: Side,
  pool: ReadonlyArray<{ file: string; text: string }>,
  seed: number,
): void {
  const en = readSide(corpus, 'en', file).doc;
  const at = { corpus, lang, file };
  try {
    label(
      run.beads,
      { ...at, corruption: 'none', docs: { en, target: target.doc } },
      alignDocuments(en, target.doc).blocks,
      new Set(en.units.map((_, k) => `${k}|${k}`)),
    );
  } catch {
    run.refused++;
    return;
  }
  const blocks = splitBlocks(target.source);
  const unitsOfBlock = (b: number): number[] => target.doc.units.flatMap((_, k) => (target.block[k] === b + 1 ? [k] : []));
  const candidates = paragraphBlocks(blocks).filter((k) => k > 0);
  if (candidates.length === 0) return;
  CORRUPTIONS.forEach((kind, n) => {
    let index = Math.floor((((n + seed) * 0.618) % 1) * candidates.length);
    if (kind === 'merge' || kind === 'swap') {
      const next = candidates.findIndex((k, c) => c >= index && candidates.includes(k + 1));
      if (next < 0) return;
      index = next;
    }
    const where = candidates[index] as number;
    const own = blocks[where] as string;
    const others = pool.filter((p) => p.file !== file);
    const unrelated = others.reduce(
      (best, p) => (Math.abs(p.text.length - own.length) < Math.abs(best.text.length - own.length) ? p : best),
      others[0] ?? { file, text: own },
    ).text;
    const list = corrupt(blocks, kind, where, unrelated);
    const source = `${list.map((b) => b.text).join('\n\n')}\n`;
    const ru = readSide(corpus, lang, file, source);
    const origins = ru.doc.units.map((u, k) => {
      const block = list[(ru.block[k] as number) - 1] as Block;
      if (block.origin.length !== 1) return block.origin.flatMap(unitsOfBlock);
      const mates = ru.doc.units.filter((_, v) => ru.block[v] === ru.block[k]);
      return [unitsOfBlock(block.origin[0] as number)[mates.indexOf(u)] as number];
    });
    let aligned: Bead[];
    try {
      aligned = alignDocuments(en, ru.doc).blocks;
    } catch {
      run.refused++;
      return;
    }
    label(run.beads, { ...at, corruption: kind, docs: { en, target: ru.doc } }, aligned, goldBeads(en.units.length, origins));
  });
}

/** The hand-checked drifted pair: English blank-line blocks without a Russian counterpart (see corpora.test.ts). */
function evaluateDrifted(run: EvaluationRun, en: Side, ru: Side, file: string): void {
  const untranslated = new Set([21, 22, 23, 24, 25, 26, 27, ...Array.from({ length: 23 }, (_, k) => 38 + k), 63]);
  const counterpart = (b: number): number => b - [...untranslated].filter((u) => u < b).length;
  const gold = new Set<string>();
  en.doc.units.forEach((_, i) => {
    const b = en.block[i] as number;
    if (untranslated.has(b)) return void gold.add(`${i}|`);
    const enMates = en.block.flatMap((x, k) => (x === b ? [k] : []));
    const ruMates = ru.block.flatMap((x, k) => (x === counterpart(b) ? [k] : []));
    if (enMates.length === ruMates.length) gold.add(`${i}|${ruMates[enMates.indexOf(i)]}`);
  });
  label(
    run.beads,
    { corpus: 'md-opensource-guide', lang: 'ru', file, corruption: 'drift', docs: { en: en.doc, target: ru.doc } },
    alignDocuments(en.doc, ru.doc).blocks,
    gold,
  );
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
  meanRight: number;
  meanWrong: number;
  medianRight: number;
  medianWrong: number;
}

/**
 * The figures of a labelled set at a threshold.
 *
 * @example figures(evaluateConfidence().beads.filter((b) => b.pair), 0.5).recall
 */
export function figures(beads: readonly LabelledBead[], threshold = 0.5): ConfidenceFigures {
  const flagged = beads.filter((b) => b.bead.score < threshold);
  const wrong = beads.filter((b) => !b.right);
  const right = beads.filter((b) => b.right);
  const hit = flagged.filter((b) => !b.right).length;
  const scores = (list: readonly LabelledBead[]): number[] => list.map((b) => b.bead.score).sort((a, b) => a - b);
  return {
    beads: beads.length,
    wrong: wrong.length,
    flagged: flagged.length,
    precision: flagged.length ? hit / flagged.length : 1,
    recall: wrong.length ? hit / wrong.length : 1,
    rightTrusted: right.length ? right.filter((b) => b.bead.score >= threshold).length / right.length : 1,
    meanRight: mean(scores(right)),
    meanWrong: mean(scores(wrong)),
    medianRight: median(scores(right)),
    medianWrong: median(scores(wrong)),
  };
}

/** One row of a calibration table: beads scored in `[from, to)`, their mean score and the share that is right. */
export interface CalibrationBin {
  from: number;
  to: number;
  beads: number;
  meanScore: number;
  right: number;
}

/**
 * Calibration table: for score bins, how many beads fall in and what share of them is right.
 *
 * @example calibrationTable(beads).map((b) => `${b.from}–${b.to}: ${b.right}`)
 */
export function calibrationTable(beads: readonly LabelledBead[], edges: readonly number[] = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0001]): CalibrationBin[] {
  return edges.slice(0, -1).map((from, k) => {
    const to = edges[k + 1] as number;
    const inside = beads.filter((b) => b.bead.score >= from && b.bead.score < to);
    return {
      from,
      to: Math.min(to, 1),
      beads: inside.length,
      meanScore: mean(inside.map((b) => b.bead.score)),
      right: inside.length ? inside.filter((b) => b.right).length / inside.length : NaN,
    };
  });
}

function mean(list: readonly number[]): number {
  return list.length ? list.reduce((a, b) => a + b, 0) / list.length : NaN;
}

function median(sorted: readonly number[]): number {
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
