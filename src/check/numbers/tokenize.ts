import type { LocaleNumberData } from './locale-data.js';
import { maskCodeTokens } from './mask-code-tokens.js';

/** Vulgar fractions written after digits (`29¾` = 29.75). */
const FRACTIONS: Readonly<Record<string, number>> = { '¼': 0.25, '½': 0.5, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125 };

/** A token of text read for quantities: a number, a word or one other sign. */
export interface Token {
  type: 'num' | 'word' | 'sym';
  start: number;
  end: number;
  text: string;
  value?: number;
  /** A number written in words (`three`, `трёх`, `douze`): see read-number-words.ts. */
  spelled?: boolean;
  used?: boolean;
}

/**
 * Split a text into numbers (with the locale's group and decimal signs), words and signs;
 * code-like tokens are blanked first (mask-code-tokens.ts).
 *
 * @example tokenize('40.000 Euro', localeNumberData('de'))[0]?.value // 40000
 */
export function tokenize(text: string, data: LocaleNumberData): Token[] {
  // Where the decimal sign is not `.`, a `.` before exactly three digits groups (`40.000`), else
  // it is a decimal point as in versions and English-style numbers (`2.0`). An apostrophe
  // groups in every language (Swiss `40'000`).
  const groupSigns = [...(data.decimal === '.' ? data.groups : [...data.groups, '.']), "'", '\u2019'];
  const decimalSigns = data.decimal === '.' ? ['.'] : [data.decimal, '.'];
  const group = groupSigns.map(escape).join('|');
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(\\d{1,3}(?:(?:${group})\\d{3})+(?!\\d)|\\d+)(?:(?:${decimalSigns.map(escape).join('|')})(\\d+))?([¼½¾⅓⅔⅛])?|\\p{L}+|[^\\s\\p{L}\\p{N}]`,
    'gu',
  );
  const tokens: Token[] = [];
  for (const m of maskCodeTokens(text, groupSigns).matchAll(pattern)) {
    const value = m[0];
    const start = m.index;
    if (m[1] !== undefined) {
      const normal = `${m[1].replace(/\D/g, '')}${m[2] ? `.${m[2]}` : ''}`;
      tokens.push({ type: 'num', start, end: start + value.length, text: value, value: Number(normal) + (m[3] ? (FRACTIONS[m[3]] as number) : 0) });
    } else tokens.push({ type: /^\p{L}/u.test(value) ? 'word' : 'sym', start, end: start + value.length, text: value });
  }
  return tokens;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
