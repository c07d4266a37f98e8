import { wordSimilarity, words } from '../review/words.js';

/** One translation unit of the memory: English and its Russian, plain text. */
export interface MemoryEntry {
  source: string;
  target: string;
  /** Where it comes from: `<file>#<unit id>` (an aligned pair, or an obsolete translation). */
  origin: string;
}

/** A fuzzy match. */
export interface MemoryMatch extends MemoryEntry {
  /** Similarity of the English, 0–100, rounded (word-level Levenshtein, see {@link wordSimilarity}). */
  score: number;
}

/** A translation memory: look up the closest English. */
export interface TranslationMemory {
  readonly size: number;
  /**
   * The best match for an English text, or undefined below `min` (default {@link MIN_SCORE}).
   * Ties go to the entry added first.
   */
  lookup(text: string, min?: number): MemoryMatch | undefined;
}

/** Matches below this score (%) are not suggested. */
export const MIN_SCORE = 50;

/**
 * Build a translation memory. The score of a match is the word-level Levenshtein similarity of
 * the two English texts — 1 − (word insertions + deletions + substitutions) / (words of the
 * longer text), as a percentage: order-aware like the fuzzy matches of CAT tools, and by whole
 * words (Intl.Segmenter), so an inflection counts as one changed word. Entries with empty
 * sides and exact duplicates are dropped.
 *
 * @param entries English/Russian pairs
 * @param lang the language of the English (word segmentation)
 * @example createTranslationMemory([{ source: 'The talks lasted nine days.', target: 'Переговоры длились девять дней.', origin: 'a.md#u-1' }]).lookup('The talks lasted ten days.')?.score // 80
 */
export function createTranslationMemory(entries: Iterable<MemoryEntry>, lang = 'en'): TranslationMemory {
  const list: Array<MemoryEntry & { words: string[] }> = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const key = `${entry.source}\u0000${entry.target}`;
    if (!entry.source.trim() || !entry.target.trim() || seen.has(key)) continue;
    seen.add(key);
    list.push({ ...entry, words: words(entry.source, lang) });
  }
  return {
    size: list.length,
    lookup(text, min = MIN_SCORE) {
      const query = words(text, lang);
      let best: MemoryMatch | undefined;
      for (const entry of list) {
        // The score cannot beat min(|A|, |B|) / max(|A|, |B|): skip hopeless lengths cheaply.
        const bound = Math.min(query.length, entry.words.length) / Math.max(query.length, entry.words.length, 1);
        if (bound * 100 < min || (best && bound * 100 <= best.score)) continue;
        const score = Math.round(100 * wordSimilarity(query, entry.words));
        if (score >= min && (!best || score > best.score)) best = { source: entry.source, target: entry.target, origin: entry.origin, score };
      }
      return best;
    },
  };
}
