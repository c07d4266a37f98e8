/**
 * Numbers of a text in a language-neutral form, so `1,933` (en) and `1 933` (ru), `2.5` and
 * `2,5`, `1.500` (de), `4%` and `4 %`, `2-3` and `2–3`, `1930s` and `1930-х` compare equal.
 */

import { profileOf } from '../language/language-profile.js';
import { groupsWithSpace } from '../language/number-separators.js';

const COMMA_GROUPS = /(?<![\p{L}\p{N}_.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/gu;
const SPACE_GROUPS = /(?<![\p{L}\p{N}_.,])(\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d)|\d+)(?:[.,](\d+))?/gu;
const POINT_GROUPS = /(?<![\p{L}\p{N}_.,])(\d{1,3}(?:\.\d{3})+(?![\d.])|\d+)(?:[,.](\d+))?/gu;

/** The number pattern of a language, by its profile's separators (CLDR through Intl). */
function numberPattern(lang: string): RegExp {
  const { numbers } = profileOf(lang);
  return groupsWithSpace(numbers) ? SPACE_GROUPS : numbers.group === '.' ? POINT_GROUPS : COMMA_GROUPS;
}

/**
 * The numbers of a text, normalised (thousands separators removed, decimal point `.`; ranges
 * give both ends, percent signs and suffixes are dropped).
 *
 * @param text plain text
 * @param lang a language tag: its separators (Intl) decide the pattern — `1,500.5` en, `1 500,5` ru/uk/fr/pl, `1.500,5` de
 * @returns the numbers in order, e.g. `['1933', '2.5']`
 * @example normalizeNumbers('In 1933, 4% of 1,500 — pages 2–3', 'en') // ['1933', '4', '1500', '2', '3']
 */
export function normalizeNumbers(text: string, lang: string): string[] {
  const pattern = numberPattern(lang);
  const out: string[] = [];
  for (const m of text.matchAll(pattern)) {
    const whole = (m[1] ?? '').replace(/[^\d]/g, '').replace(/^0+(?=\d)/, '');
    out.push(m[2] ? `${whole}.${m[2].replace(/0+$/, '') || '0'}` : whole);
  }
  return out;
}
