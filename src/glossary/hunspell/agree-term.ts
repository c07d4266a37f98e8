import type { TaggedForm } from '../grammemes.js';
import { readEnding, type AgreementTable, type NounClass } from './agreement-data.js';
import { fitsSlot } from './fits-slot.js';

/** Cases in the order of the forms file. */
const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;

/** What to generate: a term (modifiers agree with the head, the words after it stay) or a person (every word agrees). */
export interface AgreeOptions {
  kind?: 'term' | 'person';
  /** Only singular or only plural forms (the glossary's `number`); persons are singular. */
  number?: 'singular' | 'plural';
  /** Persons: decides the readings of adjectival surnames. */
  gender?: 'male' | 'female';
}

/** Agreeing forms of a term, each with its reading, and the coordinated forms with a shared noun. */
export interface AgreedTerm {
  forms: TaggedForm[];
  coordinated: Array<{ form: string; singular: string }>;
}

type Role = 'modifier' | 'head' | 'fixed' | 'tail';

/**
 * Combine the forms of a term's words only where they agree in case and number (and, in the
 * singular, where the adjectives have the term's gender): every form's reading comes from its
 * ending (`agreement-data.ts`), no combination is enumerated beyond one case at a time, so a
 * term of any length stays small. The leading adjectives are modifiers, the first other word is
 * the head, the words after it stay as written (`угода про торговельні відносини`); in a
 * person every word declines (`Сергія Мироновича Кірова`). A word with one form (an initial,
 * an indeclinable name) fits every case. The term as written is the nominative. A term with a
 * capital on or before its head is a proper name: only the number it is written in
 * (`Сполучені Штати`, `Велика депресія`); a common noun gets both (`сторонні служби` →
 * `сторонньої служби`) unless the glossary gives `number`. Coordinated forms (first modifier singular, the rest and the head plural:
 * `Тимчасового урядів`) are returned for a common-noun head with a modifier.
 *
 * @param written the words as written (separators excluded)
 * @param separators the text after each word (`' '`, `'\u00A0'`, `''` after the last)
 * @param choices the spellings of each word, the word as written first
 * @example agreeTerm(['Перша', 'світова', 'війна'], [' ', ' ', ''], choices, agreementTable('uk')!).forms.some((f) => f.form === 'Першої світової війни') // true
 */
export function agreeTerm(written: string[], separators: string[], choices: string[][], table: AgreementTable, options: AgreeOptions = {}): AgreedTerm {
  const adjectival = choices.map((forms) => forms.length > 1 && forms.some((f) => f.toLowerCase().endsWith(table.adjectiveMark)));
  const roles = rolesOf(choices, adjectival, options.kind ?? 'term');
  const head = roles.indexOf('head');
  const firstModifier = roles.indexOf('modifier');
  const adjectives = choices.map((forms) => adjectiveTable(table, forms));
  const gender = options.kind === 'person' ? (options.gender === 'female' ? 'f' : 'm') : (genderOf(adjectives[firstModifier], written[firstModifier]) ?? (head >= 0 ? genderOfNoun(written[head] as string, choices[head] as string[]) : undefined));
  const classes = written.map((word, k) => (options.kind === 'person' && gender === 'm' && !/[ая]$/iu.test(word) ? 'm-person' : classOf(word, gender, choices[k] as string[])));
  const writtenPlural = roles.some((role, k) => (role === 'modifier' || role === 'head') && isWrittenPlural(table, adjectival[k] ? adjectives[k] : undefined, written[k] as string, classes[k] as NounClass));
  const proper = options.kind === 'person' || written.slice(0, head < 0 ? written.length : head + 1).some((w) => /^\p{Lu}/u.test(w));
  // A proper name has one number, the one it is written in (`Сполучені Штати`, `Перша світова війна`); a common noun both.
  const number = options.number ?? (proper ? (writtenPlural ? 'plural' : 'singular') : undefined);
  const readings = choices.map((forms, k) => forms.map((form) => readingsOf(table, roles[k] as Role, adjectival[k] ? adjectives[k] : undefined, form, written[k] as string, classes[k] as NounClass, gender, writtenPlural)));
  const pick = (k: number, slot: string): string[] => {
    const role = roles[k] as Role;
    if (role === 'fixed' || role === 'tail') return [written[k] as string];
    return (choices[k] as string[]).filter((_, i) => fitsSlot((readings[k] as string[][])[i] ?? [], slot));
  };
  const join = (slotOf: (k: number) => string): string[] => {
    let out = [''];
    for (let k = 0; k < written.length; k++) {
      const options = pick(k, slotOf(k));
      out = out.flatMap((headText) => options.map((word) => headText + word + (separators[k] ?? '')));
    }
    return out;
  };
  const forms: TaggedForm[] = [{ form: written.map((w, k) => w + (separators[k] ?? '')).join(''), tag: `nomn ${writtenPlural ? 'plur' : 'sing'}` }];
  const numbers = number === 'singular' ? ['sing'] : number === 'plural' ? ['plur'] : ['sing', 'plur'];
  for (const n of numbers) {
    for (const c of CASES) {
      // The accusative is like the nominative (inanimate) or like the genitive (animate), the same for every word.
      const slots = c === 'accs' ? [`accs ${n} nomn`, `accs ${n} gent`] : [`${c} ${n}`];
      for (const slot of slots) for (const form of join(() => slot)) forms.push({ form, tag: `${c} ${n}` });
    }
  }
  // A lone word keeps the forms its ending does not read (vocatives, variants), unless they are of the other number only.
  if (written.length === 1) {
    for (const [i, form] of (choices[0] as string[]).entries()) if ((readings[0] as string[][])[i]?.length === 0) forms.push({ form, tag: '' });
  }
  const coordinated: AgreedTerm['coordinated'] = [];
  if (options.kind !== 'person' && options.number !== 'singular' && firstModifier >= 0 && head > firstModifier && roles[head] === 'head' && !/^\p{Lu}/u.test(written[head] as string) && !writtenPlural) {
    for (const c of CASES) {
      const [form] = join((k) => (k === firstModifier || roles[k] !== 'modifier' && roles[k] !== 'head' ? `${c} sing` : `${c} plur`));
      const [singular] = join(() => `${c} sing`);
      if (form && singular) coordinated.push({ form, singular });
    }
  }
  return { forms, coordinated };
}

