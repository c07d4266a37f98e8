import { loadMorphology } from './az-morph.js';
import type { TaggedForm } from './grammemes.js';
import type { AgreeOptions } from './hunspell/agree-term.js';
import { inflectHunspellTerm } from './hunspell/inflect-hunspell-term.js';
import { loadHunspell, type Hunspell } from './hunspell/load-hunspell.js';
import { morphologyProfile } from './hunspell/morphology-profiles.js';
import { declinePerson } from './inflect-person.js';
import { inflectTerm } from './inflect-term.js';
import type { CompiledEntry, CompiledRendering, CompiledTarget, FormsFile, Glossary, GlossaryEntry, TargetRendering } from './types.js';

/** The language declined with OpenCorpora (az) and petrovich; other languages use their Hunspell dictionary. */
const AZ_LANG = 'ru';

/** How one language's renderings are inflected: az + petrovich, a Hunspell dictionary, or not at all. */
type Morphology = { kind: 'az' } | { kind: 'hunspell'; dict: Hunspell } | { kind: 'none' };

/**
 * Compile a glossary into its forms file: every inflected form of each approved and forbidden
 * rendering, with case and number, and review notes for what the dictionary does not know.
 * Russian: persons decline by name rules (petrovich), terms by dictionary (az). Every other
 * language: persons and terms through the language's Hunspell dictionary (`dictionary-<lang>`,
 * loaded only when the glossary has that language); a language without one matches as written,
 * with a review note. Invariants are never declined.
 *
 * @param glossary a loaded glossary (see `loadGlossary`)
 * @returns the forms file contents (write it with `formatForms`)
 * @example (await compileGlossary(loadGlossary('glossary'))).entries['litvinov']?.targets.ru?.approved['Литвиновым'] // ['ablt sing']
 */
