import type { AgreeOptions } from './agree-term.js';
import { keepGender, type PhraseReading } from './agree-phrase.js';

/** Words that end the agreeing part of a French term: what follows them stays as written (`base de code`). */
const FUNCTION_WORDS = new Set(['de', 'du', 'des', 'd', 'à', 'au', 'aux', 'en', 'pour', 'par', 'sur', 'sous', 'avec', 'sans', 'et', 'ou', 'entre', 'contre', 'le', 'la', 'les', 'l']);

/**
 * Read a French term for agreement (no cases: gender and number only): the words up to the
 * first preposition or article agree in number (`note verbale` → `notes verbales`, never
 * `notes verbale` or `note verbales`), adjectives before or after the noun alike; the words
 * from the preposition on stay as written (`bases de code`). A word whose paradigm changes for
 * gender (`verbal`/`verbale`, `nouveau`/`nouvelle`) agrees in gender too, the term's gender
 * being the one its written forms share (`note verbale`: feminine, so never `note verbal`).
 * A form's number: plural when it adds -s/-x to another form of the word or ends in -aux;
 * both when the word ends in -s/-x/-z as written (`processus`). Forms carry no case tags.
 *
 * @example combineAgreeing(w, s, c, readFrenchPhrase(['note', 'verbale'], c, lemma)).map((f) => f.form) // ['note verbale', 'notes verbales']
 */
export function readFrenchPhrase(written: readonly string[], choices: readonly string[][], lemmaOf: (word: string) => string | undefined, options: AgreeOptions = {}): PhraseReading {
  const stop = written.findIndex((w) => FUNCTION_WORDS.has(w.toLowerCase().replace(/['’]$/u, '')) || /['’]/u.test(w));
  const agreeing = (k: number): boolean => (stop < 0 || k < stop) && (choices[k] as string[]).length > 1;
  const lemmas = written.map((w) => (lemmaOf(w) ?? w).toLowerCase());
  const read = choices.map((forms, k) => forms.map((f) => readingsOf(f.toLowerCase(), lemmas[k] as string, forms.map((x) => x.toLowerCase()))));
  const gendered = read.map((r) => r.some((x) => x.some((y) => y.endsWith(' f'))) && r.some((x) => x.some((y) => y.endsWith(' m'))));
  let genders = ['m', 'f'];
  written.forEach((_, k) => {
    if (!agreeing(k) || !gendered[k]) return;
    const own = new Set((read[k]?.[0] ?? []).map((r) => r.split(' ')[1]));
    genders = genders.filter((g) => own.has(g));
  });
  // A word whose paradigm has one gender (`loi`, `gouvernement`) agrees in number only.
  const readings = written.map((_, k) => (agreeing(k) ? (read[k] as string[][]).map((r) => (gendered[k] ? keepGender(r, { sing: genders, plur: genders }) : [...new Set(r.map((x) => x.split(' ')[0] as string))])) : undefined));
  const numbers = options.number === 'singular' ? ['sing'] : options.number === 'plural' ? ['plur'] : ['sing', 'plur'];
  return { readings, slots: numbers.map((n) => ({ slot: n, tag: '' })), writtenTag: '' };
}

/** The number and gender readings of one form (`verbales` → `plur f`; `note` → `sing m`, `sing f`). */
function readingsOf(form: string, lemma: string, forms: readonly string[]): string[] {
  const invariable = /[sxz]$/u.test(lemma);
  const plural = !invariable && (/aux$/u.test(form) || (/[sx]$/u.test(form) && forms.includes(form.slice(0, -1))));
  const numbers = invariable && form === lemma ? ['sing', 'plur'] : plural ? ['plur'] : ['sing'];
  const singular = plural && !form.endsWith('aux') ? form.slice(0, -1) : form;
  // Feminine: an -e the masculine (the dictionary form) has not; a dictionary form in -e is both.
  const genders = lemma.endsWith('e') ? ['m', 'f'] : singular.endsWith('e') ? ['f'] : ['m'];
  return numbers.flatMap((n) => genders.map((g) => `${n} ${g}`));
}
