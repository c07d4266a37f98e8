import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parseAffixes, type AffixFile } from '../glossary/hunspell/parse-affixes.js';
import { readDictionaryWords, type SpellingWords } from './read-dictionary-words.js';

/** A Hunspell dictionary as the spelling checker reads it: the affix rules, the words and the `TRY` letters. */
export interface SpellingDictionary {
  lang: string;
  aff: AffixFile;
  words: SpellingWords;
  /** The letters of the affix file's `TRY` line (the alphabet suggestions are made of), lower case. */
  alphabet: string;
}

const loaded = new Map<string, SpellingDictionary | undefined>();
const require = createRequire(import.meta.url);

/**
 * The spelling dictionary of a language from its installed `dictionary-<lang>` npm package,
 * read synchronously (rules are synchronous) the first time a document of the language is
 * checked, and kept for the rest of the process: a run that checks only Russian never reads
 * the Polish dictionary. Region subtags fall back to the language (`de-AT` → `dictionary-de`).
 *
 * @param lang a BCP 47 tag
 * @returns the dictionary, or undefined when no package for the language is installed
 * @example loadSpellingDictionary('ru')?.words.has('нота') // true
 */
export function loadSpellingDictionary(lang: string): SpellingDictionary | undefined {
  const base = lang.toLowerCase().split(/[-_]/)[0] as string;
  if (loaded.has(base)) return loaded.get(base);
  const dict = readPackage(base);
  loaded.set(base, dict);
  return dict;
}

/**
 * Whether a `dictionary-<lang>` package is installed for the language (without reading it).
 *
 * @example hasSpellingDictionary('en') // false in this project
 */
export function hasSpellingDictionary(lang: string): boolean {
  return packageFolder(lang.toLowerCase().split(/[-_]/)[0] as string) !== undefined;
}

function packageFolder(base: string): string | undefined {
  if (!/^[a-z]{2,3}$/.test(base)) return undefined;
  try {
    return dirname(require.resolve(`dictionary-${base}`));
  } catch {
    return undefined;
  }
}

function readPackage(base: string): SpellingDictionary | undefined {
  const folder = packageFolder(base);
  if (!folder) return undefined;
  const affText = readFileSync(join(folder, 'index.aff'), 'utf8');
  const aff = parseAffixes(affText);
  const words = readDictionaryWords(readFileSync(join(folder, 'index.dic'), 'utf8'), aff);
  const tryLine = /^TRY\s+(\S+)/m.exec(affText)?.[1] ?? '';
  const alphabet = [...new Set([...tryLine.toLowerCase()].filter((c) => /\p{L}/u.test(c)))].join('');
  return { lang: base, aff, words, alphabet };
}
