import type { SentenceRule } from './types.js';

/** Closing quotes and brackets that may follow a terminator. */
export const CLOSERS = `['"”’»)\\]]*`;

const NAME = `(?:\\p{Lu}\\.\\s?){1,3}\\p{Lu}[\\p{Ll}'’-]+`;

/**
 * Rules shared by languages written with Latin or Cyrillic script. Language files spread them
 * into their own `rules` (a language without rules gets none of these).
 */
export const commonSentenceRules: readonly SentenceRule[] = [
  {
    break: false,
    before: `[.!?…]+${CLOSERS}`,
    after: `[\\p{L}\\p{N}]`,
    note: 'A terminator glued to the next word is no boundary: "Op.Cit.", "hearing...I was", "3.5"',
  },
  {
    break: false,
    before: `[.!?…]+${CLOSERS}`,
    after: `\\s+(?:[—–-]\\s+)?['"“«„(]?\\p{Ll}`,
    note: 'A lowercase word follows: "\\"Really?\\" he asked", "«Ты придёшь?» — спросил он"',
  },
  {
    break: false,
    before: `^\\s*(?:\\d{1,3}|[IVXLC]{1,5})\\.`,
    after: `\\s`,
    note: 'An enumerator opening the text (a numbered note): "2. History of the U.S. …"',
  },
  {
    break: false,
    before: `(?<![\\p{L}\\p{N}.])(?:\\d{1,3}|\\p{L})\\.\\)`,
    after: `\\s`,
    note: 'An inline enumerator "1.)", "a.)" never ends a sentence: "Do this: 1.) Open the lid, 2.) Close it."',
  },
  {
    break: false,
    before: `(?:[:;]\\s+|[•·▪◦‣]\\s*)(?:\\d{1,3}|\\p{L})\\.`,
    after: `\\s`,
    note: 'An enumerator after a colon or a bullet: "Steps: • 9. Close the lid.", "as follows: 1. Open it."',
  },
  {
    break: false,
    before: `[\\[(](?:\\.{3}|…)[\\])]`,
    after: `\\s`,
    note: 'An omission mark in a quotation is no sentence end: "He said […] The end came."',
  },
  {
    break: false,
    before: `(?:^\\s*|(?<!(?:^|[^\\p{L}])\\p{Lu})[.!?]\\s+)${NAME}(?:,\\s+${NAME})*\\.`,
    after: `\\s`,
    note: 'A list of authors with initials is no sentence of its own: "V.O. Pecharnov, A.S. Manykin. History of…"',
  },
  {
    break: false,
    before: `(?<![\\p{L}\\p{N}-])\\p{Lu}\\.`,
    after: `\\s+[\\p{Lu}\\p{N}]`,
    note: 'Initials and one-letter abbreviations: "M.M. Litvinov", "George W. Bush", "М. М. Литвинов", "M. 1985"',
  },
  {
    break: false,
    before: `\\.`,
    after: `\\s+[#№]?\\d[\\d\\-–/;,]*\\.(?:\\s|$)`,
    note: 'A number alone is no sentence: "Volume 3. 1918-1945. M. 1985.", "1983. #11. Page 20."',
  },
  {
    break: false,
    before: `\\.`,
    after: `\\s+(?:\\p{Lu}|СПб)\\.,?\\s*\\d`,
    note: 'A place of publication before a year continues the reference: "1918-1945. M. 1985.", "– M., 2012."',
  },
  {
    break: true,
    before: `(?:(?<!\\p{L})\\p{Ll}{2,}|(?<!\\p{L})[IVXLC]{2,})[.!?]${CLOSERS}`,
    after: `\\s+[$€£]?\\d[\\d.,]*(?:%|[-‑–]\\p{L}+)?\\s+\\p{Ll}`,
    note: 'A sentence may open with a number: "…Elizabeth II\'s reign. 34 per cent of…", "…противостоять. 15 августа…"',
  },
  {
    break: false,
    before: `[.!?…]`,
    after: `[\\s\\u00a0\\u202f]+»`,
    note: 'A spaced closing guillemet stays with its sentence (French): "…son œuvre. » Le mécontentement…"',
  },
  {
    break: true,
    before: `[.!?…][\\s\\u00a0\\u202f]+»`,
    after: `\\s+['"“«„(]?[\\p{Lu}\\p{N}]`,
    note: 'and the sentence ends after it',
  },
  {
    break: true,
    before: `…${CLOSERS}`,
    after: `\\s+['"“«„(]?\\p{Lu}`,
    note: 'An ellipsis character before a capital ends a sentence, as "..." does: "and so on… The end."',
  },
];