export async function compileGlossary(glossary: Glossary): Promise<FormsFile> {
  const morphologies = await loadMorphologies(glossary);
  const entries: Record<string, CompiledEntry> = {};
  for (const entry of [...glossary.entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const targets: Record<string, CompiledTarget> = {};
    for (const lang of Object.keys(entry.targets).sort()) {
      const language = morphologies.get(lang) ?? { kind: 'none' as const };
      const morphology = entry.kind === 'invariant' ? { kind: 'none' as const } : language;
      targets[lang] = compileTarget(entry, lang, entry.targets[lang] as TargetRendering, morphology, language);
    }
    entries[entry.id] = { kind: entry.kind, en: [...entry.en], ...(entry.enWhen && { enWhen: structuredClone(entry.enWhen) }), targets };
  }
  return { format: 'diglot-glossary-forms/1', sources: { ...glossary.sources }, entries };
}

/** The morphology of every language the glossary declines, each dictionary loaded once. */
async function loadMorphologies(glossary: Glossary): Promise<Map<string, Morphology>> {
  const langs = new Set<string>();
  for (const entry of glossary.entries) {
    for (const [lang, target] of Object.entries(entry.targets)) if (entry.kind !== 'invariant' || target.renderings) langs.add(lang);
  }
  const out = new Map<string, Morphology>();
  for (const lang of [...langs].sort()) {
    if (lang === AZ_LANG) {
      await loadMorphology();
      out.set(lang, { kind: 'az' });
      continue;
    }
    const dict = await loadHunspell(lang);
    out.set(lang, dict ? { kind: 'hunspell', dict } : { kind: 'none' });
  }
  return out;
}

function compileTarget(entry: GlossaryEntry, lang: string, target: TargetRendering, morphology: Morphology, language: Morphology): CompiledTarget {
  const review: string[] = [];
  const approved: Record<string, string[]> = {};
  const forbidden: Record<string, string[]> = {};
  if (morphology.kind === 'none' && entry.kind !== 'invariant') review.push(`no morphology for \`${lang}\` (install \`dictionary-${lang}\`): its forms match only as written`);
  const generate = (text: string, label: string, surnameFirst: boolean): Generated => generateForms(morphology, entry.kind, text, target, review, label, surnameFirst);
  let coordinated: Record<string, string> | undefined;
  for (const name of approvedRenderings(entry, target)) {
    const result = generate(name.text, '', name.surnameFirst);
    add(approved, result.forms);
    for (const c of result.coordinated ?? []) (coordinated ??= {})[c.form] = c.singular;
  }
  // Hand forms are declined like the term when the dictionary reads them in the nominative; else kept as written.
  // `hand` lists each hand form with the forms declined from it, leaving out what the term itself gives.
  const fromTerm = new Set(Object.keys(approved));
  let hand: Record<string, string[]> | undefined;
  for (const form of target.forms) {
    const declined = declineHandForm(morphology, entry.kind, form, target);
    add(approved, declined);
    if (fromTerm.has(form)) continue;
    (hand ??= {})[form] = [...new Set(declined.map((f) => f.form))].filter((f) => f !== form && !fromTerm.has(f));
  }
  for (const name of target.forbidden) add(forbidden, generate(name, 'forbidden ', false).forms);
  const out: CompiledTarget = { approved, forbidden };
  if (hand) out.hand = hand;
  // A rendering of an invariant (`США` → `Соединенные Штаты`) declines when the dictionary reads it.
  const renderingForms = (text: string): TaggedForm[] => (entry.kind === 'invariant' ? declineHandForm(language, 'term', text, target) : generate(text, '', false).forms);
  const renderings = (target.renderings ?? []).map((r) => compileRendering(r, renderingForms(r.term)));
  if (renderings.length > 0) out.renderings = renderings;
  if (coordinated) {
    // A coordinated form that is an ordinary form of the entry is no coordinated form.
    for (const form of Object.keys(coordinated)) if (approved[form]) delete coordinated[form];
    if (Object.keys(coordinated).length > 0) out.coordinated = coordinated;
  }
  if (review.length > 0) out.review = review;
  return out;
}

/** A conditional rendering's forms: with a `case` condition, only the forms of those cases. */
function compileRendering(rendering: NonNullable<TargetRendering['renderings']>[number], forms: TaggedForm[]): CompiledRendering {
  const cases = rendering.when.case;
  const approved: Record<string, string[]> = {};
  const kept = cases ? forms.filter((f) => f.tag === '' || cases.includes(f.tag.split(' ')[0] as string)) : forms;
  add(approved, kept.length > 0 ? kept : [{ form: rendering.term, tag: '' }]);
  return { term: rendering.term, when: structuredClone(rendering.when), approved };
}

/**
 * A hand form declined as the term would be (`Компартия США` → `Компартии США`, `Генри
 * Моргентау-младший` → `Генри Моргентау-младшего`); as written when it is not a nominative the
 * dictionary gives back (an oblique form, an abbreviation), and always for invariants.
 */
function declineHandForm(morphology: Morphology, kind: string, form: string, target: TargetRendering): TaggedForm[] {
  const asWritten = [{ form, tag: '' }];
  if (morphology.kind === 'none' || kind === 'invariant') return asWritten;
  if (morphology.kind === 'az' && kind === 'person') {
    const forms = declinePerson(form, target.gender ?? 'male');
    return forms.some((f) => f.form === form) ? forms : asWritten;
  }
  const result = morphology.kind === 'az' ? inflectTerm(form, target.number ? { number: target.number } : {}) : inflectHunspellTerm(morphology.dict, form, morphologyProfile(morphology.dict.lang), hunspellOptions(kind, target));
  if (result.review.length > 0 || !result.forms.some((f) => f.form === form)) return asWritten;
  return result.forms;
}

/** The approved renderings to decline: the term, and for persons the full-name and initials forms. */
function approvedRenderings(entry: GlossaryEntry, target: TargetRendering): Array<{ text: string; surnameFirst: boolean }> {
  const out = [{ text: target.term, surnameFirst: false }];
  if (entry.kind !== 'person') return out;
  const { given, patronymic, term } = target;
  if (given) out.push({ text: `${given} ${term}`, surnameFirst: false });
  if (given && patronymic) {
    out.push({ text: `${given} ${patronymic} ${term}`, surnameFirst: false });
    out.push({ text: `${term} ${given} ${patronymic}`, surnameFirst: true });
  }
  const initials = target.initials ?? (given ? [given, patronymic].filter(Boolean).map((n) => `${(n as string).charAt(0)}.\u00A0`).join('') + term : undefined);
  if (initials) out.push({ text: initials, surnameFirst: false });
  return out;
}

/** Generated forms, and the coordinated forms with a shared noun (Russian, and languages with case endings). */
interface Generated {
  forms: TaggedForm[];
  coordinated?: Array<{ form: string; singular: string }>;
}

function generateForms(morphology: Morphology, kind: string, text: string, target: TargetRendering, review: string[], label: string, surnameFirst: boolean): Generated {
  if (morphology.kind === 'none' || kind === 'invariant') return { forms: [{ form: text, tag: '' }] };
  if (morphology.kind === 'az' && kind === 'person') return { forms: declinePerson(text, target.gender ?? 'male', surnameFirst) };
  const result = morphology.kind === 'az' ? inflectTerm(text, target.number ? { number: target.number } : {}) : inflectHunspellTerm(morphology.dict, text, morphologyProfile(morphology.dict.lang), hunspellOptions(kind, target));
  // A forbidden variant is a misspelling by nature: declining it by a guess needs no review.
  for (const note of result.review) if (!(label && /declined like/.test(note)) && !review.includes(label + note)) review.push(label + note);
  return label ? { forms: result.forms } : result;
}

/** What the Hunspell compiler needs to know of an entry: person or term, number, gender. */
function hunspellOptions(kind: string, target: TargetRendering): AgreeOptions {
  return { kind: kind === 'person' ? 'person' : 'term', ...(target.number && { number: target.number }), ...(target.gender && { gender: target.gender }) };
}

function add(into: Record<string, string[]>, forms: TaggedForm[]): void {
  for (const { form, tag } of forms) {
    const tags = (into[form] ??= []);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
}
