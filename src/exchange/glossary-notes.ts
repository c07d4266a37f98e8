import type { Glossary } from '../glossary/types.js';
import { stripCodes } from '../segment/coded-text.js';
import type { Unit } from '../segment/types.js';

/**
 * The glossary entries an English unit uses, as notes for the translator
 * (`Glossary: recognition → признание (note)`). An entry is used when one of its English
 * forms occurs in the unit's plain text as a whole word, ignoring case.
 *
 * @param glossary the project glossary
 * @param lang the target language
 * @returns a function giving the notes of a unit
 * @example glossaryNotes(glossary, 'ru')(unit) // ['Glossary: Litvinov → Литвинов']
 */
export function glossaryNotes(glossary: Glossary, lang: string): (unit: Unit) => string[] {
  const entries = glossary.entries.flatMap((entry) => {
    const target = entry.targets[lang];
    if (!target || entry.en.length === 0) return [];
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${entry.en.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    const note = `Glossary: ${entry.en[0]} → ${target.term}${target.forbidden.length ? ` (not: ${target.forbidden.join(', ')})` : ''}${entry.note ? ` — ${entry.note}` : ''}`;
    return [{ pattern, note }];
  });
  return (unit) => {
    const text = stripCodes(unit.text);
    return entries.filter((e) => e.pattern.test(text)).map((e) => e.note);
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
