import { grammemesOf, inflectParse } from './az-morph.js';
import { CASES, NUMBERS, type NumberGrammeme, type TaggedForm } from './grammemes.js';
import { readTerm, type TermReading } from './read-term.js';
import { restoreCase, restoreYo, sameSpelling } from './restore-case.js';

/** The forms of a term, and what a human should check. */
export interface InflectedTerm {
  forms: TaggedForm[];
  review: string[];
  /**
   * Forms for a coordinated phrase with a shared noun: the first modifier singular, the rest of
   * the term plural (`Временного правительств` of `царского и Временного правительств`), each
   * with the singular form of the same case it stands for.
   */
  coordinated?: Array<{ form: string; singular: string }>;
}

/** How to inflect: `number` as the glossary entry says (`singular`: like OpenCorpora's `Sgtm`). */
export interface InflectOptions {
  number?: 'singular' | 'plural';
}

/**
 * Generate every case and number of a multi-word term with the `az` dictionary: adjectives and
 * participles before the head noun agree with it (`Первая мировая война` → `Первой мировой
 * войны`), everything after the head is frozen (`народный комиссар иностранных дел` →
 * `народным комиссаром иностранных дел`). Numbers: a plural head (`Соединенные Штаты`) yields
 * the six plural forms only; a proper name (a capital before or on the head: `Белый дом`,
 * `царская Россия`) or a singular-only noun (OpenCorpora `Sgtm`) the six singular forms; other
 * terms all twelve. The term as written is always the nominative form; forms follow its use of
 * ё. A word the dictionary does not know is read like known words with the same ending
 * (`Наркоминдел` → `Наркоминдела`, with a review note); one that nothing reads, a term without
 * a nominative head noun, or one whose readings do not give it back as written yields the term
 * as written plus a review note.
 * Call `loadMorphology()` first.
 *
 * Coordinated forms (`coordinated`): for a term with a modifier before a singular common-noun
 * head, the first modifier singular and the rest plural, for `царского и Временного правительств`.
 *
 * @param term the approved (or forbidden) rendering, nominative
 * @param options `number: 'singular'` for a singular-only noun OpenCorpora does not mark `Sgtm` (`ленд-лиз`), `plural` for plural only
 * @example inflectTerm('вербальная нота').forms.length // 12
 */
export function inflectTerm(term: string, options: InflectOptions = {}): InflectedTerm {
  const { reading, review: why } = readTerm(term);
  if (!reading) return { forms: [{ form: term, tag: 'nomn' }], review: why ? [why] : [] };
  const review: string[] = reading.guessed.map((word) => `\`${word}\` is not in the dictionary: declined like known words ending the same (check the forms)`);
  const forms: TaggedForm[] = [];
  for (const number of numbersOf(term, reading, options)) {
    for (const gcase of CASES) {
      const form = inflectReading(reading, gcase, number);
      if (typeof form !== 'string') {
        // A singular noun the dictionary has no plural of is singular-only: nothing to review.
        if (number === reading.number) review.push(`cannot inflect \`${form.failed}\` to ${gcase} ${number} in \`${term}\``);
        continue;
      }
      forms.push({ form: restoreYo(term, form), tag: `${gcase} ${number}` });
    }
  }
  const nominative = forms.find((f) => f.tag === `nomn ${reading.number}`);
  if (!nominative || !sameSpelling(nominative.form, term)) {
    return { forms: [{ form: term, tag: 'nomn' }], review: [`the dictionary does not give \`${term}\` back as written (\`${nominative?.form ?? '?'}\`): only the term as written will match`] };
  }
  nominative.form = term;
  const coordinated = options.number === 'singular' ? [] : coordinatedForms(term, reading, forms);
  return coordinated.length > 0 ? { forms, review, coordinated } : { forms, review };
}

/**
 * `царского и Временного правительств`, `Первой и Второй мировых войн`: a term with a modifier
 * before a singular head, coordinated with another one, keeps its first modifier singular and
 * puts the rest in the plural. One form per case the head has a plural for (none for `Sgtm`).
 */
function coordinatedForms(term: string, reading: TermReading, forms: readonly TaggedForm[]): Array<{ form: string; singular: string }> {
  // Only a common-noun head is shared (`правительств`, `войн`); a name's head (`Дальний Восток`, `Советский Союз`) is not.
  if (reading.number !== 'sing' || reading.modifiers.length === 0 || /^\p{Lu}/u.test(reading.head.word.text) || grammemesOf(reading.head.parse.tag).has('Sgtm')) return [];
  const out: Array<{ form: string; singular: string }> = [];
  const taken = new Set(forms.map((f) => f.form));
  for (const gcase of CASES) {
    const singular = forms.find((f) => f.tag === `${gcase} sing`)?.form;
    const form = inflectReading(reading, gcase, 'plur', 1);
    if (singular === undefined || typeof form !== 'string') continue;
    const written = restoreYo(term, form);
    if (!taken.has(written) && !out.some((c) => c.form === written)) out.push({ form: written, singular });
  }
  return out;
}

/** The numbers a term has: as written when plural, singular only for names and singularia tantum. */
function numbersOf(term: string, reading: TermReading, options: InflectOptions): readonly NumberGrammeme[] {
  if (options.number === 'singular') return ['sing'];
  if (options.number === 'plural') return ['plur'];
  const head = grammemesOf(reading.head.parse.tag);
  if (reading.number === 'plur' || head.has('Pltm')) return ['plur'];
  const upToHead = [...reading.modifiers.map((m) => m.word), reading.head.word];
  if (head.has('Sgtm') || upToHead.some((w) => /^\p{Lu}/u.test(w.text))) return ['sing'];
  return NUMBERS;
}

/**
 * One case and number of the term, or the word that has no such form. The first `singularLead`
 * modifiers stay singular (a coordinated conjunct: `Временного` of `царского и Временного правительств`).
 */
function inflectReading(reading: TermReading, gcase: string, number: NumberGrammeme, singularLead = 0): string | { failed: string } {
  const { head, modifiers, tail } = reading;
  const gender = head.parse.tag.GNdr;
  const animacy = head.parse.tag.ANim;
  const agreeIn = (n: NumberGrammeme) => [...(n === 'sing' && gender ? [gender] : []), ...(gcase === 'accs' && animacy ? [animacy] : [])];
  let text = '';
  for (const [m, { word, parse }] of modifiers.entries()) {
    const own: NumberGrammeme = m < singularLead ? 'sing' : number;
    const form = inflectParse(parse, [gcase, own], agreeIn(own));
    if (form === undefined) return { failed: word.text };
    text += word.prefix + restoreCase(word.stem, form) + word.after;
  }
  const headForm = inflectParse(head.parse, [gcase, number]);
  if (headForm === undefined) return { failed: head.word.text };
  return text + head.word.prefix + restoreCase(head.word.stem, headForm) + head.word.after + tail;
}
