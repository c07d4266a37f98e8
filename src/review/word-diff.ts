import { diffWords } from 'diff';
import { wordSegmenter } from './words.js';

/** One run of a word-level diff. */
export interface WordChange {
  type: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * A word-level diff of two plain texts: jsdiff's `diffWords` with an Intl.Segmenter word
 * tokenizer, so Russian is diffed by whole words (with their endings), not letters.
 *
 * @param before the old text
 * @param after the new text
 * @param lang the language of both (segmentation rules)
 * @returns runs in order; deletions come before insertions at a change
 * @example wordDiff('The U.S. broke off relations.', 'The US broke off relations.', 'en')
 * // [{ type: 'equal', text: 'The ' }, { type: 'delete', text: 'U.S.' }, { type: 'insert', text: 'US' }, …]
 */
export function wordDiff(before: string, after: string, lang: string): WordChange[] {
  const out: WordChange[] = [];
  for (const part of diffWords(before, after, { intlSegmenter: wordSegmenter(lang) })) {
    const type = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    const last = out.at(-1);
    if (last && last.type === type) last.text += part.value;
    else out.push({ type, text: part.value });
  }
  return out;
}
