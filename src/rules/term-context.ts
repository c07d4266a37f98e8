import type { JoinedText } from '../check/joined-text.js';
import type { TermLookup } from '../check/term-lookup.js';
import { conditionHolds } from '../glossary/rendering-context.js';
import type { EnglishHit, MatchHit, RenderingCondition } from '../glossary/types.js';

/**
 * Whether a glossary hit counts where it stands: hits without a condition always; a form of a
 * conditional rendering (or a context-restricted English trigger) only where its condition
 * holds in the unit it is in (a footnote definition or not, its start, the words around it).
 *
 * @param joined the text the hit was found in, with its units
 * @example approvedHere(terms, ru, hits, hit, 'ru') // false for «Там же» outside a note
 */
export function approvedHere(
  terms: TermLookup,
  joined: JoinedText,
  hits: readonly MatchHit[],
  hit: { start: number; end: number; when?: RenderingCondition; tags?: readonly string[] },
  lang: string,
): boolean {
  if (!hit.when) return true;
  const part = joined.parts.find((p) => hit.start >= p.start && hit.start <= p.end) ?? joined.parts[0];
  const personEnds = new Set(hits.flatMap((h) => (h.kind === 'term' && h.status === 'approved' && terms.kind(h.entryId) === 'person' ? [h.end] : [])));
  return conditionHolds(hit.when, {
    text: joined.text,
    start: hit.start,
    end: hit.end,
    inNote: part?.unit.kind === 'footnote',
    unitStart: part?.start ?? 0,
    lang,
    ...(hit.tags && { tags: hit.tags }),
    personEndsAt: (offset) => personEnds.has(offset),
  });
}

/**
 * English hits that count: context-restricted triggers (`en: [{ form: "P.", when: notes }]`)
 * only where their context holds.
 *
 * @example englishHere(terms, en, terms.english(en.text))
 */
export function englishHere(terms: TermLookup, joined: JoinedText, hits: readonly EnglishHit[]): EnglishHit[] {
  return hits.filter((hit) => approvedHere(terms, joined, [], hit, 'en'));
}
