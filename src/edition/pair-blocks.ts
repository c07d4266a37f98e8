/** Above this many cells the longest-common-subsequence table is not filled: blocks pair by position. */
const TABLE_LIMIT = 1_000_000;

/**
 * Pair the blocks of two sides that stand in the same place (between the same aligned units):
 * the longest run of blocks with equal keys, in order, pairs up (a code block with a code block
 * of the same language, a table with a table); every other block gets a row of its own.
 *
 * @param a the keys of the source side's blocks
 * @param b the keys of the target side's blocks
 * @returns pairs of indices in document order; `undefined` where a block has no partner
 * @example pairBlocks(['code:js', 'html'], ['code:js']) // [[0, 0], [1, undefined]]
 */
export function pairBlocks(a: readonly string[], b: readonly string[]): Array<[number | undefined, number | undefined]> {
  const n = a.length;
  const m = b.length;
  const out: Array<[number | undefined, number | undefined]> = [];
  if ((n + 1) * (m + 1) > TABLE_LIMIT) {
    for (let i = 0; i < Math.max(n, m); i++) {
      if (i < n && i < m && a[i] === b[i]) out.push([i, i]);
      else {
        if (i < n) out.push([i, undefined]);
        if (i < m) out.push([undefined, i]);
      }
    }
    return out;
  }
  // lcs[i * (m + 1) + j]: length of the longest common run of a[i..] and b[j..].
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const k = i * (m + 1) + j;
      lcs[k] = a[i] === b[j] ? (lcs[k + m + 2] as number) + 1 : Math.max(lcs[k + m + 1] as number, lcs[k + 1] as number);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) out.push([i++, j++]);
    else if (j >= m || (i < n && (lcs[(i + 1) * (m + 1) + j] as number) >= (lcs[i * (m + 1) + j + 1] as number))) out.push([i++, undefined]);
    else out.push([undefined, j++]);
  }
  return out;
}
