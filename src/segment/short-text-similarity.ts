import { multisetDice } from '../util/multiset-dice.js';
/**
 * Similarity of short texts (a heading, a table cell) by characters: word overlap is 0 after
 * any edit of a one-word heading (License → Licence), so units of a few words are compared by
 * their character bigrams instead.
 */

/** Units of at most this many words (both of them) are compared by characters. */
export const SHORT_UNIT_WORDS = 3;

/** Character bigram Dice a short unit must reach to count as the same unit edited. */
export const SHORT_RELINK_THRESHOLD = 0.6;

/**
 * The character bigram Dice of two short texts (letters and digits, lower-cased, NFC, words
 * joined by one space), or undefined when either text has more than {@link SHORT_UNIT_WORDS}
 * words or no letters (callers then use their word-level measure).
 *
 * @example shortTextSimilarity('License', 'Licence') // 0.666…
 * @example shortTextSimilarity('A long sentence of words.', 'Another one.') // undefined
 */
export function shortTextSimilarity(a: string, b: string): number | undefined {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.length === 0 || wb.length === 0 || wa.length > SHORT_UNIT_WORDS || wb.length > SHORT_UNIT_WORDS) return undefined;
  return bigramDice(wa.join(' '), wb.join(' '));
}

/**
 * Whether two texts are similar enough to be one unit edited, by characters when both are short
 * (see {@link shortTextSimilarity}); undefined when they are not short.
 *
 * @example isShortEdit('License', 'Licence') // true
 */
export function isShortEdit(a: string, b: string): boolean | undefined {
  const score = shortTextSimilarity(a, b);
  return score === undefined ? undefined : score >= SHORT_RELINK_THRESHOLD;
}

function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Dice of the multisets of adjacent character pairs; a one-character text is its own bigram. */
function bigramDice(a: string, b: string): number {
  return multisetDice(bigrams(a), bigrams(b));
}

function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return [text];
  return chars.slice(1).map((c, k) => `${chars[k] as string}${c}`);
}
