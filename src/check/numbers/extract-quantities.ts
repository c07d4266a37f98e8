import { normalizeWord, numberWordsOf, type NumberWords } from '../../language/number-words.js';
import { localeNumberData, type LocaleNumberData } from './locale-data.js';
import { readCenturies } from './read-centuries.js';
import { readNumberWords } from './read-number-words.js';
import { readTimes } from './read-times.js';
import { tokenize, type Token } from './tokenize.js';

/** A value found in text, in a language-neutral key. */
export interface Quantity {
  kind: 'number' | 'percent' | 'date' | 'month' | 'time';
  /** Canonical key: `number:150000000`, `percent:4`, `date:--11-16`, `month:02`, `time:22:08`. */
  key: string;
  /** Other keys the same words may be written as (`1960s`: `number:60`, the 20th century `number:20`). */
  also?: string[];
  /** Span in the text, end exclusive. */
  start: number;
  end: number;
  /**
   * Written in words (`three`, `трёх`, `twelve-factor`): it stands for the same value in digits
   * on the other side, but a word without a counterpart is not reported (see compare-quantities.ts).
   */
  spelled?: boolean;
}

/** Percent words of a language without number-word data. */
const PERCENT_WORDS = /^(percent|процент\p{L}{0,3})$/u;
const CASE_ENDINGS = new Set(['', 'ь', 'я', 'е', 'ю', 'й', 'а', 'у', 'ем', 'ём', 'ом', 'ам', 'ах', 'ов', 'ами']);

/**
 * Find the numbers, percentages, amounts and dates of a text, with values normalised
 * locale-aware: `$150 million` and `150 млн долларов` give `number:150000000`;
 * `16th of November, 1933` and `16 ноября 1933 г.` give `date:--11-16` and `number:1933`;
 * `2-3%` and `2–3 %` give `percent:2`, `percent:3`. Separators, scale words and month names
 * come from Intl/CLDR with the case forms Intl lacks (`у лютому`; see locale-data.ts); a date is
 * split into day-and-month and year so a translation that moves the year still matches. Number
 * words (`three`, `трьох`, `twelve-factor`, `quatre-vingt-dix`) and Roman centuries
 * (`XXI століття`, `XXe siècle`) are read from the src/language/number-words data, the words
 * marked `spelled`. Digits inside code-like tokens are not read (`v2.1.0`, `4e117b0`, `utf8`,
 * `localhost:8080`; see mask-code-tokens.ts).
 *
 * @param text plain text (no placeholders)
 * @param lang the text's language
 * @returns quantities in text order
 * @example extractQuantities('4% yearly rate plus 2-3%', 'en').map((q) => q.key) // ['percent:4', 'percent:2', 'percent:3']
 */
