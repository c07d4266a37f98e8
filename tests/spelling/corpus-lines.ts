import { readFileSync } from 'node:fs';
import { sharedRoot } from '../check/fixture-helpers.js';

/** FLORES-200 devtest file names of the target languages with a spelling dictionary. */
export const FLORES_FILES: Readonly<Record<string, string>> = { ru: 'rus_Cyrl', uk: 'ukr_Cyrl', pl: 'pol_Latn', de: 'deu_Latn', fr: 'fra_Latn' };

/** The 1,012 line-aligned FLORES-200 devtest sentences of a language (`eng_Latn` for English). */
export function floresLines(file: string): string[] {
  return readFileSync(`${sharedRoot}corpora/flores200-devtest/${file}.devtest`, 'utf8').split('\n').slice(0, 1012);
}
