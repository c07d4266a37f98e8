/**
 * Align two lists of items (sentences or units) and score every bead.
 */
import { makeBeadCoster, type AlignItem, type StructureHooks } from './bead-cost.js';
import { anchorPoints } from './anchor-points.js';
import { bandedAlign } from './banded-align.js';
import { dpAlign } from './dp-align.js';
import type { AlignOptions, Bead } from './types.js';

/**
 * Align `en` and `ru` items by DP (1–1, 1–2, 2–1, 1–0, 0–1); beads carry local indices and a
 * confidence: for pairs how clearly pairing beats leaving the items unaligned, for 1–0/0–1
 * how clearly no neighbour would pair with the item. The DP fills a band around the diagonal
 * through the anchor points, widened as needed (`bandedAlign`); `{ band: false }` fills the
 * whole table.
 *
 * @param en English items (length + anchors)
 * @param ru Russian items
 * @param options aligner options
 * @param structure structural cost hooks, if any
 * @returns beads in order, covering every item exactly once
 * @example alignItems(enItems, ruItems).map((b) => [b.en, b.ru])
 */
export function alignItems(en: readonly AlignItem[], ru: readonly AlignItem[], options: AlignOptions = {}, structure?: StructureHooks): Bead[] {
  const coster = makeBeadCoster(en, ru, options, structure);
  const points = options.classic || options.anchors === false ? [] : anchorPoints(en, ru);
  const steps = options.band === false ? dpAlign(en.length, ru.length, coster.cost) : bandedAlign(en.map((x) => x.length), ru.map((x) => x.length), coster.cost, points);
  return steps.map((s) => {
    const enIdx = range(s.i, s.di);
    const ruIdx = range(s.j, s.dj);
    if (s.di > 0 && s.dj > 0) return { en: enIdx, ru: ruIdx, score: round(coster.pairConfidence(s.i, s.j, s.di, s.dj)) };
    let best = 0;
    if (s.di === 1) {
      for (const j of [s.j - 1, s.j]) if (j >= 0 && j < ru.length) best = Math.max(best, coster.pairConfidence(s.i, j, 1, 1));
    } else {
      for (const i of [s.i - 1, s.i]) if (i >= 0 && i < en.length) best = Math.max(best, coster.pairConfidence(i, s.j, 1, 1));
    }
    return { en: enIdx, ru: ruIdx, score: round(1 - best) };
  });
}

function range(from: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => from + k);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
