/**
 * Dice coefficient of two multisets: 2·|A∩B| / (|A|+|B|), in [0, 1] (1 for two empty ones).
 * Order-blind: words for splits and merges, character bigrams for short units.
 *
 * @example multisetDice(['a', 'b'], ['a', 'c']) // 0.5
 */
export function multisetDice(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  const bag = new Map<string, number>();
  for (const item of a) bag.set(item, (bag.get(item) ?? 0) + 1);
  let common = 0;
  for (const item of b) {
    const n = bag.get(item) ?? 0;
    if (n > 0) {
      common++;
      bag.set(item, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
