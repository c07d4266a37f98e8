/**
 * Monotone alignment by dynamic programming over two sequences with the moves
 * 1–1, 1–2, 2–1, 1–0 and 0–1 (the move set of Gale–Church and its successors).
 */

/** A move: how many items it takes from each side. */
export type Move = readonly [number, number];

/** The move set, in the order ties are broken. */
export const MOVES: readonly Move[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
];

/** A step of the best path: the items `i..i+di-1` and `j..j+dj-1`, and its cost. */
export interface Step {
  i: number;
  j: number;
  di: number;
  dj: number;
  cost: number;
}

/** The cells of the grid a DP may use: in row `i` (0…n), the columns `lo[i]…hi[i]`. */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/**
 * Find the cheapest monotone path through an `n × m` grid, over the whole grid or inside a band.
 *
 * @param n number of source items
 * @param m number of target items
 * @param cost cost of grouping source `[i, i+di)` with target `[j, j+dj)`; `Infinity` forbids it
 * @param moves the move set, in tie-breaking order
 * @param band the cells to fill (default: all); within it the result is what the full table gives when the best path lies inside
 * @returns the steps in order
 * @throws Error when no path reaches `(n, m)`
 * @example dpAlign(2, 2, (i, j, di, dj) => (di === 1 && dj === 1 && i === j ? 0 : 5)).length // 2
 */
export function dpAlign(
  n: number,
  m: number,
  cost: (i: number, j: number, di: number, dj: number) => number,
  moves: readonly Move[] = MOVES,
  band?: Band,
): Step[] {
  const steps = dpPath(n, m, cost, moves, band ?? fullBand(n, m));
  if (!steps) throw new Error(`No alignment path reaches (${n}, ${m})`);
  return steps;
}

/**
 * The band of the whole `n × m` grid.
 *
 * @example fullBand(2, 3).hi // Int32Array [3, 3, 3]
 */
export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/**
 * `dpAlign` inside `band`, or undefined when no path inside it reaches `(n, m)`.
 *
 * @example dpPath(1, 1, () => 0, MOVES, fullBand(1, 1))?.length // 1
 */
export function dpPath(
  n: number,
  m: number,
  cost: (i: number, j: number, di: number, dj: number) => number,
  moves: readonly Move[],
  band: Band,
): Step[] | undefined {
  const { lo, hi } = band;
  // Row i's cells lie at rowStart[i] + (j − lo[i]).
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowStart[i + 1] = (rowStart[i] as number) + Math.max(0, (hi[i] as number) - (lo[i] as number) + 1);
  const size = rowStart[n + 1] as number;
  const total = new Float64Array(size).fill(Infinity);
  const back = new Int8Array(size).fill(-1);
  const local = new Float64Array(size);
  const at = (i: number, j: number): number => (j < (lo[i] as number) || j > (hi[i] as number) ? -1 : (rowStart[i] as number) + j - (lo[i] as number));
  if (at(0, 0) < 0 || at(n, m) < 0) return undefined;
  total[at(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    const rowHi = hi[i] as number;
    for (let j = lo[i] as number; j <= rowHi; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = -1;
      let bestLocal = 0;
      for (let k = 0; k < moves.length; k++) {
        const [di, dj] = moves[k] as Move;
        if (di > i || dj > j) continue;
        const from = at(i - di, j - dj);
        if (from < 0) continue;
        const before = total[from] as number;
        if (before === Infinity) continue;
        const c = cost(i - di, j - dj, di, dj);
        if (before + c < best) {
          best = before + c;
          bestMove = k;
          bestLocal = c;
        }
      }
      const cell = (rowStart[i] as number) + j - (lo[i] as number);
      total[cell] = best;
      back[cell] = bestMove;
      local[cell] = bestLocal;
    }
  }
  const steps: Step[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const cell = at(i, j);
    const k = back[cell] as number;
    if (k < 0) return undefined;
    const [di, dj] = moves[k] as Move;
    steps.push({ i: i - di, j: j - dj, di, dj, cost: local[cell] as number });
    i -= di;
    j -= dj;
  }
  return steps.reverse();
}
