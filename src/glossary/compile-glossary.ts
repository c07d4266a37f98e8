import { loadMorphology } from './az-morph.js';
import type { TaggedForm } from './grammemes.js';
import { inflectHunspellTerm } from './hunspell/inflect-hunspell-term.js';
import { loadHunspell, type Hunspell } from './hunspell/load-hunspell.js';
import { morphologyProfile } from './hunspell/morphology-profiles.js';
import { declinePerson } from './inflect-person.js';
import { inflectTerm } from './inflect-term.js';
import type { CompiledEntry, CompiledTarget, FormsFile, Glossary, GlossaryEntry, TargetRendering } from './types.js';

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
      const morphology = entry.kind === 'invariant' ? { kind: 'none' as const } : (morphologies.get(lang) ?? { kind: 'none' as const });
      targets[lang] = compileTarget(entry, lang, entry.targets[lang] as TargetRendering, morphology);
    }
    entries[entry.id] = { kind: entry.kind, en: [...entry.en], targets };
  }
  return { format: 'diglot-glossary-forms/1', sources: { ...glossary.sources }, entries };
}

/** The morphology of every language the glossary declines, each dictionary loaded once. */
async function loadMorphologies(glossary: Glossary): Promise<Map<string, Morphology>> {
  const langs = new Set<string>();
  for (const entry of glossary.entries) if (entry.kind !== 'invariant') for (const lang of Object.keys(entry.targets)) langs.add(lang);
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

function compileTarget(entry: GlossaryEntry, lang: string, target: TargetRendering, morphology: Morphology): CompiledTarget {
  const review: string[] = [];
  const approved: Record<string, string[]> = {};
  const forbidden: Record<string, string[]> = {};
  if (morphology.kind === 'none' && entry.kind !== 'invariant') review.push(`no morphology for \`${lang}\` (install \`dictionary-${lang}\`): its forms match only as written`);
  const generate = (text: string, label: string, surnameFirst: boolean): TaggedForm[] => generateForms(morphology, entry.kind, text, target, review, label, surnameFirst);
  for (const name of approvedRenderings(entry, target)) add(approved, generate(name.text, '', name.surnameFirst));
  for (const form of target.forms) add(approved, [{ form, tag: '' }]);
  for (const name of target.forbidden) add(forbidden, generate(name, 'forbidden ', false));
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

function generateForms(morphology: Morphology, kind: string, text: string, target: TargetRendering, review: string[], label: string, surnameFirst: boolean): TaggedForm[] {
  if (morphology.kind === 'none' || kind === 'invariant') return [{ form: text, tag: '' }];
  if (morphology.kind === 'az' && kind === 'person') return declinePerson(text, target.gender ?? 'male', surnameFirst);
  const result = morphology.kind === 'az' ? inflectTerm(text) : inflectHunspellTerm(morphology.dict, text, morphologyProfile(morphology.dict.lang));
  // A forbidden variant is a misspelling by nature: declining it by a guess needs no review.
  for (const note of result.review) if (!(label && /declined like/.test(note)) && !review.includes(label + note)) review.push(label + note);
  return result.forms;
}

function add(into: Record<string, string[]>, forms: TaggedForm[]): void {
  for (const { form, tag } of forms) {
    const tags = (into[form] ??= []);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
}
