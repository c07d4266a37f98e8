import type { Hunspell } from './load-hunspell.js';
import type { MorphologyProfile } from './morphology-profiles.js';
import { applySuffix, lemmasOf, paradigmOf, type Lemma } from './word-paradigm.js';

/** The forms of one written word, and how they were found. */
export interface WordForms {
  /** Lower-case forms, the written word (lower-cased) first. */
  forms: string[];
  /** `dictionary`: from the word's own entry; `guessed`: from a known word with the same ending; `unknown`: only as written. */
  source: 'dictionary' | 'guessed' | 'unknown';
  /** For guesses: the known word whose paradigm was borrowed. */
  model?: string;
}

/**
 * The inflected forms of one word from a Hunspell dictionary. A word the dictionary lists is
 * expanded through all its suffix flags but the profile's derivations; a form of a listed word
 * (`вербальна` → `вербальний`, `notes` → `note`) through its dictionary word's flags when the
 * ending is short, else (a derived word: `Regierung` ← `regieren`) through the one rule group
 * that made it. A word the dictionary does not know borrows the flags of the known word that
 * shares its longest ending (at least three letters): `Наркоминдел` declines like `отдел`. A word
 * listed without flags takes the other flagless forms listed for it (`Кіров` → `Кірова`, `Кірову`)
 * or, with none, the forms of the flagged word it is a form of (`друга` → `другий`).
 *
 * @param dict a loaded dictionary
 * @param word the word as written
 * @param profile the language's profile
 * @example wordForms(pl, 'werbalna', morphologyProfile('pl')).forms.includes('werbalnej') // true
 */
export function wordForms(dict: Hunspell, word: string, profile: MorphologyProfile): WordForms {
  const written = word.toLowerCase();
  const skip = new Set(profile.derive);
  const lemmas = usable(dict, lemmasOf(dict, word));
  if (lemmas.length > 0 && lemmas.every((l) => l.flags.length === 0)) {
    const listed = /^\p{Lu}/u.test(word) ? listedForms(dict, word, profile) : [];
    // No other form listed (`Друга`, a name): the word is a form of a flagged word (`другий`).
    const derived = listed.length === 0 ? usable(dict, lemmasOf(dict, word, { listed: false })) : [];
    const forms = new Set<string>([written, ...listed]);
    for (const lemma of derived) for (const form of formsFrom(dict, lemma, word, skip, profile)) forms.add(form.toLowerCase());
    return { forms: [...forms], source: 'dictionary' };
  }
  if (lemmas.length > 0) {
    const forms = new Set<string>([written]);
    for (const lemma of lemmas) for (const form of formsFrom(dict, lemma, word, skip, profile)) forms.add(form.toLowerCase());
    return { forms: [...forms], source: 'dictionary' };
  }
  const model = guessModel(dict, written, skip);
  if (!model) return { forms: [written], source: 'unknown' };
  const forms = new Set<string>([written, ...paradigmOf(dict, { stem: written, flags: model.flags }, skip).map((f) => f.toLowerCase())]);
  return { forms: [...forms], source: 'guessed', model: model.stem };
}

/**
 * The forms of a proper name the dictionary lists one by one, without flags (dict_uk lists
 * `Кіров`, `Кірова`, `Кірову`, `Кіровим`, `Кірові` and `Архангельськ`, `Архангельська`, … so):
 * the other flagless entries that are the name (less a final vowel) plus an ending of at most
 * the profile's inflection length (`Кіровськ`, three letters more, is another word).
 */
function listedForms(dict: Hunspell, word: string, profile: MorphologyProfile): string[] {
  const base = /[аеєиіїоуюяь]$/iu.test(word) ? word.slice(0, -1) : word;
  const out: string[] = [];
  for (const [known, sets] of dict.words) {
    if (known === word || !known.startsWith(base) || known.length - base.length > profile.maxInflectionEnding || known.length === base.length) continue;
    if (sets.every((flags) => flags.length === 0)) out.push(known.toLowerCase());
  }
  return out;
}

/** Entries that stand alone: not compound-only parts or forbidden words (German lists both). */
function usable(dict: Hunspell, lemmas: Lemma[]): Lemma[] {
  const { onlyInCompound, forbiddenWord } = dict.aff;
  return lemmas.filter((l) => !l.flags.some((f) => f === onlyInCompound || f === forbiddenWord));
}

/** The forms of a word through its dictionary word: the full paradigm, or the deriving rule group's. */
function formsFrom(dict: Hunspell, lemma: Lemma, word: string, skip: ReadonlySet<string>, profile: MorphologyProfile): string[] {
  const lower = word.toLowerCase();
  if (lemma.stem.toLowerCase() === lower) return paradigmOf(dict, lemma, skip);
  const makers = lemma.flags.filter((flag) => (dict.aff.suffixes.get(flag) ?? []).some((r) => applySuffix(lemma.stem, r)?.toLowerCase() === lower));
  const rules = makers.flatMap((flag) => (dict.aff.suffixes.get(flag) ?? []).filter((r) => applySuffix(lemma.stem, r)?.toLowerCase() === lower));
  const short = rules.some((r) => r.add.length <= profile.maxInflectionEnding && r.strip.length <= profile.maxInflectionEnding);
  if (short && !makers.some((flag) => skip.has(flag))) return paradigmOf(dict, lemma, skip);
  // A derived word: the forms of the rule groups that made it, and its own continuation.
  const own = new Set([...skip].filter((flag) => !makers.includes(flag)));
  const out = paradigmOf(dict, { stem: lemma.stem, flags: makers }, own).filter((f) => f !== lemma.stem);
  for (const rule of rules) out.push(...paradigmOf(dict, { stem: lower, flags: rule.next }, skip));
  return out;
}

/**
 * The known word an unknown word declines like: among dictionary words sharing the longest
 * ending with it (at least three letters, not the whole word), the flag set most of them have,
 * if it yields forms for the unknown word.
 */
function guessModel(dict: Hunspell, word: string, skip: ReadonlySet<string>): Lemma | undefined {
  const byLength: Array<Array<{ known: string; flags: string[] }>> = [];
  for (const [known, sets] of dict.words) {
    const shared = sharedEnding(known.toLowerCase(), word);
    if (shared < 3 || shared >= word.length || shared >= known.length) continue;
    for (const flags of sets) if (flags.length > 0) (byLength[shared] ??= []).push({ known, flags });
  }
  for (let length = byLength.length - 1; length >= 3; length--) {
    const votes = new Map<string, { count: number; known: string; flags: string[] }>();
    for (const { known, flags } of byLength[length] ?? []) {
      const key = [...flags].sort().join(' ');
      const seen = votes.get(key);
      if (seen) seen.count++;
      else votes.set(key, { count: 1, known, flags });
    }
    const ranked = [...votes.values()].sort((a, b) => b.count - a.count);
    const fit = ranked.find((c) => paradigmOf(dict, { stem: word, flags: c.flags }, skip).length > 1);
    if (fit) return { stem: fit.known, flags: fit.flags };
  }
  return undefined;
}

function sharedEnding(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return i;
}
