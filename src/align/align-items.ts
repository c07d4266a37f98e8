/**
 * Align two lists of items (sentences or units) and score every bead.
 */
import { makeBeadCoster, type AlignItem, type StructureHooks } from './bead-cost.js';
import { anchorPoints } from './anchor-points.js';
import { beadEvidence, type BeadEvidence } from './bead-confidence.js';
import { bandedAlign } from './banded-align.js';
import { dpAlign } from './dp-align.js';
import type { AlignOptions, Bead } from './types.js';

/**
 * Align `en` and `ru` items by DP (1–1, 1–2, 2–1, 1–0, 0–1); beads carry local indices and a
 * confidence from the bead's own evidence and its margin against the best alternative for
 * the same items (see bead-confidence.ts). The DP fills a band around the diagonal
 * through the anchor points, widened as needed (`bandedAlign`); `{ band: false }` fills the
 * whole table.
 *
 * @param source English items (length + anchors)
 * @param target Russian items
 * @param options aligner options
 * @param structure structural cost hooks, if any
 * @returns beads in order, covering every item exactly once
 * @example alignItems(sourceItems, targetItems).map((b) => [b.source, b.target])
 */
export function alignItems(source: readonly AlignItem[], target: readonly AlignItem[], options: AlignOptions = {}, structure?: StructureHooks): Bead[] {
  const coster = makeBeadCoster(source, target, options, structure);
  const points = options.classic || options.anchors === false ? [] : anchorPoints(source, target);
  const steps =
    options.band === false
      ? dpAlign(source.length, target.length, coster.cost)
      : bandedAlign(
          source.map((x) => x.length),
          target.map((x) => x.length),
          coster.cost,
          points,
        );
  const evidence = beadEvidence(source, target, steps, coster);
  return steps.map((s, p) => ({ source: range(s.i, s.di), target: range(s.j, s.dj), score: round((evidence[p] as BeadEvidence).confidence) }));
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
