/**
 * Anchors of a text: what survives translation and so ties an English text to its Russian
 * counterpart — numbers, code values (link targets, footnote labels, inline code), glossary
 * terms, names (compared by consonant skeleton) and Latin-script words left in the Russian.
 */
import type { InlineCode } from '../segment/types.js';
import { consonantSkeleton } from './transliterate.js';
import { normalizeNumbers } from './normalize-numbers.js';
import { plainText, placeholderIds } from './plain-text.js';
import { findTermPairs } from './find-term-pairs.js';
import type { AlignOptions } from './types.js';

/** The anchors of one text. */
export interface AnchorSet {
  /** Exact anchors with counts: `n:1933` numbers, `c:…` code values, `t:…` glossary terms. */
  keys: Map<string, number>;
  /** Consonant skeletons of capitalised words (names), sentence-initial words excepted. */
  names: string[];
  /** Lower-cased Latin-script words (in Russian text: untranslated names, acronyms, code words). */
  latin: string[];
  /** Lower-cased words of the text (English side), where Russian Latin words are looked up. */
  words: Set<string>;
  /** First four consonants of the skeletons of long words: weak evidence of cognates (`analysis` ~ `анализа`). */
  cognates: Set<string>;
  /**
   * The text's shape, which a translation keeps: counts of sentence ends, inline markup
   * (placeholders), question marks, colons and parentheses (see content-agreement.ts).
   */
  shape: readonly number[];
}

/** Capitalised words that are not names (sentence-initial words are already skipped). */
const NOT_NAMES = new Set([
  'i',
  'a',
  'the',
  'an',
  'in',
  'on',
  'of',
  'and',
  'or',
  'but',
  'if',
  'it',
  'this',
  'that',
  'for',
  'to',
  'as',
  'at',
  'by',
  'we',
  'you',
  'he',
  'she',
  'they',
  'our',
  'my',
  'mr',
  'mrs',
  'dr',
  'see',
]);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * Collect the anchors of a (coded) text.
 *
 * @param text the unit or sentence text, with `{N}` placeholders
 * @param lang the text's language tag (`en`, `ru`, `de`, …)
 * @param codes the unit's inline codes (their `value`s become anchors when their placeholder is in `text`)
 * @param options glossary terms and plug-in
 * @returns the anchors
 * @example anchorsOf('Litvinov came in 1933.', 'en').keys.get('n:1933') // 1
 */
export function anchorsOf(text: string, lang: string, codes: readonly InlineCode[] = [], options: AlignOptions = {}): AnchorSet {
  const keys = new Map<string, number>();
  const add = (key: string): void => void keys.set(key, (keys.get(key) ?? 0) + 1);
  const plain = plainText(text, ' ');
  const nonLatin = !writtenInLatin(lang);
  for (const n of normalizeNumbers(plain, lang)) add(`n:${n}`);
  const byId = new Map(codes.map((c) => [c.id, c]));
  for (const id of placeholderIds(text)) {
    const value = byId.get(id)?.value;
    if (value) add(`c:${normalizeCodeValue(value)}`);
  }
  if (options.terms) for (const id of findTermPairs(plain, lang, options.terms)) add(`t:${id}`);
  if (options.findTerms) for (const id of new Set(options.findTerms(plain, lang))) add(`t:${id}`);
  const names: string[] = [];
  const latin: string[] = [];
  const words = new Set<string>();
  const cognates = new Set<string>();
  for (const m of plain.matchAll(WORD)) {
    const word = m[0];
    const lower = word.toLowerCase();
    words.add(lower);
    const latinInRussian = nonLatin && isAsciiLetter(word.charCodeAt(0));
    if (word.length >= 6 && !latinInRussian) {
      const skeleton = consonantSkeleton(word);
      if (skeleton.length >= 4) cognates.add(skeleton.slice(0, 4));
    }
    if (hasAsciiDigit(word)) continue;
    if (latinInRussian) {
      if (word.length >= 2) latin.push(lower);
      continue;
    }
    if (word.length < 3 || !UPPER_FIRST.test(word) || NOT_NAMES.has(lower)) continue;
    if (sentenceInitial(plain, m.index)) continue;
    const skeleton = consonantSkeleton(word);
    if (skeleton.length >= 2) names.push(skeleton);
  }
  return { keys, names, latin, words, cognates, shape: shapeOf(text, plain) };
}

const UPPER_FIRST = /^\p{Lu}/u;

const SHAPE = [/[.!?…。](?=[\s)"'»”]*(?:\s|$))/gu, /\{\d+\/?\}/g, /[?？]/g, /:(?!\/\/)/g, /\(/g] as const;

/** Counts of sentence ends, placeholders, `?`, `:` and `(` (the coded text for placeholders, the plain text for the rest). */
function shapeOf(coded: string, plain: string): number[] {
  return SHAPE.map((pattern, k) => (k === 1 ? coded : plain).match(pattern)?.length ?? 0);
}

const scripts = new Map<string, boolean>();

/**
 * Whether a language is written in the Latin script (`en`, `de`, `pl`: yes; `ru`, `uk`: no): in
 * a text of another script, Latin words are names, acronyms and code left untranslated.
 *
 * @example writtenInLatin('uk') // false
 */
export function writtenInLatin(lang: string): boolean {
  let latin = scripts.get(lang);
  if (latin === undefined) {
    try {
      latin = new Intl.Locale(lang).maximize().script === 'Latn';
    } catch {
      latin = true;
    }
    scripts.set(lang, latin);
  }
  return latin;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function hasAsciiDigit(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

/** Whether the word at `index` starts a sentence (only spaces, quotes or brackets since `.!?:` or the start). */
function sentenceInitial(text: string, index: number): boolean {
  for (let k = index - 1; k >= 0; k--) {
    const ch = text[k] as string;
    if (/[\s"'“”«»„([*_—–-]/.test(ch)) continue;
    return /[.!?:;]/.test(ch);
  }
  return true;
}

/**
 * A code value in a comparable form: URLs without scheme, `www.`, language segment and trailing slash.
 *
 * @example normalizeCodeValue('https://www.example.com/en/docs/') // 'example.com/docs'
 */
export function normalizeCodeValue(value: string): string {
  return value
    .trim()
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/\/(en|ru|en-us|ru-ru)(?=\/|$)/gi, '')
    .replace(/\/+$/, '');
}
