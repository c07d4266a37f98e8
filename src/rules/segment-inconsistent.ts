import { createRule, shorten } from '../check/create-rule.js';
import { plainText } from '../check/unit-source-map.js';
import { stripCodes } from '../segment/coded-text.js';
import type { Sentence, Unit } from '../segment/types.js';

/** Shorter English text is too generic to demand one translation (`Op. cit.`, `Page 399.`). */
const MIN_LENGTH = 24;

interface Seen {
  target: string;
  line: number;
}

/**
 * `segment-inconsistent`: identical English units, or identical English sentences (paired by
 * position inside units with as many sentences on both sides), translated differently. The
 * later occurrence is reported, the first one is the expected text.
 *
 * @example not-ok: a paragraph repeated in the English, translated two ways
 */
export const segmentInconsistent = createRule('segment-inconsistent', (ctx, report) => {
  const units = new Map<string, Seen>();
  const sentences = new Map<string, Seen>();
  for (const pair of ctx.pairs) {
    const [english, unit] = pair.source.length === 1 && pair.target.length === 1 ? [pair.source[0] as Unit, pair.target[0] as Unit] : [];
    if (!english || !unit) continue;
    const source = normalise(plainText(ctx.source.markdown, english));
    const targetText = normalise(plainText(ctx.target.markdown, unit));
    if (source.length >= MIN_LENGTH) {
      const first = units.get(source);
      if (!first) units.set(source, { target: targetText, line: unit.start.line });
      else if (first.target !== targetText) {
        report({
          key: 'message.segment-inconsistent',
          values: { what: 'unit', expected: shorten(first.target, 60), line: first.line },
          unit,
          english,
          expected: first.target,
          actual: targetText,
        });
        continue;
      } else continue;
    }
    if (english.sentences.length < 2 || english.sentences.length !== unit.sentences.length) continue;
    english.sentences.forEach((sentence, i) => {
      const target = unit.sentences[i] as Sentence;
      const key = normalise(stripCodes(sentence.text));
      if (key.length < MIN_LENGTH) return;
      const value = normalise(stripCodes(target.text));
      const first = sentences.get(key);
      if (!first) sentences.set(key, { target: value, line: unit.start.line });
      else if (first.target !== value) {
        const span = plainSpan(unit.text, target);
        report({
          key: 'message.segment-inconsistent',
          values: { what: 'sentence', expected: shorten(first.target, 60), line: first.line },
          unit,
          span,
          english,
          expected: first.target,
          actual: value,
        });
      }
    });
  }
});

function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** A sentence's offsets are in coded text; the finding wants plain-text offsets. */
function plainSpan(coded: string, sentence: Sentence): [number, number] {
  const start = stripCodes(coded.slice(0, sentence.start)).length;
  return [start, start + stripCodes(coded.slice(sentence.start, sentence.end)).length];
}
