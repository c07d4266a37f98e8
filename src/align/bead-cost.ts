/**
 * The cost of a candidate bead (a group of English items with a group of Russian items) and
 * its own misfit (the confidence built on them is in bead-confidence.ts). Costs are in nats: move prior + Gale–Church length cost +
 * anchor evidence + any structural cost the caller adds.
 */
import type { AnchorSet } from './extract-anchors.js';
import { DEFAULT_RATIO, DEFAULT_VARIANCE, lengthCost } from './gale-church.js';
import { compileAnchors, type AnchorEvidence } from './anchor-table.js';
import { contentDisagreement } from './content-agreement.js';
import type { AlignOptions } from './types.js';

/** What the aligner knows of one sentence or unit. */
export interface AlignItem {
  /** Length in characters of the plain text. */
  length: number;
  anchors: AnchorSet;
  /**
   * A remembered pairing (block items only): on an English item, the hash of the translation the
   * lock records for it; on a Russian item, the hash of its own text. A 1–1 bead whose two pins
   * are equal costs no more than a perfect pair (see {@link makeBeadCoster}).
   */
  pin?: string;
}

/** Extra cost for grouping `en[i..i+di)` with `ru[j..j+dj)` (structure), or 0. */
export type ExtraCost = (i: number, j: number, di: number, dj: number) => number;

/** Structure hooks of a block alignment: extra cost and the weight of the length cost. */
export interface StructureHooks {
  extra: ExtraCost;
  lengthWeight?: (i: number, j: number, di: number, dj: number) => number;
}

/** −log prior of a merge (2–1, 1–2), Gale–Church 0.089 / 2. */
const MERGE_PRIOR = -Math.log(0.089 / 2);
/** −log prior of a 1–1 pair. */
const PAIR_PRIOR = -Math.log(0.89);
/** Classic Gale–Church: −log prior of a deletion (0.0099 / 2). */
const CLASSIC_DELETION_PRIOR = -Math.log(0.0099 / 2);

/**
 * The cost of leaving an item of `length` characters unaligned (1–0 or 0–1): a base price plus
 * a little per character, so short asides are dropped more readily than long paragraphs.
 *
 * @example deletionCost(100) // 5
 */
export function deletionCost(length: number): number {
  return 4 + Math.min(length, 1000) * 0.01;
}

/** A bead cost function with the pieces that make it up, for scoring (see bead-confidence.ts). */
export interface BeadCoster {
  cost: (i: number, j: number, di: number, dj: number) => number;
  /** The anchor evidence of a bead (zero when anchors are off or a side is empty). */
  evidence: (i: number, j: number, di: number, dj: number) => AnchorEvidence;
  /**
   * The bead's own evidence against it, in nats: its cost without the move prior (length
   * misfit + anchor disagreement − anchor agreement + structure mismatch); 0 for 1–0/0–1.
   */
  misfit: (i: number, j: number, di: number, dj: number) => number;
  /**
   * Evidence in nats that the two sides do not translate each other (shape and links, see
   * content-agreement.ts); 0 for 1–0/0–1 and in classic mode. Not part of `cost`.
   */
  disagreement: (i: number, j: number, di: number, dj: number) => number;
}

/**
 * Build the cost function of a DP alignment over `en` and `ru` items.
 *
 * @param source English items
 * @param target Russian items
 * @param options ratio, variance, anchors on/off, classic mode
 * @param structure structural cost and length weight, if any
 * @returns cost, anchor evidence and misfit functions (confidence: see bead-confidence.ts)
 * @example makeBeadCoster(en, ru).cost(0, 0, 1, 1)
 */
export function makeBeadCoster(source: readonly AlignItem[], target: readonly AlignItem[], options: AlignOptions = {}, structure?: StructureHooks): BeadCoster {
  const extra = structure?.extra;
  const weight = structure?.lengthWeight;
  const ratio = options.ratio ?? DEFAULT_RATIO;
  const variance = options.variance ?? DEFAULT_VARIANCE;
  const useAnchors = !options.classic && options.anchors !== false;
  const sum = (items: readonly AlignItem[], from: number, count: number): number => {
    let total = 0;
    for (let k = from; k < from + count; k++) total += (items[k] as AlignItem).length;
    return total;
  };
  const zero: AnchorEvidence = { matched: 0, unmatched: 0, cost: 0, links: 0 };
  const anchors = useAnchors
    ? compileAnchors(
        source.map((x) => x.anchors),
        target.map((x) => x.anchors),
      )
    : undefined;
  const evidence = (i: number, j: number, di: number, dj: number): AnchorEvidence => {
    if (!anchors || di === 0 || dj === 0) return zero;
    return anchors.evidence(i, j, di, dj);
  };
  /** A 1–1 bead the lock remembers: the translation was made for this unit. */
  const pinned = (i: number, j: number, di: number, dj: number): boolean => {
    if (di !== 1 || dj !== 1) return false;
    const pin = (source[i] as AlignItem).pin;
    return pin !== undefined && pin === (target[j] as AlignItem).pin;
  };
  const ownCost = (i: number, j: number, di: number, dj: number): number => {
    const l1 = sum(source, i, di);
    const l2 = sum(target, j, dj);
    if (options.classic) {
      const prior = di === 0 || dj === 0 ? CLASSIC_DELETION_PRIOR : di === 1 && dj === 1 ? PAIR_PRIOR : MERGE_PRIOR;
      return prior + lengthCost(l1, l2, ratio, variance);
    }
    if (di === 0 || dj === 0) return deletionCost(l1 + l2) + (extra ? extra(i, j, di, dj) : 0);
    const prior = di === 1 && dj === 1 ? PAIR_PRIOR : MERGE_PRIOR;
    const length = lengthCost(l1, l2, ratio, variance) * (weight ? weight(i, j, di, dj) : 1);
    return prior + length + (anchors ? anchors.cost(i, j, di, dj) : 0) + (extra ? extra(i, j, di, dj) : 0);
  };
  // A remembered pair costs at most a perfect pair's prior: kept whatever its lengths, yet never
  // forced across the order of the others (the DP stays monotone).
  const cost = (i: number, j: number, di: number, dj: number): number => {
    const own = ownCost(i, j, di, dj);
    return !options.classic && pinned(i, j, di, dj) ? Math.min(own, PAIR_PRIOR) : own;
  };
  // The misfit is the bead's own evidence, pin or not: a remembered pair whose lengths disagree
  // keeps a low confidence (`alignment-uncertain`), while staying a pair.
  const misfit = (i: number, j: number, di: number, dj: number): number => {
    if (di === 0 || dj === 0) return 0;
    if (options.classic) return lengthCost(sum(source, i, di), sum(target, j, dj), ratio, variance);
    return ownCost(i, j, di, dj) - (di === 1 && dj === 1 ? PAIR_PRIOR : MERGE_PRIOR);
  };
  const disagreement = (i: number, j: number, di: number, dj: number): number =>
    options.classic ? 0 : contentDisagreement(source, target, i, j, di, dj, anchors ? evidence(i, j, di, dj) : undefined);
  return { cost, evidence, misfit, disagreement };
}

/**
 * The logistic function 1 / (1 + e^−x).
 *
 * @example logistic(0) // 0.5
 */
export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
