import { removeIgnored } from '../glossary/hunspell/parse-affixes.js';
import { acceptsForm, indexAffixes } from './affix-index.js';
import { combiningSources } from './combining-forms.js';
import { acceptsCompound, unlinked } from './compound-words.js';
import { loadSpellingDictionary, type SpellingDictionary } from './load-spelling-dictionary.js';
import { suggestWords } from './suggest-words.js';

/** A language's spelling checker: whether a word is spelt right, and the closest right words. */
export interface SpellChecker {
  lang: string;
  dict: SpellingDictionary;
  /** Whether the dictionary accepts the word (memoised). */
  correct(word: string): boolean;
  /** Whether the word may stand before a hyphen: correct, or (German) a compound part with its linking element (`Installations-`). */
  correctHead(word: string): boolean;
  /** At most `max` accepted words one edit away (letter deleted, inserted, replaced, or two swapped). */
  suggest(word: string, max?: number): string[];
}

const checkers = new Map<string, SpellChecker | undefined>();
const PRUNE = { prune: true };

/** Apostrophes the dictionaries write as `'` (their ICONV tables). */
const APOSTROPHES = /[’ʼ]/g;

/**
 * The spelling checker of a language, built once per process from its `dictionary-<lang>`
 * package (see {@link loadSpellingDictionary}). A word is correct when the dictionary accepts it
 * as written, or — written with a capital (sentence start, title) or in capitals — in lower
 * case or capitalised; a word with `е` where the dictionary writes `ё` is accepted; a
 * hyphenated word is accepted whole or part by part (a first part may be an adjective's
 * combining form: `радянсько-`, `polsko-`, see combining-forms.ts); in a language whose affix file declares
 * compounds (German), a word made of known words is accepted (see compound-words.ts).
 *
 * @param lang a BCP 47 tag
 * @returns the checker, or undefined when no dictionary for the language is installed
 * @example spellChecker('ru')?.correct('вербальными') // true
 * @example spellChecker('ru')?.suggest('вербальнми') // ['вербальными', …]
 */
export function spellChecker(lang: string): SpellChecker | undefined {
  const base = lang.toLowerCase().split(/[-_]/)[0] as string;
  if (checkers.has(base)) return checkers.get(base);
  const dict = loadSpellingDictionary(base);
  const checker = dict && createSpellChecker(dict);
  checkers.set(base, checker);
  return checker;
}

/**
 * A spelling checker over a loaded dictionary (see {@link spellChecker}).
 *
 * @example createSpellChecker(loadSpellingDictionary('pl')!).correct('werbalnej') // true
 */
export function createSpellChecker(dict: SpellingDictionary): SpellChecker {
  const index = indexAffixes(dict);
  const memo = new Map<string, boolean>();
  const compounds = dict.aff.compoundParts.length > 0;
  const yo = dict.alphabet.includes('ё') || dict.words.has('ещё');
  const acceptsWord = (word: string): boolean => {
    if (caseVariants(word).some((v) => acceptsForm(index, v))) return true;
    if (yo && /[еЕ]/.test(word) && yoVariants(word).some((w) => caseVariants(w).some((v) => acceptsForm(index, v)))) return true;
    return compounds && acceptsCompound(index, word);
  };
  const acceptsHead = (word: string): boolean =>
    acceptsWord(word) ||
    (compounds && unlinked(word).some((w) => acceptsWord(w))) ||
    combiningSources(word.toLowerCase(), dict.lang).some((w) => acceptsForm(index, w));
  const remembered =
    (prefix: string, test: (word: string) => boolean) =>
    (written: string): boolean => {
      const key = prefix + written;
      let known = memo.get(key);
      if (known !== undefined) return known;
      known = test(removeIgnored(written.replace(APOSTROPHES, "'"), dict.aff.ignore));
      if (memo.size > 200_000) memo.clear();
      memo.set(key, known);
      return known;
    };
  // A hyphenated word: whole, or part by part (a German part before a hyphen may end in a linking element).
  const hyphenated = (word: string): boolean => {
    const parts = word.split('-');
    return parts.every((part, i) => part === '' || (i < parts.length - 1 ? acceptsHead(part) : acceptsWord(part)));
  };
  const correct = remembered('', (word) => acceptsWord(word) || (word.includes('-') && hyphenated(word)));
  const correctHead = remembered('-', (word) => acceptsHead(word) || (word.includes('-') && hyphenated(word)));
  const checker: SpellChecker = {
    lang: dict.lang,
    dict,
    correct,
    correctHead,
    // Suggestions are spelt in lower case or capitalised, never compounds (a candidate is checked in a few microseconds).
    suggest: (word, max = 3) =>
      suggestWords(word, dict.alphabet, (candidate) => acceptsForm(index, candidate, PRUNE) || acceptsForm(index, capitalised(candidate), PRUNE), max),
  };
  return checker;
}

/**
 * The spellings a written word may stand for: as written; capitalised → lower case; capitals →
 * lower case and capitalised; mixed case only as written.
 *
 * @example caseVariants('НОТА') // ['НОТА', 'нота', 'Нота']
 */
export function caseVariants(word: string): string[] {
  const lower = word.toLowerCase();
  if (word === lower) return [word];
  const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
  if (word === capital) return [word, lower];
  if (word === word.toUpperCase()) return [word, lower, capital];
  return [word];
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The word with `ё` for some of its `е` (at most four of them varied). */
function yoVariants(word: string): string[] {
  const at: number[] = [];
  for (let i = 0; i < word.length && at.length < 4; i++) if (word[i] === 'е' || word[i] === 'Е') at.push(i);
  const out: string[] = [];
  for (let mask = 1; mask < 1 << at.length; mask++) {
    const chars = [...word];
    at.forEach((i, k) => {
      if (mask & (1 << k)) chars[i] = chars[i] === 'е' ? 'ё' : 'Ё';
    });
    out.push(chars.join(''));
  }
  return out;
}