export function extractQuantities(text: string, lang: string): Quantity[] {
  const data = localeNumberData(lang);
  const words = numberWordsOf(lang);
  const out: Quantity[] = [];
  let tokens = tokenize(numericDates(text, out), data);
  if (words) {
    tokens = readNumberWords(tokens, words, (word) => scaleOf(word, data) > 0);
    for (const { token, value } of readCenturies(tokens, words)) {
      token.used = true;
      out.push(quantity('number', value, token.start, token.end));
    }
  }
  out.push(...readTimes(tokens));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === 'word' && monthOf(token.text, data) !== undefined) readDate(tokens, i, data, out);
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.used && token.type === 'num') i = readNumber(tokens, i, data, words, out);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** ISO (`1933-11-16`) and day-first dotted (`16.11.1933`) dates: read, then blanked out of the text. */
const NUMERIC_DATE = /(?<![\p{L}\p{N}.-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?![\p{L}\p{N}]|[.-]\d)/gu;

function numericDates(text: string, out: Quantity[]): string {
  return text.replace(
    NUMERIC_DATE,
    (
      whole,
      y1: string | undefined,
      m1: string | undefined,
      d1: string | undefined,
      d2: string | undefined,
      m2: string | undefined,
      y2: string | undefined,
      offset: number,
    ) => {
      const [year, month, day] = y1 ? [y1, m1, d1] : [y2, m2, d2];
      if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return whole;
      out.push({ kind: 'date', key: `date:--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, start: offset, end: offset + whole.length });
      out.push(quantity('number', Number(year), offset, offset + whole.length));
      return ' '.repeat(whole.length);
    },
  );
}

function readDate(tokens: Token[], m: number, data: LocaleNumberData, out: Quantity[]): void {
  const monthToken = tokens[m] as Token;
  const month = monthOf(monthToken.text, data) as number;
  // English "May" is a month only when capitalised.
  if (data.lang === 'en' && monthToken.text[0] === monthToken.text[0]?.toLowerCase()) return;
  let p = m - 1;
  if (tokens[p]?.text === 'of') p--;
  p = dayBefore(tokens, p);
  const before = tokens[p];
  let day = before?.type === 'num' && !before.used && isDay(before.value) ? before : undefined;
  let n = m + 1;
  if (tokens[n]?.text === '.') n++;
  let after = tokens[n];
  if (!day && after?.type === 'num' && isDay(after.value) && data.lang === 'en') {
    day = after;
    n++;
    if (tokens[n]?.type === 'word' && /^(st|nd|rd|th)$/.test(tokens[n]?.text ?? '')) n++;
    after = tokens[n];
  }
  if (after?.text === ',') after = tokens[n + 1];
  const year = after?.type === 'num' && !after.used && isYear(after.value) ? after : undefined;
  if (!day && !year) return;
  const mm = String(month).padStart(2, '0');
  if (day) {
    day.used = true;
    const start = Math.min(day.start, monthToken.start);
    const end = Math.max(day.end, monthToken.end);
    out.push({ kind: 'date', key: `date:--${mm}-${String(day.value).padStart(2, '0')}`, start, end, ...(day.spelled ? { spelled: true } : {}) });
  } else out.push({ kind: 'month', key: `month:${mm}`, start: monthToken.start, end: monthToken.end });
  if (year) {
    year.used = true;
    out.push(quantity('number', year.value as number, year.start, year.end, year.spelled));
  }
}

/** Step back over an ordinal ending or a dot after a day (`16th`, `1er`, `6-го`, `6.`) to its digits. */
function dayBefore(tokens: readonly Token[], p: number): number {
  const token = tokens[p];
  const glued = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
  if (token?.text === '.' && tokens[p - 1]?.type === 'num' && glued(tokens[p - 1], token)) return p - 1;
  if (token?.type !== 'word' || token.text.length > 3 || token.text !== token.text.toLowerCase()) return p;
  if (tokens[p - 1]?.type === 'num' && glued(tokens[p - 1], token)) return p - 1;
  if (tokens[p - 1]?.text === '-' && tokens[p - 2]?.type === 'num' && glued(tokens[p - 2], tokens[p - 1]) && glued(tokens[p - 1], token)) return p - 2;
  return p;
}

function readNumber(tokens: Token[], i: number, data: LocaleNumberData, words: NumberWords | undefined, out: Quantity[]): number {
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
  let percentEnd = -1;
  const next = tokens[j];
  if (next && next.start === last.end && next.type === 'word' && data.suffixes.has(next.text)) power = data.suffixes.get(next.text) as number;
  else if (next?.spelled && next.value === 1000 && /^\p{L}+$/u.test(next.text))
    power = 3; // `800 tysięcy`
  else if (next?.text === '%') percentEnd = j;
  else if (next?.type === 'word') {
    const word = next.text.toLowerCase() + (tokens[j + 1]?.text === '.' && tokens[j + 1]?.start === next.end ? '.' : '');
    power = scaleOf(word, data) || (data.scales.get(next.text) ?? 0);
    if (power === 0) percentEnd = words ? percentPhraseEnd(tokens, j, words) : PERCENT_WORDS.test(next.text.toLowerCase()) ? j : -1;
  }
  const end = power ? (tokens[j] as Token).end : percentEnd >= 0 ? (tokens[percentEnd] as Token).end : last.end;
  for (const token of values) {
    const value = (token.value as number) * 10 ** power;
    const q = quantity(percentEnd >= 0 ? 'percent' : 'number', value, token.start, token === last ? end : token.end, token.spelled);
    // `4.2-3.9 million`: the first may be written without the scale (`4,2 bis 3,9 Millionen`).
    if (power && token !== last) q.also = [quantity(q.kind as 'number', token.value as number, 0, 0).key];
    // `1960s`: the sixties (`lat sześćdziesiątych`) of the 20th century (`1850s` = `50-е годы XIX века`).
    if (
      token === last &&
      /^\d{3}0$/.test(token.text) &&
      /^'?s$/.test(next?.text === "'" ? `'${tokens[j + 1]?.text ?? ''}` : (next?.text ?? '')) &&
      next?.start === token.end
    ) {
      const year = token.value as number;
      q.also = [`number:${year % 100}`, `number:${Math.floor(year / 100) + 1}`];
    }
    out.push(q);
  }
  return Math.max(j, percentEnd + 1) - 1;
}

/** The index of the last token of a percent word or phrase at `j` (`percent`, `per cent`, `proc.`), or -1. */
function percentPhraseEnd(tokens: readonly Token[], j: number, words: NumberWords): number {
  for (const phrase of words.percent) {
    let k = j;
    const fits = phrase.every((form) => {
      const token = tokens[k];
      const word = token?.type === 'word' ? normalizeWord(token.text) : '';
      const dotted = form.endsWith('.') && tokens[k + 1]?.text === '.' && tokens[k + 1]?.start === token?.end;
      const ok = form.endsWith('*') ? word.startsWith(form.slice(0, -1)) : form.endsWith('.') ? dotted && word === form.slice(0, -1) : word === form;
      k += dotted ? 2 : 1;
      return ok;
    });
    if (fits) return k - 1;
  }
  return -1;
}

function quantity(kind: 'number' | 'percent', value: number, start: number, end: number, spelled?: boolean): Quantity {
  const rounded = Math.round(value * 1e6) / 1e6;
  return { kind, key: `${kind}:${rounded}`, start, end, ...(spelled ? { spelled: true } : {}) };
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
