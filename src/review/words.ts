import { multisetDice } from '../util/multiset-dice.js';
/**
 * Words of a text by Unicode word boundaries (Intl.Segmenter), so Russian and English are
 * compared by words, not letters.
 */

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The shared word segmenter of a language.
 *
 * @example wordSegmenter('ru').segment('Привет, мир')
 */
export function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/**
 * The word-like segments of a text, lower-cased and NFC-normalised (punctuation and spaces dropped).
 *
 * @example words('The U.S. broke off relations.', 'en') // ['the', 'u.s', 'broke', 'off', 'relations']
 */
export function words(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const s of wordSegmenter(lang).segment(text.normalize('NFC').toLowerCase())) if (s.isWordLike) out.push(s.segment);
  return out;
}

/**
 * Dice coefficient of two word multisets: 2·|A∩B| / (|A|+|B|), in [0, 1]. Order-blind; used to
 * recognise splits and merges.
 *
 * @example wordDice(['a', 'b'], ['a', 'c']) // 0.5
 */
export const wordDice = multisetDice;

/**
 * Word-level Levenshtein similarity: 1 − distance / max(|A|, |B|), in [0, 1]. Order-aware; the
 * fuzzy-match score of the translation memory.
 *
 * @example wordSimilarity(['a', 'b', 'c'], ['a', 'x', 'c']) // 0.666…
 */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost));
    }
    prev = row;
  }
  return 1 - (prev[b.length] as number) / longest;
}
