import type { Quantity } from './extract-quantities.js';

/** A difference between the quantities of a source and a target text. */
export type QuantityMismatch =
  { type: 'changed'; source: Quantity; target: Quantity } | { type: 'missing'; source: Quantity } | { type: 'extra'; target: Quantity };

/**
 * Compare the quantities of a source and its translation by value. A quantity written in digits
 * must have its value on the other side, in digits or in words; a quantity written in words
 * (`three`, `трёх`, `twelve-factor`; `spelled`) may stand for a digit of the other side, but is
 * not reported when it has no counterpart, since translations drop and add number words freely
 * ("one of", «впервые»). A digit value missing on one side and an unmatched value of the same
 * kind on the other are one change: `three volumes` ↔ `в 4 т.` is `4` for `3`.
 *
 * @param source quantities of the source text (extractQuantities)
 * @param target quantities of the target text
 * @returns the mismatches, changes first
 * @example compareQuantities(extractQuantities('in three volumes', 'en'), extractQuantities('в 4 т.', 'ru'))[0]?.type // 'changed'
 */
export function compareQuantities(source: readonly Quantity[], target: readonly Quantity[]): QuantityMismatch[] {
  const sourceKeys = new Set(source.flatMap(keysOf));
  const targetKeys = new Set(target.flatMap(keysOf));
  const missing = unique(source.filter((q) => !keysOf(q).some((k) => targetKeys.has(k))));
  const extra = unique(target.filter((q) => !keysOf(q).some((k) => sourceKeys.has(k))));
  const out: QuantityMismatch[] = [];
  const take = (list: Quantity[], kind: Quantity['kind'], spelled: boolean) => {
    const i = list.findIndex((q) => q.kind === kind && (q.spelled ?? false) === spelled);
    return i === -1 ? undefined : (list.splice(i, 1)[0] as Quantity);
  };
  for (const q of missing.filter((x) => !x.spelled)) {
    const other = take(extra, q.kind, false) ?? take(extra, q.kind, true);
    out.push(other ? { type: 'changed', source: q, target: other } : { type: 'missing', source: q });
  }
  const spelledMissing = missing.filter((x) => x.spelled);
  for (const q of extra.filter((x) => !x.spelled)) {
    const other = take(spelledMissing, q.kind, true);
    out.push(other ? { type: 'changed', source: other, target: q } : { type: 'extra', target: q });
  }
  return out.sort((a, b) => rank(a) - rank(b));
}

function keysOf(q: Quantity): string[] {
  return q.also ? [q.key, ...q.also] : [q.key];
}

function rank(m: QuantityMismatch): number {
  return m.type === 'changed' ? 0 : m.type === 'missing' ? 1 : 2;
}

function unique(list: readonly Quantity[]): Quantity[] {
  const seen = new Set<string>();
  return list.filter((q) => !seen.has(q.key) && seen.add(q.key));
}
