/**
 * Find glossary term pairs in a text: English by whole words, Russian by word stems, so
 * `recognition` and `признания` / `признание` match the pair recognition ↔ признание.
 */
import type { TermPair } from './types.js';

const cache = new WeakMap<TermPair, { source: RegExp[]; target: RegExp[] }>();

/**
 * The ids (or list indices) of the term pairs whose `lang` side occurs in `text`, each once.
 * Terms with capitals inside (`US`, `NEP`) match case-sensitively, others in any case.
 *
 * @param text plain text
 * @param lang `en` or `ru`
 * @param terms the term pairs
 * @returns the ids found
 * @example findTermPairs('the recognition of', 'en', [{ id: 'recognition', en: 'recognition', ru: 'признание' }]) // ['recognition']
 */
export function findTermPairs(text: string, lang: string, terms: readonly TermPair[]): string[] {
  const found: string[] = [];
  // The `ru` side of a term pair is the target language's, whichever it is.
  const target = !lang.startsWith('en');
  terms.forEach((term, index) => {
    let patterns = cache.get(term);
    if (!patterns) {
      patterns = { source: list(term.source).map((t) => termPattern(t, false)), target: list(term.target).map((t) => termPattern(t, true)) };
      cache.set(term, patterns);
    }
    for (const pattern of target ? patterns.target : patterns.source) {
      pattern.lastIndex = 0;
      if (pattern.test(text)) {
        found.push(term.id ?? String(index));
        break;
      }
    }
  });
  return found;
}

function list(value: string | string[]): string[] {
  return Array.isArray(value) ? value : [value];
}

/** A case-insensitive pattern; Russian words are cut to a stem and may take any ending. */
function termPattern(term: string, stem: boolean): RegExp {
  const words = term
    .trim()
    .split(/\s+/)
    .map((word) => {
      const cut = stem && word.length > 5 ? word.slice(0, -2) : stem && word.length > 3 ? word.slice(0, -1) : word;
      const escaped = cut.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return stem ? `${escaped}\\p{L}*` : `${escaped}(?:s|es|['’]s)?`;
    });
  const caseSensitive = /\p{Lu}/u.test(term.slice(1));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
}
