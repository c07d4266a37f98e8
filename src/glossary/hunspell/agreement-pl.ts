import type { AgreeOptions } from './agree-term.js';
import { keepGender, phraseRoles, type PhraseReading } from './agree-phrase.js';
import { readByEnding, type EndingTable } from './read-by-ending.js';

/** Polish cases, the vocative included. */
const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct', 'voct'] as const;

/** Adjective (participle, adjectival surname) endings → readings; the gender last: `m`/`f`/`n`, in the plural `vir` (men) / `nv`. */
const ADJECTIVE: EndingTable = {
  ego: ['gent sing m', 'gent sing n', 'accs sing m'],
  emu: ['datv sing m', 'datv sing n'],
  ym: ['ablt sing m', 'ablt sing n', 'loct sing m', 'loct sing n', 'datv plur'],
  im: ['ablt sing m', 'ablt sing n', 'loct sing m', 'loct sing n', 'datv plur'],
  ej: ['gent sing f', 'datv sing f', 'loct sing f'],
  ą: ['accs sing f', 'ablt sing f'],
  a: ['nomn sing f', 'voct sing f'],
  e: ['nomn sing n', 'accs sing n', 'voct sing n', 'nomn plur nv', 'accs plur nv', 'voct plur nv'],
  ych: ['gent plur', 'loct plur', 'accs plur vir'],
  ich: ['gent plur', 'loct plur', 'accs plur vir'],
  ymi: ['ablt plur'],
  imi: ['ablt plur'],
};
/** The -y/-i form the -ego form is made from (`werbalny`, `polski`, `wspierający`). */
const ADJECTIVE_MASCULINE = ['nomn sing m', 'accs sing m', 'voct sing m'];
/** Any other -y/-i form: men in the plural (`werbalni`, `polscy`). */
const ADJECTIVE_VIRILE = ['nomn plur vir', 'voct plur vir'];

const PLURAL: EndingTable = { om: ['datv plur'], ami: ['ablt plur'], mi: ['ablt plur'], ach: ['loct plur'] };

/**
 * Noun endings by declension class (the dictionary form is read apart, see `LEMMA`):
 * `a-hard` `nota`, `usługa`; `a-soft` `konferencja`, `ulica`; `f-cons` `zależność`, `noc`;
 * `n` `miasto`, `pole`, `muzeum`; `m` `rząd`, `system`; `m-soft` `klucz`, `kraj`.
 */
type NounClass = 'a-hard' | 'a-soft' | 'f-cons' | 'n' | 'm' | 'm-soft';

const NOUNS: Record<NounClass, EndingTable> = {
  'a-hard': {
    ...PLURAL, o: ['voct sing'], ę: ['accs sing'], ą: ['ablt sing'], e: ['datv sing', 'loct sing'],
    y: ['gent sing', 'nomn plur', 'accs plur', 'voct plur'], i: ['gent sing', 'nomn plur', 'accs plur', 'voct plur'], '': ['gent plur'],
  },
  'a-soft': {
    ...PLURAL, o: ['voct sing'], ę: ['accs sing'], ą: ['ablt sing'], e: ['nomn plur', 'accs plur', 'voct plur'],
    y: ['gent sing', 'datv sing', 'loct sing'], i: ['gent sing', 'datv sing', 'loct sing'], '': ['gent plur'], yj: ['gent plur'], ij: ['gent plur'],
  },
  'f-cons': {
    ...PLURAL, ą: ['ablt sing'], e: ['nomn plur', 'accs plur', 'voct plur'],
    i: ['gent sing', 'datv sing', 'loct sing', 'voct sing', 'nomn plur', 'accs plur', 'voct plur', 'gent plur'],
    y: ['gent sing', 'datv sing', 'loct sing', 'voct sing', 'nomn plur', 'accs plur', 'voct plur', 'gent plur'],
  },
  n: {
    ...PLURAL, a: ['gent sing', 'nomn plur', 'accs plur', 'voct plur'], u: ['datv sing', 'loct sing'], em: ['ablt sing'],
    e: ['loct sing'], '': ['gent plur'], ów: ['gent plur'],
  },
  m: {
    ...PLURAL, a: ['gent sing', 'accs sing'], u: ['gent sing', 'loct sing', 'voct sing'], owi: ['datv sing'], em: ['ablt sing'],
    e: ['loct sing', 'voct sing'], y: ['nomn plur', 'accs plur', 'voct plur'], i: ['nomn plur', 'accs plur', 'voct plur'], owie: ['nomn plur', 'voct plur'], ów: ['gent plur'],
  },
  'm-soft': {
    ...PLURAL, a: ['gent sing', 'accs sing'], u: ['gent sing', 'loct sing', 'voct sing'], owi: ['datv sing'], em: ['ablt sing'],
    e: ['nomn plur', 'accs plur', 'voct plur'], y: ['gent plur'], i: ['gent plur'], owie: ['nomn plur', 'voct plur'], ów: ['gent plur'],
  },
};

