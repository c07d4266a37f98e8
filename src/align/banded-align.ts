/**
 * The DP of an alignment restricted to a band around the diagonal, widened until the best path
 * stays clear of the band's edges — linear in document size for translations, the full table
 * only when the texts really diverge.
 */
import { diagonalBand, touchesBandEdge } from './diagonal-band.js';
import { dpAlign, dpPath, MOVES, type Move, type Step } from './dp-align.js';

/** The least half-width of the band, in items. */
export const MIN_BAND = 20;
/** The half-width of the band as a share of the longer side. */
export const BAND_SHARE = 0.1;
/**
 * The most the first band's half-width starts at, in items: beyond 5 000 items a share of the
 * longer side would make the DP grow as n² (issue 17, point 7); a path that needs more room
 * touches the band's edge and the band is widened as for any document.
 */
export const MAX_FIRST_BAND = 500;

/**
 * The cheapest monotone path, as `dpAlign` finds it, filling only a band of
 * ±max(20, min(500, 10 % of the longer side)) items around the length-proportional diagonal (through
 * the anchor points, if any); when the path found touches the band's edge (a long 1–0 run, a
 * moved section), the band is doubled and the DP run again, up to the whole table.
 *
 * @param sourceLengths lengths of the English items
 * @param targetLengths lengths of the Russian items
 * @param cost bead cost, as for `dpAlign`
 * @param points anchor points `[i, j]` the diagonal runs through (see `anchorPoints`)
 * @param moves the move set
 * @returns the steps in order
 * @example bandedAlign(en.map((x) => x.length), ru.map((x) => x.length), coster.cost, anchorPoints(en, ru))
 */
export function bandedAlign(
  sourceLengths: readonly number[],
  targetLengths: readonly number[],
  cost: (i: number, j: number, di: number, dj: number) => number,
  points: ReadonlyArray<readonly [number, number]> = [],
  moves: readonly Move[] = MOVES,
): Step[] {
  const n = sourceLengths.length;
  const m = targetLengths.length;
  const longer = Math.max(n, m);
  for (let halfWidth = Math.max(MIN_BAND, Math.min(MAX_FIRST_BAND, Math.ceil(BAND_SHARE * longer))); halfWidth < longer; halfWidth *= 2) {
    const band = diagonalBand(sourceLengths, targetLengths, halfWidth, points);
    const steps = dpPath(n, m, cost, moves, band);
    if (steps && !touchesBandEdge(steps, band, m)) return steps;
  }
  return dpAlign(n, m, cost, moves);
}
