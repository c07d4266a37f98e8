/**
 * The longest strictly increasing subsequence of a list of numbers (patience sorting,
 * O(n log n)): of matched units listed in new order by their old positions, the ones that kept
 * their relative order. The rest moved.
 *
 * @param values old positions, in new order
 * @returns the indices (into `values`) of one longest increasing subsequence, ascending
 * @example orderedSubsequence([0, 3, 1, 2]) // [0, 2, 3]
 */
export function orderedSubsequence(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous: number[] = values.map(() => -1);
  values.forEach((value, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1] as number;
    tails[lo] = k;
  });
  const out: number[] = [];
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k] as number) out.push(k);
  return out.reverse();
}
