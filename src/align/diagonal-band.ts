/**
 * A band around the length-proportional diagonal of an alignment grid: a translation's path
 * keeps the English and Russian positions at about the same share of the text's length —
 * between anchor points, when there are any.
 */
import { fullBand, type Band, type Step } from './dp-align.js';

/**
 * The band of cells within `halfWidth` items — columns or rows — of the diagonal on which
 * cumulative English length and cumulative Russian length grow in proportion (each item
 * counted as its length + 1). With
 * anchor points (`[i, j]`: English item i pairs with Russian item j), the diagonal runs through
 * each of them and is length-proportional between them. Rows are widened where needed so that a
 * path through the band always exists.
 *
 * @param sourceLengths lengths of the English items (rows)
 * @param targetLengths lengths of the Russian items (columns)
 * @param halfWidth how many items either side of the diagonal to keep
 * @param points anchor points, strictly increasing in both coordinates
 * @returns per row, the first and last column of the band
 * @example diagonalBand([10, 10, 10], [11, 11, 11], 1).hi // Int32Array [1, 2, 3, 3]
 */
export function diagonalBand(
  sourceLengths: readonly number[],
  targetLengths: readonly number[],
  halfWidth: number,
  points: ReadonlyArray<readonly [number, number]> = [],
): Band {
  const n = sourceLengths.length;
  const m = targetLengths.length;
  if (n === 0 || m === 0 || halfWidth >= Math.max(n, m)) return fullBand(n, m);
  const sourceAt = cumulative(sourceLengths);
  const targetAt = cumulative(targetLengths);
  // Knots of the piecewise diagonal: the corners, and both corners of every anchor cell.
  const knots: Array<readonly [number, number]> = [[0, 0]];
  for (const [i, j] of points) knots.push([i, j], [i + 1, j + 1]);
  knots.push([n, m]);
  const low = new Float64Array(n + 1).fill(Infinity);
  const high = new Float64Array(n + 1).fill(-Infinity);
  for (let k = 1; k < knots.length; k++) {
    const [i0, j0] = knots[k - 1] as readonly [number, number];
    const [i1, j1] = knots[k] as readonly [number, number];
    for (let i = i0; i <= i1; i++) {
      // The Russian position (in items, fractional) at the same share of the segment's length as row i.
      const share = i1 === i0 ? 0 : ((sourceAt[i] as number) - (sourceAt[i0] as number)) / ((sourceAt[i1] as number) - (sourceAt[i0] as number));
      const x = i === i1 ? j1 : position(targetAt, (targetAt[j0] as number) + share * ((targetAt[j1] as number) - (targetAt[j0] as number)), j0, j1);
      low[i] = Math.min(low[i] as number, i1 === i0 ? j0 : x);
      high[i] = Math.max(high[i] as number, x);
    }
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  // Within halfWidth items of the diagonal across (columns) or along (rows): where the diagonal
  // is flat — Russian the English lacks — a row covers all the columns the next rows reach.
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.floor(Math.min((low[i] as number) - halfWidth, low[Math.max(0, i - halfWidth)] as number)));
    hi[i] = Math.min(m, Math.ceil(Math.max((high[i] as number) + halfWidth, high[Math.min(n, i + halfWidth)] as number)));
  }
  lo[0] = 0;
  hi[n] = m;
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.max(hi[i] as number, lo[i + 1] as number);
  return { lo, hi };
}

/** Prefix sums of length + 1: `at[k]` is the length of the items before item k. */
function cumulative(lengths: readonly number[]): Float64Array {
  const at = new Float64Array(lengths.length + 1);
  lengths.forEach((l, k) => (at[k + 1] = (at[k] as number) + l + 1));
  return at;
}

/** The fractional item position (between `from` and `to`) where the cumulative length reaches `target`. */
function position(at: Float64Array, target: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  // The last item boundary at or before the target.
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if ((at[mid] as number) <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo >= to ? to : lo + (target - (at[lo] as number)) / ((at[lo + 1] as number) - (at[lo] as number));
}

/**
 * Whether a path runs along an edge of the band that is not the edge of the grid: the best
 * path inside the band may then not be the best path overall.
 *
 * @param steps the path
 * @param band the band it was found in
 * @param m number of columns
 * @example touchesBandEdge(dpAlign(n, m, cost, MOVES, band), band, m) // false: the band was wide enough
 */
export function touchesBandEdge(steps: readonly Step[], band: Band, m: number): boolean {
  const edge = (i: number, j: number): boolean => (j === band.lo[i] && j > 0) || (j === band.hi[i] && j < m);
  if (edge(0, 0)) return true;
  for (const s of steps) if (edge(s.i + s.di, s.j + s.dj)) return true;
  return false;
}
