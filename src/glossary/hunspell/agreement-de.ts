import type { AgreeOptions } from './agree-term.js';
import { restoreCase } from '../restore-case.js';
import { keepGender, phraseRoles, type PhraseReading } from './agree-phrase.js';

const CASES = ['nomn', 'gent', 'datv', 'accs'] as const;

/**
 * Adjective endings → every reading they have after the definite article (weak), the
 * indefinite one (mixed) or none (strong); the gender last in the singular. A term is matched
 * whatever article the text puts before it, so an ending counts where any article allows it:
 * `Provisorischen Regierung` (weak dative or genitive), `Provisorischer Regierung` (strong),
 * never `-es` or `-em` with a feminine noun.
 */
const ADJECTIVE: Record<string, string[]> = {
  e: ['nomn sing m', 'nomn sing f', 'accs sing f', 'nomn sing n', 'accs sing n', 'nomn plur', 'accs plur'],
  en: ['accs sing m', 'datv sing m', 'gent sing m', 'datv sing f', 'gent sing f', 'datv sing n', 'gent sing n', 'nomn plur', 'accs plur', 'datv plur', 'gent plur'],
  er: ['nomn sing m', 'datv sing f', 'gent sing f', 'gent plur'],
  es: ['nomn sing n', 'accs sing n'],
  em: ['datv sing m', 'datv sing n'],
};
const ENDINGS = ['em', 'en', 'er', 'es', 'e'] as const;

const ALL = (n: string): string[] => CASES.map((c) => `${c} ${n}`);

/**
 * Read a German term for agreement: the adjectives and participles before the head noun (a
 * paradigm with all of -e, -en, -er, -es, -em) agree with it in case, number and gender by
 * {@link ADJECTIVE}; the words after the head stay as written (`Verband der Industrie`). The
 * head is the first capitalised word that is not an adjective, one form or more (`Staaten`).
 * The noun's readings come from its paradigm: the dictionary form is every singular case but
 * (masculine, neuter) the genitive, `-s`/`-es` the genitive, `-e` an old dative or the plural,
 * the plural plus `-n` the dative plural; a feminine noun (no genitive in `-s`) has one
 * singular and one plural form. The gender is read from a written adjective (`-er` masculine,
 * `-es` neuter) or from the noun (no `-s` genitive: feminine).
 *
 * @example combineAgreeing(w, s, c, readGermanPhrase(['Provisorische', 'Regierung'], c, lemma)) // includes `Provisorischen Regierungen`
 */
export function readGermanPhrase(written: readonly string[], choices: readonly string[][], lemmaOf: (word: string) => string | undefined, options: AgreeOptions = {}): PhraseReading {
  const bases = written.map((w, k) => adjectiveBase(w, (choices[k] as string[]).map((f) => f.toLowerCase()), lemmaOf));
  // An adjective takes the five endings on its stem (the dictionary may list `erster` apart, or add verb forms to a participle).
  const own = choices.map((forms, k) => (bases[k] === undefined ? forms : [forms[0] as string, ...ENDINGS.map((e) => restoreCase(written[k] as string, (bases[k] as string) + e))]));
  const lower = own.map((forms) => forms.map((f) => f.toLowerCase()));
  const adjectival = bases.map((b) => b !== undefined);
  const roles = phraseRoles(adjectival, own.map((c) => c.length), false, (k) => /^\p{Lu}/u.test(written[k] as string) && /^[\p{L}-]+$/u.test(written[k] as string));
  const head = roles.indexOf('head');
  const headForms = lower[head] ?? [];
  const headWritten = (written[head] ?? '').toLowerCase();
  const singular = head >= 0 && !adjectival[head] ? singularOf(headWritten, headForms, lemmaOf) : undefined;
  const writtenPlural = singular !== undefined && singular !== headWritten;
  const hasGenitive = singular !== undefined && headForms.some((f) => f === `${singular}s` || f === `${singular}es`);
  const shown = roles.flatMap((role, k) => (role === 'modifier' ? [ADJECTIVE[(written[k] as string).toLowerCase().slice((bases[k] as string).length)] ?? []] : []));
  const said = [...new Set(shown.flatMap((r) => r.filter((x) => x.startsWith('nomn sing ')).map((x) => x.split(' ')[2] as string)))];
  const fromNoun = hasGenitive ? ['m', 'n'] : ['f'];
  const sing = writtenPlural || said.length !== 1 ? fromNoun : said;
  const readings = roles.map((role, k) => {
    if (role === 'fixed' || role === 'tail') return undefined;
    const forms = lower[k] as string[];
    if (adjectival[k]) return forms.map((f) => (f.startsWith(bases[k] as string) ? keepGender(ADJECTIVE[f.slice((bases[k] as string).length)] ?? [], { sing, plur: [] }) : []));
    return forms.map((f) => nounReadings(f, singular ?? headWritten, forms, hasGenitive));
  });
  const numbers = options.number === 'singular' ? ['sing'] : options.number === 'plural' ? ['plur'] : ['sing', 'plur'];
  const slots = numbers.flatMap((n) => CASES.map((c) => ({ slot: `${c} ${n}`, tag: `${c} ${n}` })));
  return { readings, slots, writtenTag: `nomn ${writtenPlural ? 'plur' : 'sing'}`, choices: own };
}

