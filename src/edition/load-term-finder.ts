import { buildTermIndex } from '../glossary/build-term-index.js';
import { loadGlossary } from '../glossary/load-glossary.js';
import { findEnglishTerms, matchTerms } from '../glossary/match-terms.js';
import { loadForms } from '../glossary/resolve-forms.js';
import { termAnchors, type TermAnchors } from '../glossary/term-anchors.js';
import { hashOf } from '../util/hash-of.js';
import type { TermSpan } from './unit-phrasing.js';

/** Finds glossary terms in plain text, with each entry's note. */
export interface TermFinder {
  find(text: string, lang: string): TermSpan[];
  /** Hash of the glossary files (part of the cache keys). */
  hash: string;
  /** True when `forms.json` was stale and the forms were compiled in memory. */
  stale: boolean;
  /** The glossary as alignment anchors (as `diglot check` aligns). */
  anchors: TermAnchors;
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
  const loaded = await loadForms(dir);
  if (!loaded) return undefined;
  const { forms, stale } = loaded;
  const index = buildTermIndex(forms);
  // The entries' notes are in the YAML files only: read on the first term shown.
  let notes: Map<string, string | undefined> | undefined;
  const noteOf = (id: string): string | undefined => {
    notes ??= new Map(loadGlossary(dir).entries.map((e) => [e.id, e.note]));
    return notes.get(id);
  };
  const find = (text: string, lang: string): TermSpan[] => {
    const hits = lang === 'en' ? findEnglishTerms(index, text) : matchTerms(index, text, lang).filter((h) => h.kind === 'term');
    const spans: TermSpan[] = [];
    let end = -1;
    for (const hit of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (hit.start < end || hit.entryId === undefined) continue;
      spans.push({ start: hit.start, end: hit.end, entryId: hit.entryId, note: noteOf(hit.entryId) });
      end = hit.end;
    }
    return spans;
  };
  return { find, hash: hashOf(forms.sources), stale, anchors: termAnchors(forms, index) };
}
