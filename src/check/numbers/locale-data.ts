/**
 * Locale data for reading numbers and dates, derived from CLDR through Intl where it has them:
 * separators from `Intl.NumberFormat#formatToParts`, scale words from
 * compact notation (`1 million`, `5 млн`, `2 тысячи`), month names from
 * `Intl.DateTimeFormat#formatToParts` (stand-alone and format context, long and short), plus
 * the case forms Intl lacks (`у лютому`, `w lutym`) from src/language/month-forms.ts.
 */

import { monthForms } from '../../language/month-forms.js';

/** What a locale contributes to number and date reading. */
export interface LocaleNumberData {
  lang: string;
  /** Group separators (the CLDR one plus the spaces people type for it). */
  groups: string[];
  decimal: string;
  /** Lower-cased scale word written after a space (`million`, `млн`, `тыс.`; an abbreviation of one or two letters as written, `M`) → power of ten (3, 6, 9, 12). */
  scales: Map<string, number>;
  /** Compact suffixes written right after the digits (`5M`, `$1B`), case-sensitive → power of ten. */
  suffixes: Map<string, number>;
  /** Lower-cased month name or abbreviation → month number 1–12. */
  months: Map<string, number>;
  /** Stems of inflected words (`ноябр` → 11, `миллион` → 6): matched with a short case ending. */
  monthStems: Map<string, number>;
  scaleStems: Map<string, number>;
  /** Whether words are matched by stem (inflected languages: `ноябре`, `миллионов`). */
  stems: boolean;
}

const SCALES = [3, 6, 9, 12];
const SAMPLES = [1, 2, 5, 1.5, 21];
const INFLECTED = new Set(['ru', 'uk', 'be', 'pl', 'cs', 'sk', 'sr', 'hr', 'bg']);
const SPACES = [' ', '\u00a0', '\u202f', '\u2009'];

const cache = new Map<string, LocaleNumberData>();

/**
 * Number and date reading data of a locale, from Intl/CLDR.
 *
 * @param lang a BCP 47 tag, e.g. `ru`
 * @returns separators, scale words and month names
 * @example localeNumberData('ru').scales.get('млн') // 6
 */
export function localeNumberData(lang: string): LocaleNumberData {
  const base = new Intl.Locale(lang).language;
  const hit = cache.get(base);
  if (hit) return hit;
  const parts = new Intl.NumberFormat(base).formatToParts(1234567.5);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const stems = INFLECTED.has(base);
  const data: LocaleNumberData = {
    lang: base,
    groups: SPACES.includes(group) ? SPACES : [group],
    decimal,
    ...scaleWords(base, stems),
    ...monthNames(base, stems),
    stems,
  };
  cache.set(base, data);
  return data;
}

function scaleWords(lang: string, stems: boolean): Pick<LocaleNumberData, 'scales' | 'suffixes' | 'scaleStems'> {
  const scales = new Map<string, number>();
  const suffixes = new Map<string, number>();
  const scaleStems = new Map<string, number>();
  for (const display of ['long', 'short'] as const) {
    const format = new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: display });
    for (const power of SCALES) {
      const words: string[] = [];
      for (const n of SAMPLES) {
        const parts = format.formatToParts(n * 10 ** power);
        const word = wordOf(parts, 'compact');
        if (!word) continue;
        const spaced = parts.some((p) => p.type === 'literal' && p.value.trim() === '');
        // A one- or two-letter abbreviation keeps its case (French `100 M` is a million, `100 m` metres).
        if (spaced || word.length > 1) scales.set(word.length > 2 ? word.toLowerCase() : word, power);
        else suffixes.set(word, power);
        words.push(word);
      }
      if (stems && display === 'long' && words.length > 1) scaleStems.set(commonPrefix(words).toLowerCase(), power);
    }
  }
  return { scales, suffixes, scaleStems };
}

function monthNames(lang: string, stems: boolean): Pick<LocaleNumberData, 'months' | 'monthStems'> {
  const out = new Map<string, number>();
  const monthStems = new Map<string, number>();
  const styles: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' }];
  for (let m = 1; m <= 12; m++) {
    const names = styles.map((style) => {
      const parts = new Intl.DateTimeFormat(lang, { ...style, timeZone: 'UTC' }).formatToParts(Date.UTC(2000, m - 1, 16));
      return wordOf(parts, 'month');
    });
    for (const name of names) {
      out.set(name.toLowerCase(), m);
      if (name.endsWith('.')) out.set(name.slice(0, -1).toLowerCase(), m);
    }
    if (stems) monthStems.set(commonPrefix([names[0] ?? '', names[2] ?? '']).toLowerCase(), m);
  }
  // Where the case forms are data, they replace the stems (`трав` + `а` is grass, not May).
  const forms = monthForms(lang);
  if (forms.length > 0) monthStems.clear();
  for (const [form, month] of forms) out.set(form, month);
  return { months: out, monthStems };
}

function wordOf(parts: Intl.NumberFormatPart[] | Intl.DateTimeFormatPart[], type: string): string {
  return parts
    .filter((p) => p.type === type)
    .map((p) => p.value.trim())
    .join('');
}

function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const w of words) while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
