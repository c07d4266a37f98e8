import { normalizeWord, type NumberWords } from '../../language/number-words.js';
import type { Token } from './tokenize.js';

const ROMAN = /^[IVXLC]+$/;

/**
 * Roman numerals that name centuries, read as numbers: `XXI століття`, `XX век`, `XXe siècle`,
 * `XI, XII и XIII века`, `X–XI вв.` (a numeral, or a list or range of them, before a century
 * word of the language; `в.` and other one-letter abbreviations only with their dot).
 *
 * @param tokens tokens from tokenize.ts
 * @param words the language's number words (century words, list words, Roman ordinal suffixes)
 * @returns the Roman numeral tokens with their values, in text order
 * @example readCenturies(tokenize('XXI століття', data), numberWordsOf('uk')!)[0]?.value // 21
 */
export function readCenturies(tokens: readonly Token[], words: NumberWords): Array<{ token: Token; value: number }> {
  const out: Array<{ token: Token; value: number }> = [];
  let run: Array<{ token: Token; value: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const value = token.type === 'word' ? romanValue(token.text, words.romanSuffixes) : undefined;
    if (value !== undefined) {
      run.push({ token, value });
      continue;
    }
    if (run.length > 0 && isCentury(tokens, i, words)) out.push(...run);
    // A list or range goes on over commas, dashes, `and` words and short prepositions (`X–XI oraz w XIV wieku`, `du XIe au XIIIe siècle`).
    const joins =
      token.text === ',' ||
      /^[-–—]$/.test(token.text) ||
      (token.type === 'word' && (words.and.has(normalizeWord(token.text)) || /^\p{Ll}{1,2}$/u.test(token.text)));
    if (!joins || run.length === 0) run = [];
  }
  return out;
}

function isCentury(tokens: readonly Token[], i: number, words: NumberWords): boolean {
  const token = tokens[i] as Token;
  if (token.type !== 'word') return false;
  const word = normalizeWord(token.text);
  const dotted = tokens[i + 1]?.text === '.' && tokens[i + 1]?.start === token.end;
  return words.century.some((form) => {
    if (form.endsWith('*')) return word.startsWith(form.slice(0, -1));
    if (form.endsWith('.')) return word === form.slice(0, -1) && dotted;
    return word === form;
  });
}

function romanValue(text: string, suffixes: readonly string[]): number | undefined {
  const suffix = suffixes.find((s) => text.endsWith(s) && ROMAN.test(text.slice(0, -s.length)));
  const numeral = suffix ? text.slice(0, -suffix.length) : text;
  if (!ROMAN.test(numeral)) return undefined;
  // No century beyond the thirtieth: `Ce siècle` is French for "this century", not "the 100th".
  const digits: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = digits[numeral[i] as string] ?? 0;
    const next = digits[numeral[i + 1] as string] ?? 0;
    total += v < next ? -v : v;
  }
  return total <= 30 ? total : undefined;
}
