/** Endings → readings (`ej` → `['gent sing f', …]`); `''` is the zero ending of a consonant-final form. */
export type EndingTable = Record<string, string[]>;

/**
 * The readings of a form by its longest listed ending (up to four letters, never the whole
 * form); a form ending in a consonant and matching no ending has the zero ending `''`.
 *
 * @param table endings → readings
 * @param form the form, lower case
 * @param vowel what a vowel-final form looks like (such a form has no zero ending)
 * @example readByEnding({ ami: ['ablt plur'] }, 'notami', /[aeiouy]$/u) // ['ablt plur']
 */
export function readByEnding(table: EndingTable, form: string, vowel: RegExp): string[] {
  for (let length = Math.min(4, form.length - 1); length >= 1; length--) {
    const found = table[form.slice(form.length - length)];
    if (found) return found;
  }
  return vowel.test(form) ? [] : (table[''] ?? []);
}