/** The readings of the dictionary form (nominative singular) by class; `-um` neuters do not decline in the singular. */
const LEMMA: Record<NounClass, string[]> = {
  'a-hard': ['nomn sing'], 'a-soft': ['nomn sing'], 'f-cons': ['nomn sing', 'accs sing'],
  n: ['nomn sing', 'accs sing', 'voct sing'], m: ['nomn sing', 'accs sing'], 'm-soft': ['nomn sing', 'accs sing'],
};

const VOWEL = /[aąeęioóuy]$/u;

/**
 * Read a Polish term for agreement: adjectives and participles (a paradigm with -ej, -ymi and
 * -ych forms, or with -ego and -emu: `nowa`, `Śródziemne` are listed so) before or after the head agree with it in case, number and gender (`noty
 * werbalnej`, `notami werbalnymi`, never `notami werbalnej`); a noun after the head, an
 * adjective there that does not agree with it as written (`baza danych`) and what follows stay
 * as written (`źródła kodu`, `bazy danych`). The gender comes from a written adjective (`-a`
 * feminine, `-e` neuter, else masculine) or from the noun; men in the plural (`vir`: `nowi
 * studenci`) from a written adjective or the noun's paradigm (`studenci`, `urzędnicy`). Both
 * numbers unless the glossary gives `number`; a masculine accusative is like the nominative or
 * like the genitive for every word at once.
 *
 * @param written the words as written
 * @param choices each word's spellings, the written one first
 * @param lemmaOf the dictionary form of a written word (`usługi` → `usługa`), if known
 * @example combineAgreeing(w, s, c, readPolishPhrase(['nota', 'werbalna'], c, lemma)) // includes `notami werbalnymi`
 */
export function readPolishPhrase(written: readonly string[], choices: readonly string[][], lemmaOf: (word: string) => string | undefined, options: AgreeOptions = {}): PhraseReading {
  const lower = choices.map((forms) => forms.map((f) => f.toLowerCase()));
  const adjectival = lower.map((forms) => forms.length > 1 && (['ej', 'ymi|imi', 'ych|ich'].every((e) => forms.some((f) => new RegExp(`(?:${e})$`, 'u').test(f))) || (forms.some((f) => f.endsWith('ego')) && forms.some((f) => f.endsWith('emu')))));
  const roles = phraseRoles(adjectival, choices.map((c) => c.length), true);
  const head = roles.indexOf('head');
  const headLemma = head >= 0 && !adjectival[head] ? (lemmaOf(written[head] as string) ?? (written[head] as string)).toLowerCase() : undefined;
  const nounClass = headLemma !== undefined ? classOf(headLemma, lower[head] as string[]) : undefined;
  const writtenPlural = headLemma !== undefined ? headLemma !== (written[head] as string).toLowerCase() : false;
  const shown = roles.flatMap((role, k) => (adjectival[k] && role !== 'tail' && role !== 'fixed' ? [adjectiveReadings((written[k] as string).toLowerCase(), lower[k] as string[])] : []));
  const said = (n: string): string[] => [...new Set(shown.flatMap((r) => r.filter((x) => x.startsWith(`nomn ${n} `)).map((x) => x.split(' ')[2] as string)))];
  const sing = writtenPlural || said('sing').length !== 1 ? [genderOfClass(nounClass)] : said('sing');
  const plur = writtenPlural && said('plur').length > 0 ? said('plur') : virilityOf(sing[0] as string, headLemma, lower[head] ?? []);
  const genders = { sing, plur };
  const readings = roles.map((role, k) => {
    if (role === 'fixed' || role === 'tail') return undefined;
    const forms = lower[k] as string[];
    if (adjectival[k]) return forms.map((f) => keepGender(adjectiveReadings(f, forms), genders));
    return forms.map((f) => nounReadings(f, headLemma ?? '', nounClass ?? 'm', plur));
  });
  // An adjective after the head that does not agree with it as written is a complement (`baza danych`): it and what follows stay.
  const cut = roles.findIndex((role, k) => role === 'post' && !(readings[k]?.[0] ?? []).some((r) => (readings[head]?.[0] ?? []).includes(r)));
  if (cut >= 0) for (let k = cut; k < readings.length; k++) readings[k] = undefined;
  const numbers = options.number === 'singular' ? ['sing'] : options.number === 'plural' ? ['plur'] : ['sing', 'plur'];
  const slots = numbers.flatMap((n) => CASES.flatMap((c) => (c === 'accs' ? [`accs ${n} nomn`, `accs ${n} gent`] : [`${c} ${n}`]).map((slot) => ({ slot, tag: `${c} ${n}` }))));
  return { readings, slots, writtenTag: `nomn ${writtenPlural ? 'plur' : 'sing'}` };
}

