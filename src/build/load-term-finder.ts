import { existsSync } from 'node:fs';
import { buildTermIndex } from '../glossary/build-term-index.js';
import { loadGlossary } from '../glossary/load-glossary.js';
import { findEnglishTerms, matchTerms } from '../glossary/match-terms.js';
import { resolveForms } from '../glossary/resolve-forms.js';
import { hashOf } from './hash-of.js';
import type { TermSpan } from './unit-phrasing.js';

/** Finds glossary terms in plain text, with each entry's note. */
export interface TermFinder {
  find(text: string, lang: string): TermSpan[];
  /** Hash of the glossary files (part of the cache keys). */
  hash: string;
  /** True when `forms.json` was stale and the forms were compiled in memory. */
  stale: boolean;
}

/**
 * Load the glossary of a project as a term finder for the parallel edition: English forms on
 * the source side, every inflected approved or forbidden form on the target side.
 *
 * @param dir the glossary folder; without it there are no terms (undefined)
 * @throws InputError when a glossary file is invalid
 * @example (await loadTermFinder('glossary'))?.find('Maxim Litvinov arrived', 'en')[0]?.entryId // 'litvinov'
 */
export async function loadTermFinder(dir: string): Promise<TermFinder | undefined> {
  if (!existsSync(dir)) return undefined;
  const glossary = loadGlossary(dir);
  if (glossary.entries.length === 0) return undefined;
  const { forms, stale } = await resolveForms(dir, glossary);
  const index = buildTermIndex(forms);
  const notes = new Map(glossary.entries.map((e) => [e.id, e.note]));
  const find = (text: string, lang: string): TermSpan[] => {
    const hits = lang === 'en' ? findEnglishTerms(index, text) : matchTerms(index, text, lang).filter((h) => h.kind === 'term');
    const spans: TermSpan[] = [];
    let end = -1;
    for (const hit of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (hit.start < end || hit.entryId === undefined) continue;
      spans.push({ start: hit.start, end: hit.end, entryId: hit.entryId, note: notes.get(hit.entryId) });
      end = hit.end;
    }
    return spans;
  };
  return { find, hash: hashOf(glossary.sources), stale };
}
