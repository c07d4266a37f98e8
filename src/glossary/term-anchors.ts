import { hashOf } from '../util/hash-of.js';
import type { TermIndex } from './build-term-index.js';
import { findEnglishTerms, matchTerms } from './match-terms.js';
import type { FormsFile } from './types.js';

/** Glossary entries found in text, as alignment anchors (the same for check and build). */
export interface TermAnchors {
  /** Names the glossary the anchors come from (a part of remembered alignments' keys). */
  identity: string;
  /** IDs of the entries whose English forms (`en`; not those restricted to a context) or approved or forbidden target forms occur in `text`. */
  find(text: string, lang: string): string[];
}

/**
 * The glossary as the aligner uses it: the IDs of the terms in a text, so that a unit and its
 * translation that name the same entry are drawn together. `diglot check` and `diglot build`
 * use this one definition, so they align a pair alike and can share remembered alignments.
 *
 * @example termAnchors(forms, buildTermIndex(forms)).find('Maxim Litvinov', 'en') // ['litvinov']
 */
export function termAnchors(forms: FormsFile, index: TermIndex, target: (text: string, lang: string) => ReturnType<typeof matchTerms> = (text, lang) => matchTerms(index, text, lang)): TermAnchors {
  return {
    identity: hashOf('term-anchors/1', forms.sources),
    find: (text, lang) => (lang === 'en' ? findEnglishTerms(index, text).flatMap((h) => (h.when ? [] : [h.entryId])) : target(text, lang).flatMap((h) => (h.kind === 'term' && h.entryId !== undefined ? [h.entryId] : []))),
  };
}
