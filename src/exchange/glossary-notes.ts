import type { TermIndex } from '../glossary/build-term-index.js';
import { findEnglishTerms } from '../glossary/match-terms.js';
import type { Glossary } from '../glossary/types.js';
import { stripCodes } from '../segment/coded-text.js';
import type { Unit } from '../segment/types.js';

/**
 * The glossary entries an English unit uses, as notes for the translator
 * (`Glossary: recognition → признание (note)`), found by the same English matcher as
 * `diglot check` (`findEnglishTerms`: whole tokens, regular plurals and possessives such as
 * `promises` and `Litvinov's`, the capitalisation the glossary requires).
 *
 * @param glossary the project glossary (the note texts)
 * @param lang the target language
 * @param index the term index built from the glossary's forms (see `buildTermIndex`, `loadForms`)
 * @returns a function giving the notes of a unit, in glossary order
 * @example glossaryNotes(glossary, 'ru', buildTermIndex(forms))(unit) // ['Glossary: Litvinov → Литвинов']
 */
export function glossaryNotes(glossary: Glossary, lang: string, index: TermIndex): (unit: Unit) => string[] {
  const entries = glossary.entries.flatMap((entry) => {
    const target = entry.targets[lang];
    if (!target || entry.en.length === 0) return [];
    const note = `Glossary: ${entry.en[0]} → ${target.term}${target.forbidden.length ? ` (not: ${target.forbidden.join(', ')})` : ''}${entry.note ? ` — ${entry.note}` : ''}`;
    return [{ id: entry.id, note }];
  });
  return (unit) => {
    const used = new Set(findEnglishTerms(index, stripCodes(unit.text)).map((hit) => hit.entryId));
    return entries.filter((e) => used.has(e.id)).map((e) => e.note);
  };
}
