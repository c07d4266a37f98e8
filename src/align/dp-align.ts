/**
 * Monotone alignment by dynamic programming over two sequences with the moves
 * 1–1, 1–2, 2–1, 1–0 and 0–1 (the move set of Gale–Church and its successors).
 */

/** A move: how many items it takes from each side. */
export type Move = readonly [number, number];

/** The move set, in the order ties are broken. */
export const MOVES: readonly Move[] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2]];

/** A step of the best path: the items `i..i+di-1` and `j..j+dj-1`, and its cost. */
export interface Step {
  i: number;
  j: number;
  di: number;
  dj: number;
  cost: number;
}

/**
 * Find the cheapest monotone path through an `n × m` grid.
 *
 * @param n number of source items
 * @param m number of target items
 * @param cost cost of grouping source `[i, i+di)` with target `[j, j+dj)`; `Infinity` forbids it
 * @returns the steps in order
 * @example dpAlign(2, 2, (i, j, di, dj) => (di === 1 && dj === 1 && i === j ? 0 : 5)).length // 2
 */
export function dpAlign(n: number, m: number, cost: (i: number, j: number, di: number, dj: number) => number, moves: readonly Move[] = MOVES): Step[] {
  const width = m + 1;
  const total = new Float64Array((n + 1) * width).fill(Infinity);
  const back = new Int8Array((n + 1) * width).fill(-1);
  const local = new Float64Array((n + 1) * width);
  total[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = -1;
      let bestLocal = 0;
      for (let k = 0; k < moves.length; k++) {
        const [di, dj] = moves[k] as Move;
        if (di > i || dj > j) continue;
        const before = total[(i - di) * width + (j - dj)] as number;
        if (before === Infinity) continue;
        const c = cost(i - di, j - dj, di, dj);
        if (before + c < best) {
          best = before + c;
          bestMove = k;
          bestLocal = c;
        }
      }
      total[i * width + j] = best;
      back[i * width + j] = bestMove;
      local[i * width + j] = bestLocal;
    }
  }
  const steps: Step[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const k = back[i * width + j] as number;
    if (k < 0) throw new Error(`No alignment path reaches (${i}, ${j})`);
    const [di, dj] = moves[k] as Move;
    steps.push({ i: i - di, j: j - dj, di, dj, cost: local[i * width + j] as number });
    i -= di;
    j -= dj;
  }
  return steps.reverse();
}
