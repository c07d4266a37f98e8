import type { InlineCode } from '../segment/types.js';
import { joinCodedText, tokenizeCodedText } from '../segment/coded-text.js';
import { isTranslatorNoteCall } from '../segment/translator-notes.js';

/**
 * Match the codes of a Russian unit to those of its English unit, so a translator sees the
 * same code numbers in source and target: a Russian code takes the number of the first unused
 * English code of the same kind and type with the same value (URL, footnote label), else of
 * the same kind and type; codes left over get numbers after the last English one. A translator's
 * note call (`[^tn1]`, only in the translation) matches an English code by value only, so it
 * never takes the number of an author's footnote call.
 *
 * @param source the English unit's codes
 * @param target the Russian unit's codes
 * @returns Russian code number → exchange number
 * @example mapTargetCodes([{ id: 1, kind: 'link', … }], [{ id: 1, kind: 'link', … }]) // Map { 1 => 1 }
 */
export function mapTargetCodes(source: readonly InlineCode[], target: readonly InlineCode[]): Map<number, number> {
  const used = new Set<number>();
  const map = new Map<number, number>();
  let next = Math.max(0, ...source.map((c) => c.id)) + 1;
  const pending: InlineCode[] = [];
  for (const code of target) {
    const match = source.find((s) => !used.has(s.id) && s.kind === code.kind && s.type === code.type && s.value === code.value);
    if (match) {
      used.add(match.id);
      map.set(code.id, match.id);
    } else pending.push(code);
  }
  for (const code of pending) {
    const match = isTranslatorNoteCall(code) ? undefined : source.find((s) => !used.has(s.id) && s.kind === code.kind && s.type === code.type);
    if (match) used.add(match.id);
    map.set(code.id, match ? match.id : next++);
  }
  return map;
}

/**
 * Renumber the placeholders of coded text.
 *
 * @param text coded text
 * @param map old number → new number (numbers not in the map are kept)
 * @example renumberCodes('{1}a{/1}{2/}', new Map([[1, 2], [2, 1]])) // '{2}a{/2}{1/}'
 */
export function renumberCodes(text: string, map: ReadonlyMap<number, number>): string {
  return joinCodedText(tokenizeCodedText(text).map((t) => (t.type === 'text' ? t : { ...t, id: map.get(t.id) ?? t.id })));
}

/**
 * Invert a one-to-one map.
 *
 * @example invertMap(new Map([[1, 2]])) // Map { 2 => 1 }
 */
export function invertMap<K, V>(map: ReadonlyMap<K, V>): Map<V, K> {
  return new Map([...map].map(([k, v]) => [v, k]));
}
