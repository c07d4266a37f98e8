/**
 * Numbers of a text in a language-neutral form, so `1,933` (en) and `1 933` (ru), `2.5` and
 * `2,5`, `4%` and `4 %`, `2-3` and `2–3`, `1930s` and `1930-х` compare equal.
 */

const EN_NUMBER = /(?<![\p{L}\p{N}_.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/gu;
const RU_NUMBER = /(?<![\p{L}\p{N}_.,])(\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?!\d)|\d+)(?:[.,](\d+))?/gu;

/**
 * The numbers of a text, normalised (thousands separators removed, decimal point `.`; ranges
 * give both ends, percent signs and suffixes are dropped).
 *
 * @param text plain text
 * @param lang `en` or `ru` (decides the thousands and decimal separators)
 * @returns the numbers in order, e.g. `['1933', '2.5']`
 * @example normalizeNumbers('In 1933, 4% of 1,500 — pages 2–3', 'en') // ['1933', '4', '1500', '2', '3']
 */
export function normalizeNumbers(text: string, lang: string): string[] {
  const pattern = lang.startsWith('ru') ? RU_NUMBER : EN_NUMBER;
  const out: string[] = [];
  for (const m of text.matchAll(pattern)) {
    const whole = (m[1] ?? '').replace(/[^\d]/g, '').replace(/^0+(?=\d)/, '');
    out.push(m[2] ? `${whole}.${m[2].replace(/0+$/, '') || '0'}` : whole);
  }
  return out;
}