/** Modifiers (leading adjectives), the head (the first other word), the tail; persons decline every word. */
function rolesOf(choices: string[][], adjectival: boolean[], kind: 'term' | 'person'): Role[] {
  let headSeen = false;
  return choices.map((forms, k) => {
    if (headSeen && kind === 'term') return 'tail';
    if (forms.length <= 1) return 'fixed';
    if (adjectival[k] && kind === 'term') return 'modifier';
    headSeen = true;
    return 'head';
  });
}

/** The gender of a nominative singular adjective (`перша` → f), or undefined (plural, no modifier). */
function genderOf(adjective: Record<string, string[]> | undefined, written: string | undefined): 'm' | 'f' | 'n' | undefined {
  if (adjective === undefined || written === undefined) return undefined;
  const nominative = readEnding(adjective, written).find((r) => r.startsWith('nomn sing'));
  return nominative?.split(' ')[2] as 'm' | 'f' | 'n' | undefined;
}

/** The gender of a noun by its paradigm: an instrumental in -ою/-ею/-єю is feminine (`служби` → `службою`). */
function genderOfNoun(written: string, forms: readonly string[]): 'm' | 'f' | 'n' {
  if (forms.some((f) => /(?:ою|ею|єю)$/iu.test(f))) return 'f';
  return /[оеє]$/iu.test(written) ? 'n' : 'm';
}

/** The adjective endings of a word by its paradigm: soft stems (`-нього`: `сторонній`) or hard. */
function adjectiveTable(table: AgreementTable, forms: readonly string[]): Record<string, string[]> {
  return forms.some((f) => /(?:ь|й)ого$/iu.test(f)) ? table.adjective.soft : table.adjective.hard;
}

/** The declension class of a noun by its nominative ending, its paradigm and the term's gender. */
function classOf(word: string, gender: string | undefined, forms: readonly string[]): NounClass {
  const lower = word.toLowerCase();
  const g = gender ?? genderOfNoun(word, forms);
  if (g === 'n') return 'n';
  if (g === 'f') {
    if (!forms.some((f) => /[ая]$/iu.test(f))) return 'z';
    return forms.some((f) => /(?:ею|єю)$/iu.test(f)) || /я$/u.test(lower) ? 'a-soft' : 'a';
  }
  if (/[ая]$/u.test(lower)) return /(?:я|[жчшщ]а)$/u.test(lower) ? 'a-soft' : 'a';
  return /[ьйжчшщ]$/u.test(lower) ? 'm-soft' : 'm';
}

function isWrittenPlural(table: AgreementTable, adjective: Record<string, string[]> | undefined, word: string, nounClass: NounClass): boolean {
  const read = readEnding(adjective ?? table.nouns[nounClass], word);
  return read.some((r) => r.startsWith('nomn plur')) && !read.some((r) => r.startsWith('nomn sing'));
}

/** The readings (`gent sing`) of one form of a word in the term. */
function readingsOf(table: AgreementTable, role: Role, adjective: Record<string, string[]> | undefined, form: string, written: string, nounClass: NounClass, gender: string | undefined, writtenPlural: boolean): string[] {
  if (role === 'fixed' || role === 'tail') return [];
  const out = new Set<string>();
  // The term as written is the nominative (`півострів`, whatever its ending says); an inanimate noun's accusative too.
  if (form.toLowerCase() === written.toLowerCase()) {
    const n = writtenPlural ? 'plur' : 'sing';
    out.add(`nomn ${n}`);
    if (!adjective && !nounClass.startsWith('a') && nounClass !== 'm-person') out.add(`accs ${n}`);
  }
  for (const r of readEnding(adjective ?? table.nouns[nounClass], form)) {
    const [c, n, g] = r.split(' ');
    if (g !== undefined && gender !== undefined && g !== gender) continue;
    out.add(`${c} ${n}`);
  }
  return [...out];
}