/**
 * The stem an adjective's endings attach to (`Provisorische` → `provisorisch`), or undefined
 * when the word has not every ending (`Regierung`, a verb form).
 */
function adjectiveBase(asWritten: string, forms: readonly string[], lemmaOf: (word: string) => string | undefined): string | undefined {
  const written = asWritten.toLowerCase();
  for (const ending of ENDINGS) {
    if (!written.endsWith(ending)) continue;
    const base = written.slice(0, written.length - ending.length);
    if (base.length < 2) continue;
    if (ENDINGS.every((e) => forms.includes(base + e))) return base;
    // `Erster`: the dictionary lists `erster` with its own endings, and `erst` with `erste`, `ersten`, ….
    const stem = lemmaOf(base);
    if (stem !== undefined && stem.toLowerCase() === base && /^\p{Ll}/u.test(stem) && /^\p{Ll}/u.test(lemmaOf(asWritten) ?? '')) return base;
  }
  return undefined;
}

/** The singular of the head as written: itself, or the shorter word a plural ending was added to (`Dienste`, `Staaten`). */
function singularOf(written: string, forms: readonly string[], lemmaOf: (word: string) => string | undefined): string {
  for (const ending of ['en', 'er', 'e', 'n', 's']) {
    if (!written.endsWith(ending)) continue;
    const base = written.slice(0, written.length - ending.length);
    if (base.length < 3) continue;
    const capital = base.charAt(0).toUpperCase() + base.slice(1);
    if (forms.includes(base) || lemmaOf(capital)?.toLowerCase() === base) return base;
  }
  return written;
}

/** The readings of one form of the head noun by its paradigm. */
function nounReadings(form: string, singular: string, forms: readonly string[], hasGenitive: boolean): string[] {
  if (!hasGenitive) return form === singular ? ALL('sing') : ALL('plur');
  if (form === singular) return ['nomn sing', 'accs sing', 'datv sing'];
  if (form === `${singular}s` || form === `${singular}es`) return ['gent sing'];
  const out: string[] = form === `${singular}e` ? ['datv sing'] : [];
  // The dative plural adds -n to a plural that does not end in -n or -s (`Kriegen`).
  const dative = form.endsWith('n') && forms.includes(form.slice(0, -1));
  if (dative) return [...out, 'datv plur'];
  return [...out, 'nomn plur', 'accs plur', 'gent plur', ...(/[ns]$/u.test(form) || !forms.includes(`${form}n`) ? ['datv plur'] : [])];
}