/** The readings of one adjective form; the -y/-i forms by whether the -ego form is made from them. */
function adjectiveReadings(form: string, forms: readonly string[]): string[] {
  const read = readByEnding(ADJECTIVE, form, VOWEL);
  if (read.length > 0 || !/[yi]$/u.test(form)) return read;
  const masculine = (f: string): boolean => forms.includes(f.endsWith('y') ? `${f.slice(0, -1)}ego` : `${f}ego`);
  if (!masculine(form)) return ADJECTIVE_VIRILE;
  // `wspierający` is also the men's plural when no other -y/-i form is (`werbalni` is).
  const virile = forms.some((f) => /[yi]$/u.test(f) && !/[yi]mi$/u.test(f) && !masculine(f));
  return virile ? ADJECTIVE_MASCULINE : [...ADJECTIVE_MASCULINE, ...ADJECTIVE_VIRILE];
}

/** The readings of one noun form: the dictionary form by its class, the others by their endings. */
function nounReadings(form: string, lemma: string, nounClass: NounClass, plur: readonly string[]): string[] {
  if (form === lemma) return nounClass === 'n' && lemma.endsWith('um') ? CASES.map((c) => `${c} sing`) : LEMMA[nounClass];
  let read = readByEnding(NOUNS[nounClass], form, VOWEL);
  // -ja/-ia nouns: -i is the genitive plural too (`konferencji`).
  if (nounClass === 'a-soft' && /[ij]a$/u.test(lemma) && form.endsWith('i')) read = [...read, 'gent plur'];
  // The locative (and masculine vocative) in -u only after k, g, ch and soft stems (`roku`, `kluczu`, `polu`; `rządzie`, `źródle`).
  if (form.endsWith('u') && !form.endsWith('owu') && (nounClass === 'm' || nounClass === 'n') && !/(?:k|g|ch|[eę])$/u.test(nounClass === 'n' ? lemma.replace(/o$/u, '') || lemma : lemma)) read = read.filter((r) => r !== 'loct sing' && r !== 'voct sing');
  if (!nounClass.startsWith('m')) return read;
  // Men: the accusative plural is the genitive (`nowych studentów`), else the nominative.
  const out = new Set<string>();
  for (const r of read) {
    if (r === 'accs plur' && !plur.includes('nv')) continue;
    out.add(r);
    if (r === 'gent plur' && plur.includes('vir')) out.add('accs plur');
  }
  return [...out];
}

/** The declension class of a noun by its dictionary form and paradigm (an instrumental in -ą: a feminine noun). */
function classOf(lemma: string, forms: readonly string[]): NounClass {
  if (lemma.endsWith('a')) return /(?:[ijlc]|cz|sz|rz|ż|dz|dż)a$/u.test(lemma) ? 'a-soft' : 'a-hard';
  if (/(?:[oeę]|um)$/u.test(lemma)) return 'n';
  if (forms.some((f) => f.endsWith('ą'))) return 'f-cons';
  return /(?:[ńćśźjlcż]|cz|sz|rz|dz)$/u.test(lemma) ? 'm-soft' : 'm';
}

function genderOfClass(nounClass: NounClass | undefined): string {
  if (nounClass === undefined) return 'm';
  return nounClass === 'n' ? 'n' : nounClass.startsWith('m') ? 'm' : 'f';
}

/**
 * Men in the plural (`vir`) or not (`nv`): masculine nouns whose paradigm has a men's plural
 * (`studenci`, `Polacy`, `ambasadorzy`) or only -owie (`ministrowie`, not `kraje`/`krajowie`).
 */
function virilityOf(gender: string, lemma: string | undefined, forms: readonly string[]): string[] {
  if (gender !== 'm' || lemma === undefined) return ['nv'];
  const men = !/(?:c|dz)$/u.test(lemma) && forms.some((f) => /(?:cy|dzy|rzy|ci|dzi)$/u.test(f));
  const owie = forms.some((f) => f.endsWith('owie')) && !forms.some((f) => f !== lemma && f.endsWith('e') && !f.endsWith('ie') && f.startsWith(lemma));
  return men || owie ? ['vir'] : ['nv'];
}
