import type { Glossary, GlossaryEntry } from './types.js';

/** One term of a concept in one language, with its TBX administrative status. */
export interface ExportTerm {
  term: string;
  status: 'preferredTerm' | 'admittedTerm' | 'deprecatedTerm';
}

/** A concept for the exchange formats: its id, note, and terms per language (English first). */
export interface ExportConcept {
  id: string;
  kind: GlossaryEntry['kind'];
  note?: string;
  languages: Array<{ lang: string; terms: ExportTerm[] }>;
}

/**
 * The concepts of a glossary as the exchange formats see them: English forms (the first
 * preferred, the others admitted), per target language the approved term (preferred), the
 * person's full name, initials form and conditional renderings (admitted) and the forbidden
 * variants (deprecated).
 * Inflected forms are not exported: exchange formats hold dictionary forms.
 *
 * @example exportConcepts(glossary)[0]?.languages.map((l) => l.lang) // ['en', 'ru']
 */
export function exportConcepts(glossary: Glossary): ExportConcept[] {
  return glossary.entries.map((entry) => {
    const languages = [{ lang: 'en', terms: unique(entry.en.map((term, i) => ({ term, status: i === 0 ? ('preferredTerm' as const) : ('admittedTerm' as const) }))) }];
    for (const [lang, target] of Object.entries(entry.targets)) {
      const terms: ExportTerm[] = [{ term: target.term, status: 'preferredTerm' }];
      if (target.given) terms.push({ term: [target.given, target.patronymic, target.term].filter(Boolean).join(' '), status: 'admittedTerm' });
      if (target.initials) terms.push({ term: target.initials, status: 'admittedTerm' });
      // A conditional rendering is admitted; its condition is the glossary's, not the exchange format's.
      for (const rendering of target.renderings ?? []) terms.push({ term: rendering.term, status: 'admittedTerm' });
      for (const term of target.forbidden) terms.push({ term, status: 'deprecatedTerm' });
      languages.push({ lang, terms: unique(terms) });
    }
    const concept: ExportConcept = { id: entry.id, kind: entry.kind, languages };
    if (entry.note !== undefined) concept.note = entry.note;
    return concept;
  });
}

function unique(terms: ExportTerm[]): ExportTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => !seen.has(t.term) && (seen.add(t.term), true));
}
