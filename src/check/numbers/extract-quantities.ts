import { localeNumberData, type LocaleNumberData } from './locale-data.js';
import { maskCodeTokens } from './mask-code-tokens.js';

/** A value found in text, in a language-neutral key. */
export interface Quantity {
  kind: 'number' | 'percent' | 'date' | 'month';
  /** Canonical key: `number:150000000`, `percent:4`, `date:--11-16`, `month:02`. */
  key: string;
  /** Span in the text, end exclusive. */
  start: number;
  end: number;
}

interface Token {
  type: 'num' | 'word' | 'sym';
  start: number;
  end: number;
  text: string;
  value?: number;
  used?: boolean;
}

const PERCENT_WORDS = /^(percent|per cent|процент\p{L}{0,3})$/u;
const ORDINAL = /^(st|nd|rd|th)$/;
const CENTURY = /^(век\p{L}{0,2}|вв?)$/u;
const CASE_ENDINGS = new Set(['', 'ь', 'я', 'е', 'ю', 'й', 'а', 'у', 'ем', 'ём', 'ом', 'ам', 'ах', 'ов', 'ами']);

/**
 * Find the numbers, percentages, amounts and dates of a text, with values normalised
 * locale-aware: `$150 million` and `150 млн долларов` give `number:150000000`;
 * `16th of November, 1933` and `16 ноября 1933 г.` give `date:--11-16` and `number:1933`;
 * `2-3%` and `2–3 %` give `percent:2`, `percent:3`. Separators, scale words and month names
 * come from Intl/CLDR (see locale-data.ts); a date is split into day-and-month and year so a
 * translation that moves the year still matches. Number words (`two`, `двух`) are not read,
 * nor digits inside code-like tokens (`v2.1.0`, `4e117b0`, `utf8`, `localhost:8080`; see
 * mask-code-tokens.ts).
 *
 * @param text plain text (no placeholders)
 * @param lang the text's language
 * @returns quantities in text order
 * @example extractQuantities('4% yearly rate plus 2-3%', 'en').map((q) => q.key) // ['percent:4', 'percent:2', 'percent:3']
 */
export function extractQuantities(text: string, lang: string): Quantity[] {
  const data = localeNumberData(lang);
  const out: Quantity[] = [];
  const tokens = tokenize(numericDates(text, out), data);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === 'word' && monthOf(token.text, data) !== undefined) readDate(tokens, i, data, out);
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.used) continue;
    if (token.type === 'num') i = readNumber(tokens, i, data, out);
    else if (token.type === 'word' && data.stems && /^[IVXLC]+$/.test(token.text)) {
      const next = tokens[i + 1];
      if (next?.type === 'word' && CENTURY.test(next.text)) out.push(quantity('number', roman(token.text), token.start, token.end));
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function tokenize(text: string, data: LocaleNumberData): Token[] {
  // Where the decimal sign is not `.`, a `.` before exactly three digits groups (`40.000`), else
  // it is a decimal point as in versions and English-style numbers (`2.0`). An apostrophe
  // groups in every language (Swiss `40'000`).
  const groupSigns = [...(data.decimal === '.' ? data.groups : [...data.groups, '.']), "'", '\u2019'];
  const decimalSigns = data.decimal === '.' ? ['.'] : [data.decimal, '.'];
  const group = groupSigns.map(escape).join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,3}(?:(?:${group})\\d{3})+(?!\\d)|\\d+)(?:(?:${decimalSigns.map(escape).join('|')})(\\d+))?|\\p{L}+|[^\\s\\p{L}\\p{N}]`, 'gu');
  const tokens: Token[] = [];
  for (const m of maskCodeTokens(text, groupSigns).matchAll(pattern)) {
    const value = m[0];
    const start = m.index;
    if (m[1] !== undefined) {
      const normal = `${m[1].replace(/\D/g, '')}${m[2] ? `.${m[2]}` : ''}`;
      tokens.push({ type: 'num', start, end: start + value.length, text: value, value: Number(normal) });
    } else tokens.push({ type: /^\p{L}/u.test(value) ? 'word' : 'sym', start, end: start + value.length, text: value });
  }
  return tokens;
}

/** ISO (`1933-11-16`) and day-first dotted (`16.11.1933`) dates: read, then blanked out of the text. */
const NUMERIC_DATE = /(?<![\p{L}\p{N}.-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?![\p{L}\p{N}]|[.-]\d)/gu;

function numericDates(text: string, out: Quantity[]): string {
  return text.replace(NUMERIC_DATE, (whole, y1: string | undefined, m1: string | undefined, d1: string | undefined, d2: string | undefined, m2: string | undefined, y2: string | undefined, offset: number) => {
    const [year, month, day] = y1 ? [y1, m1, d1] : [y2, m2, d2];
    if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return whole;
    out.push({ kind: 'date', key: `date:--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, start: offset, end: offset + whole.length });
    out.push(quantity('number', Number(year), offset, offset + whole.length));
    return ' '.repeat(whole.length);
  });
}

