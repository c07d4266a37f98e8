import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Az, { type AzParse } from 'az';

export type { AzParse };

/** Parsers of `az` whose analyses come from the OpenCorpora dictionary (anything else is a guess). */
const KNOWN = new Set(['Dictionary']);
const OPTIONS = { ignoreCase: true, stutter: 0, typos: 0 };

let ready: Promise<void> | undefined;

/**
 * Load the OpenCorpora dictionaries of `az` once per process (about 0.2 s).
 *
 * @example await loadMorphology(); analyse('нота')[0]?.tag.POST // 'NOUN'
 */
export function loadMorphology(): Promise<void> {
  ready ??= new Promise<void>((resolve, reject) => {
    const dicts = join(dirname(createRequire(import.meta.url).resolve('az/package.json')), 'dicts');
    Az.Morph.init(dicts, (error?: unknown) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve()));
  });
  return ready;
}

/**
 * Dictionary analyses of a word (guesses for unknown words are dropped), best first.
 * Call {@link loadMorphology} first.
 *
 * @example analyse('Хэлл') // [] — not in the dictionary
 */
export function analyse(word: string): AzParse[] {
  return Az.Morph(word, OPTIONS).filter((p) => KNOWN.has(p.parser));
}

/**
 * Inflect a parse to the given grammemes, keeping its part of speech, voice and tense, and
 * trying optional grammemes (gender, animacy) first.
 *
 * @returns the new surface form in lower case, or undefined when the paradigm has no such form
 * @example inflectParse(analyse('нота')[0], ['gent', 'plur']) // 'нот'
 */
export function inflectParse(parse: AzParse, required: string[], optional: string[] = []): string | undefined {
  const keep = [parse.tag.POST, parse.tag['VOic'], parse.tag['TEns']].filter((g): g is string => typeof g === 'string');
  for (let n = optional.length; n >= 0; n--) {
    const result = parse.inflect([...keep, ...required, ...optional.slice(0, n)]);
    if (result) return result.word.toLowerCase();
  }
  return undefined;
}
