import { profileOf } from '../language/language-profile.js';
import type { KnownWords } from './known-words.js';
import { spellChecker, type SpellChecker } from './spell-checker.js';
import { spellingTokens, type WordToken } from './word-tokens.js';

/** A word the dictionary does not accept, with up to three suggestions. */
export interface Misspelling extends WordToken {
  suggestions: string[];
}

/** Options of {@link findMisspellings}. */
export interface MisspellingOptions {
  /** Words accepted as they are (lower case): glossary forms, the source's words, the project word list. */
  known?: KnownWords | undefined;
  /** Offsets of inline codes in the text (see `spellingTokens`). */
  boundaries?: readonly number[];
  /** Suggestions per word (default 3; 0 for none). */
  suggestions?: number;
  /**
   * Take an unknown word with an initial capital inside a sentence for a name (default: yes,
   * but not in languages that capitalise every noun: German, Luxembourgish).
   */
  names?: boolean;
}

/** Languages whose nouns all have a capital: a capital inside a sentence says nothing about names. */
const CAPITALISED_NOUNS = new Set(['de', 'lb']);

const suggestionMemo = new WeakMap<SpellChecker, Map<string, string[]>>();

/**
 * Spell-check one text of one language — no document pair needed (a remark-lint style preset
 * can call it on any Markdown text). Words are taken as {@link spellingTokens} says; a word is
 * right when it is known (`known`, compared in lower case) or the dictionary accepts it; a
 * hyphenated word may also be right part by part, and a word with an apostrophe piece by piece
 * (`d'email`, `Apache'a`: pieces of one letter are elisions or endings). An unknown word with
 * a capital inside a sentence, or before an initial (`Печатнов В. О.`), is taken for a name
 * (`names`), except in German; a sentence where at least half of three or more words are unknown
 * is taken for a quotation in another language (a cited title) and not reported. Suggestions are remembered per word for the process.
 *
 * @param text plain text
 * @param checker the language's checker (`spellChecker(lang)`)
 * @param options known words, placeholder offsets, number of suggestions
 * @returns the misspelt words in text order
 * @example findMisspellings('Обмен вербальнми нотами', spellChecker('ru')!)[0]?.suggestions // ['вербальными']
 */
export function findMisspellings(text: string, checker: SpellChecker, options: MisspellingOptions = {}): Misspelling[] {
  const known = options.known;
  const isKnown = (word: string): boolean => known !== undefined && known.has(word.toLowerCase().replace(/[’ʼ]/g, "'"));
  const right = (word: string, head: boolean): boolean => isKnown(word) || (head ? checker.correctHead(word) : checker.correct(word));
  const names = options.names ?? !CAPITALISED_NOUNS.has(checker.lang);
  const out: Misspelling[] = [];
  const tokens = spellingTokens(text, { script: profileOf(checker.lang).script, boundaries: options.boundaries ?? [] });
  const unknown = new Set<WordToken>();
  for (const token of tokens) {
    // `Installations-` (German: `Installations- und Paketierungssysteme`) is the head of a compound.
    if (right(token.word, text[token.end] === '-')) continue;
    const parts = token.word.split('-');
    if (parts.length > 1 && parts.every((part, i) => part.length < 2 || right(part, i < parts.length - 1))) continue;
    // An elided or inflected foreign word: `d'email`, `Apache'a` — every piece of two letters or more is known.
    const pieces = token.word.split(/['’ʼ]/);
    if (pieces.length > 1 && pieces.every((piece) => piece.length < 2 || right(piece, false))) continue;
    if (names && isCapitalised(token.word) && (!sentenceStart(text, token.start) || INITIAL_AFTER.test(text.slice(token.end, token.end + 4)))) continue;
    unknown.add(token);
  }
  const foreign = foreignStretches(text, tokens, unknown);
  for (const token of unknown) {
    if (foreign.some(([from, to]) => token.start >= from && token.end <= to)) continue;
    out.push({ ...token, suggestions: suggestionsFor(checker, token.word, options.suggestions ?? 3) });
  }
  return out;
}

/** An initial after a word: `Печатнов В. О.` (the word is a surname). */
const INITIAL_AFTER = /^[\s\u00a0]\p{Lu}\./u;
/** Share of unknown words from which a sentence is taken to be in another language. */
const FOREIGN_SHARE = 0.5;
/** Fewest words a sentence needs to be judged by that share. */
const FOREIGN_MIN_WORDS = 3;

/**
 * Stretches of the text between sentence marks where at least half of three or more checked
 * words are unknown: a quotation or a cited title in another language (a Ukrainian footnote
 * citing `История внешней политики`), not a run of misspellings.
 */
function foreignStretches(text: string, tokens: readonly WordToken[], unknown: ReadonlySet<WordToken>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const ends = [...text.matchAll(/[.!?…;:]+(?=\s|$)/gu)].map((m) => m.index + m[0].length);
  let from = 0;
  for (const to of [...ends, text.length]) {
    const inside = tokens.filter((t) => t.start >= from && t.end <= to);
    const bad = inside.filter((t) => unknown.has(t)).length;
    if (inside.length >= FOREIGN_MIN_WORDS && bad / inside.length >= FOREIGN_SHARE) out.push([from, to]);
    from = to;
  }
  return out;
}

/**
 * Spell-check a text in a language by its tag, or undefined when no dictionary for the language
 * is installed (the caller says so: a check that cannot see never passes silently).
 *
 * @example checkSpelling('Ich habe das Hauss gesehen.', 'de')?.map((m) => m.word) // ['Hauss']
 */
export function checkSpelling(text: string, lang: string, options: MisspellingOptions = {}): Misspelling[] | undefined {
  const checker = spellChecker(lang);
  return checker && findMisspellings(text, checker, options);
}

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && word.slice(1) !== word.slice(1).toUpperCase();
}

/**
 * Whether a word starts a sentence: nothing but spaces, quotes and brackets before it since the
 * text's start or a `.`, `!`, `?`, `…`, `:` — not the dot of an initial (`Дж. К. Адамс`).
 */
function sentenceStart(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /[\s\p{Pi}\p{Pf}\p{Ps}"'«»„“”*_]/u.test(text[i] as string)) i--;
  if (i < 0) return true;
  if (!/[.!?…:;]/u.test(text[i] as string)) return false;
  if (text[i] === '.' && i >= 1 && /\p{Lu}/u.test(text[i - 1] as string) && (i < 2 || !/\p{L}/u.test(text[i - 2] as string))) return false;
  return true;
}

function suggestionsFor(checker: SpellChecker, word: string, max: number): string[] {
  if (max <= 0) return [];
  let memo = suggestionMemo.get(checker);
  if (!memo) suggestionMemo.set(checker, (memo = new Map()));
  const key = `${max}\u0000${word}`;
  let found = memo.get(key);
  if (!found) {
    found = checker.suggest(word, max);
    memo.set(key, found);
  }
  return found;
}
