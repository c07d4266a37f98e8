import { loadMorphology } from './az-morph.js';
import type { TaggedForm } from './grammemes.js';
import { declinePerson } from './inflect-person.js';
import { inflectTerm } from './inflect-term.js';
import type { CompiledEntry, CompiledTarget, FormsFile, Glossary, GlossaryEntry, TargetRendering } from './types.js';

/** The target language whose morphology diglot knows; other target languages match as written. */
const MORPHOLOGY_LANG = 'ru';

/**
 * Compile a glossary into its forms file: every inflected form of each approved and forbidden
 * rendering, with case and number, and review notes for what the dictionary does not know.
 * Persons decline by name rules (petrovich), terms by dictionary (az), invariants not at all.
 *
 * @param glossary a loaded glossary (see `loadGlossary`)
 * @returns the forms file contents (write it with `formatForms`)
 * @example (await compileGlossary(loadGlossary('glossary'))).entries['litvinov']?.targets.ru?.approved['Литвиновым'] // ['ablt sing']
 */
export async function compileGlossary(glossary: Glossary): Promise<FormsFile> {
  await loadMorphology();
  const entries: Record<string, CompiledEntry> = {};
  for (const entry of [...glossary.entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const targets: Record<string, CompiledTarget> = {};
    for (const lang of Object.keys(entry.targets).sort()) targets[lang] = compileTarget(entry, lang, entry.targets[lang] as TargetRendering);
    entries[entry.id] = { kind: entry.kind, en: [...entry.en], targets };
  }
  return { format: 'diglot-glossary-forms/1', sources: { ...glossary.sources }, entries };
}

function compileTarget(entry: GlossaryEntry, lang: string, target: TargetRendering): CompiledTarget {
  const review: string[] = [];
  const approved: Record<string, string[]> = {};
  const forbidden: Record<string, string[]> = {};
  const kind = lang === MORPHOLOGY_LANG ? entry.kind : 'invariant';
  for (const name of approvedRenderings(entry, target)) add(approved, generate(kind, name.text, target, review, '', name.surnameFirst));
  for (const form of target.forms) add(approved, [{ form, tag: '' }]);
  for (const name of target.forbidden) add(forbidden, generate(kind, name, target, review, 'forbidden ', false));
  const out: CompiledTarget = { approved, forbidden };
  if (review.length > 0) out.review = review;
  return out;
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

function generate(kind: string, text: string, target: TargetRendering, review: string[], label: string, surnameFirst: boolean): TaggedForm[] {
  if (kind === 'person') return declinePerson(text, target.gender ?? 'male', surnameFirst);
  if (kind === 'term') {
    const result = inflectTerm(text);
    for (const note of result.review) review.push(label + note);
    return result.forms;
  }
  return [{ form: text, tag: '' }];
}

function add(into: Record<string, string[]>, forms: TaggedForm[]): void {
  for (const { form, tag } of forms) {
    const tags = (into[form] ??= []);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
}
