import type { AgreeOptions } from './agree-term.js';
import type { PhraseReading } from './agree-phrase.js';
import type { Hunspell } from './load-hunspell.js';
import { readGermanPhrase } from './agreement-de.js';
import { readFrenchPhrase } from './agreement-fr.js';
import { readPolishPhrase } from './agreement-pl.js';
import { lemmasOf } from './word-paradigm.js';

/** Reads a term's words for agreement in one language. */
type PhraseReader = (written: readonly string[], choices: readonly string[][], lemmaOf: (word: string) => string | undefined, options: AgreeOptions) => PhraseReading;

/**
 * The languages whose multi-word terms agree by the readers below. Ukrainian has its own case
 * tables (`agreement-data.ts`, `agree-term.ts`); every other language combines freely, capped.
 */
const READERS: Record<string, PhraseReader> = {
  pl: readPolishPhrase,
  de: readGermanPhrase,
  fr: readFrenchPhrase,
};

/**
 * How the words of a term agree in a language: a reader of its words' forms, or undefined
 * (no table: the words combine freely; persons, whose every word declines, too).
 *
 * @param dict the language's dictionary
 * @param options the entry's kind and number
 * @example phraseAgreement(pl, {})?.(['nota', 'werbalna'], choices).slots.length // 16
 */
export function phraseAgreement(dict: Hunspell, options: AgreeOptions = {}): ((written: readonly string[], choices: readonly string[][]) => PhraseReading) | undefined {
  const reader = READERS[dict.lang.toLowerCase().split('-')[0] as string];
  if (!reader || options.kind === 'person') return undefined;
  const lemmaOf = (word: string): string | undefined => lemmasOf(dict, word)[0]?.stem;
  return (written, choices) => reader(written, choices, lemmaOf, options);
}
