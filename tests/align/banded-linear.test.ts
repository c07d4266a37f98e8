import { describe, expect, it } from 'vitest';
import { bandedAlign, MAX_FIRST_BAND } from '../../src/align/banded-align.js';
import { dpAlign } from '../../src/align/dp-align.js';

/** Bead costs of a faithful translation (1–1 on the diagonal is cheap), counting every cell looked at. */
function counted(): { cost: (i: number, j: number, di: number, dj: number) => number; calls: () => number } {
  let calls = 0;
  return {
    cost: (i, j, di, dj) => {
      calls++;
      return di === 1 && dj === 1 ? (i === j ? 0 : 3) : 2 + di + dj;
    },
    calls: () => calls,
  };
}

// Issue 17, point 7: a document of 10 000 footnotes (20 000 units) took 96 s to align, because the
// band was 10 % of the longer side — n × 0.2 n cells. The work is counted, not timed.
describe('the banded DP is linear in the number of items beyond 5 000', () => {
  it('twice the items look at about twice the cells (not four times), and the path is the full DP’s', () => {
    const work = (n: number): number => {
      const lengths = Array.from({ length: n }, (_, k) => 20 + (k % 7));
      const { cost, calls } = counted();
      const steps = bandedAlign(lengths, lengths, cost);
      expect(steps.every((s) => s.di === 1 && s.dj === 1 && s.i === s.j)).toBe(true);
      return calls();
    };
    const small = work(6_000);
    const large = work(12_000);
    expect(large / small).toBeLessThan(2.2);
    // At most the cells of a band of ±MAX_FIRST_BAND items (with the moves of each cell).
    expect(large).toBeLessThan(12_000 * (2 * MAX_FIRST_BAND + 3) * 5);
  });

  it('still widens to the path a shifted translation needs (700 items off the diagonal)', () => {
    const n = 6_000;
    const lengths = Array.from({ length: n }, () => 50);
    const cost = (i: number, j: number, di: number, dj: number): number => (di === 1 && dj === 1 ? (j === i - 700 ? 0 : 9) : di + dj === 1 ? 2 : 20);
    const banded = bandedAlign(lengths, lengths, cost);
    expect(banded.filter((s) => s.di === 1 && s.dj === 1).every((s) => s.j === s.i - 700)).toBe(true);
    expect(banded.filter((s) => s.di === 1 && s.dj === 1)).toHaveLength(n - 700);
  });

  it('equals the full DP on a shifted translation small enough to compare', () => {
    const lengths = Array.from({ length: 1_200 }, (_, k) => 30 + (k % 5));
    const cost = (i: number, j: number, di: number, dj: number): number => (di === 1 && dj === 1 ? (j === i - 300 ? 0 : 5) : di + dj === 1 ? 2 : 20);
    expect(bandedAlign(lengths, lengths, cost)).toEqual(dpAlign(1_200, 1_200, cost));
  });
});
