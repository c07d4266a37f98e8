/**
 * Sentence alignment of two plain (or coded) sentence lists — usable on its own, e.g. on FLORES.
 */
import { alignItems } from './align-items.js';
import type { AlignItem } from './bead-cost.js';
import { anchorsOf } from './extract-anchors.js';
import { plainText } from './plain-text.js';
import type { AlignOptions, Bead } from './types.js';
import type { InlineCode } from '../segment/types.js';

/**
 * Align English and Russian sentences (moves 1–1, 1–2, 2–1, 1–0, 0–1) by length and anchors.
 *
 * @param sourceSentences English sentences in order
 * @param targetSentences Russian sentences in order
 * @param options aligner options (`{ classic: true }` for the length-only Gale–Church baseline)
 * @returns beads of indices into the two lists, with confidences in [0, 1]
 * @example alignSentences(['In 1933 it rained.', 'Then it stopped.'], ['В 1933 году шёл дождь.', 'Потом перестал.'])
 * // [{ en: [0], ru: [0], score: … }, { en: [1], ru: [1], score: … }]
 */
export function alignSentences(sourceSentences: readonly string[], targetSentences: readonly string[], options: AlignOptions = {}): Bead[] {
  return alignItems(
    sourceSentences.map((s) => sentenceItem(s, 'en', [], options)),
    targetSentences.map((s) => sentenceItem(s, 'ru', [], options)),
    options,
  );
}

/**
 * The aligner's view of a sentence: plain length and anchors (code values via its placeholders).
 *
 * @example sentenceItem('See {1}notes{/1}.', 'en', codes).length // 10
 */
export function sentenceItem(text: string, lang: string, codes: readonly InlineCode[], options: AlignOptions = {}): AlignItem {
  return { length: plainText(text).trim().length, anchors: anchorsOf(text, lang, codes, options) };
}
