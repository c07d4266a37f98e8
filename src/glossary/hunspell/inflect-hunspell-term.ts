import type { TaggedForm } from '../grammemes.js';
import { restoreCase } from '../restore-case.js';
import type { Hunspell } from './load-hunspell.js';
import type { MorphologyProfile } from './morphology-profiles.js';
import { agreeTerm, type AgreeOptions } from './agree-term.js';
import { agreementTable } from './agreement-data.js';
import { combineAgreeing } from './agree-phrase.js';
import { phraseAgreement } from './phrase-agreement.js';
import { lemmasOf } from './word-paradigm.js';
import { wordForms } from './word-forms.js';

/**
 * A safety bound for languages without agreement tables (uk: `agreement-data.ts`; pl, de, fr:
 * `phrase-agreement.ts`) and for persons outside Ukrainian: at most this many free combinations
 * per rendering; words are frozen from the end beyond it.
 */
const MAX_FORMS = 400;

/** The forms of a term, and what a human should check. */
export interface HunspellTerm {
  forms: TaggedForm[];
  review: string[];
  /** Forms for a coordinated phrase with a shared noun (`Тимчасового урядів` → `Тимчасового уряду`). */
  coordinated?: Array<{ form: string; singular: string }>;
}

/**
 * Generate the inflected forms of a term from a Hunspell dictionary: every word takes each
 * form of its own paradigm (see `wordForms`), and each form keeps the written word's capitals.
 * Where diglot knows the language's case endings (`agreement-data.ts`: Ukrainian), the words
 * combine only where they agree, one case and number at a time (`Першої світової війни`,
 * never `Перша світовому війна`), the words after the head stay as written, every form carries
 * its reading (`gent sing`) and `number` is honoured; see `agreeTerm`. Polish, German and
 * French terms agree by their own tables (`phrase-agreement.ts`: `noty werbalnej`, `der
 * Provisorischen Regierung`, `notes verbales`, never `notami werbalnej`). Elsewhere, and for
 * persons in those languages, the words combine freely, frozen from the end beyond
 * {@link MAX_FORMS} combinations with a review note, and forms carry no case tags (`''`). Words with punctuation or digits stay
 * as written; a hyphenated word the dictionary does not know inflects its last part.
 *
 * @param dict the language's dictionary
 * @param term the rendering as the glossary writes it
 * @param profile the language's morphology profile
 * @param options person or term, number, a person's gender
 * @example inflectHunspellTerm(uk, 'вербальна нота', morphologyProfile('uk')).forms.some((f) => f.form === 'вербальними нотами') // true
 */
export function inflectHunspellTerm(dict: Hunspell, term: string, profile: MorphologyProfile, options: AgreeOptions = {}): HunspellTerm {
  const parts = term.split(/([ \u00A0]+)/);
  const review: string[] = [];
  const choices: string[][] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const text = parts[i] as string;
    choices.push(text === '' ? [''] : wordChoices(dict, text, profile, review, term));
  }
  const table = agreementTable(dict.lang);
  if (table) {
    const written = parts.filter((_, i) => i % 2 === 0);
    const separators = parts.filter((_, i) => i % 2 === 1);
    const agreed = agreeTerm(written, separators, choices, table, options);
    return { forms: agreed.forms, review, ...(agreed.coordinated.length > 0 && { coordinated: agreed.coordinated }) };
  }
  const reader = choices.length > 1 ? phraseAgreement(dict, options) : undefined;
  if (reader) {
    const written = parts.filter((_, i) => i % 2 === 0);
    const separators = parts.filter((_, i) => i % 2 === 1);
    return { forms: combineAgreeing(written, separators, choices, reader(written, choices)), review };
  }
  let total = choices.reduce((n, c) => n * c.length, 1);
  for (let k = choices.length - 1; k > 0 && total > MAX_FORMS; k--) {
    if ((choices[k] as string[]).length === 1) continue;
    total /= (choices[k] as string[]).length;
    choices[k] = [(choices[k] as string[])[0] as string];
    review.push(`\`${parts[2 * k]}\` kept as written in \`${term}\` (too many combinations of forms): add other forms to \`forms\` if needed`);
  }
  let forms = [''];
  choices.forEach((options, k) => {
    const after = parts[2 * k + 1] ?? '';
    forms = forms.flatMap((head) => options.map((word) => head + word + after));
  });
  return { forms: forms.map((form) => ({ form, tag: '' })), review };
}

/** The spellings one written word may take in the term, the word as written first. */
function wordChoices(dict: Hunspell, text: string, profile: MorphologyProfile, review: string[], term: string): string[] {
  if (!/^[\p{L}\p{M}'’ʼ-]+$/u.test(text)) return [text];
  const hyphen = text.lastIndexOf('-');
  const split = hyphen > 0 && hyphen < text.length - 1 && lemmasOf(dict, text).length === 0;
  const prefix = split ? text.slice(0, hyphen + 1) : '';
  const stem = split ? text.slice(hyphen + 1) : text;
  const found = wordForms(dict, stem, profile);
  if (found.source === 'unknown') review.push(`\`${stem}\` is not in the ${dict.lang} dictionary and no known word ends like it: only \`${term}\` as written (and hand-added \`forms\`) will match it`);
  if (found.source === 'guessed') review.push(`\`${stem}\` is not in the ${dict.lang} dictionary: declined like \`${found.model ?? '?'}\` (check the forms)`);
  const out = new Set<string>([text]);
  for (const form of found.forms) out.add(prefix + restoreCase(stem, form));
  return [...out];
}