function readDate(tokens: Token[], m: number, data: LocaleNumberData, out: Quantity[]): void {
  const monthToken = tokens[m] as Token;
  const month = monthOf(monthToken.text, data) as number;
  // English "May" is a month only when capitalised.
  if (data.lang === 'en' && monthToken.text[0] === monthToken.text[0]?.toLowerCase()) return;
  let p = m - 1;
  if (tokens[p]?.text === 'of') p--;
  if (tokens[p]?.type === 'word' && ORDINAL.test(tokens[p]?.text ?? '') && tokens[p - 1]?.end === tokens[p]?.start) p--;
  const before = tokens[p];
  let day = before?.type === 'num' && !before.used && isDay(before.value) ? before : undefined;
  let n = m + 1;
  if (tokens[n]?.text === '.') n++;
  let after = tokens[n];
  if (!day && after?.type === 'num' && isDay(after.value) && data.lang === 'en') {
    day = after;
    n++;
    if (tokens[n]?.type === 'word' && ORDINAL.test(tokens[n]?.text ?? '')) n++;
    after = tokens[n];
  }
  if (after?.text === ',') after = tokens[++n];
  const year = after?.type === 'num' && !after.used && isYear(after.value) ? after : undefined;
  if (!day && !year) return;
  const mm = String(month).padStart(2, '0');
  if (day) {
    day.used = true;
    const start = Math.min(day.start, monthToken.start);
    const end = Math.max(day.end, monthToken.end);
    out.push({ kind: 'date', key: `date:--${mm}-${String(day.value).padStart(2, '0')}`, start, end });
  } else out.push({ kind: 'month', key: `month:${mm}`, start: monthToken.start, end: monthToken.end });
  if (year) {
    year.used = true;
    out.push(quantity('number', year.value as number, year.start, year.end));
  }
}

function readNumber(tokens: Token[], i: number, data: LocaleNumberData, out: Quantity[]): number {
  const first = tokens[i] as Token;
  const values = [first];
  let j = i + 1;
  // A range: 2-3, 2–3, 1923—1932 (the dash is not a minus: a number precedes it).
  const dash = tokens[j];
  const second = tokens[j + 1];
  if (dash && /^[-–—]$/.test(dash.text) && second?.type === 'num' && dash.start === first.end && second.start === dash.end) {
    values.push(second);
    j += 2;
  }
  const last = values.at(-1) as Token;
  let power = 0;
  let percent = false;
  const next = tokens[j];
  if (next && next.start === last.end && next.type === 'word' && data.suffixes.has(next.text)) power = data.suffixes.get(next.text) as number;
  else if (next?.text === '%') percent = true;
  else if (next?.type === 'word') {
    const word = next.text.toLowerCase() + (tokens[j + 1]?.text === '.' && tokens[j + 1]?.start === next.end ? '.' : '');
    power = scaleOf(word, data);
    if (power === 0 && PERCENT_WORDS.test(next.text.toLowerCase())) percent = true;
  }
  const end = power || percent ? (tokens[j] as Token).end : last.end;
  for (const token of values) {
    const value = (token.value as number) * 10 ** power;
    out.push(quantity(percent ? 'percent' : 'number', value, token.start, token === last ? end : token.end));
  }
  return j - 1;
}

function quantity(kind: 'number' | 'percent', value: number, start: number, end: number): Quantity {
  const rounded = Math.round(value * 1e6) / 1e6;
  return { kind, key: `${kind}:${rounded}`, start, end };
}

function scaleOf(word: string, data: LocaleNumberData): number {
  const exact = data.scales.get(word) ?? data.scales.get(word.replace(/\.$/, ''));
  if (exact) return exact;
  return stemmed(word.replace(/\.$/, ''), data.scaleStems) ?? 0;
}

/**
 * Whether a word names a month in a language, in any case (`ноября`, `мае`, `November`).
 *
 * @example isMonthWord('ноябре', 'ru') // true
 */
export function isMonthWord(word: string, lang: string): boolean {
  return monthOf(word, localeNumberData(lang)) !== undefined;
}

function monthOf(word: string, data: LocaleNumberData): number | undefined {
  const lower = word.toLowerCase();
  return data.months.get(lower) ?? (data.stems ? stemmed(lower, data.monthStems) : undefined);
}

/** A stem plus a short case ending (`ноябре` → `ноябр` + `е`). */
function stemmed(word: string, stems: ReadonlyMap<string, number>): number | undefined {
  for (let cut = 0; cut <= 3 && cut < word.length; cut++) {
    const hit = stems.get(word.slice(0, word.length - cut));
    if (hit !== undefined && CASE_ENDINGS.has(word.slice(word.length - cut))) return hit;
  }
  return undefined;
}

function isDay(value: number | undefined): boolean {
  return value !== undefined && Number.isInteger(value) && value >= 1 && value <= 31;
}

function isYear(value: number | undefined): boolean {
  return value !== undefined && Number.isInteger(value) && value >= 100 && value <= 9999;
}

function roman(text: string): number {
  const digits: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const v = digits[text[i] as string] ?? 0;
    const next = digits[text[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
