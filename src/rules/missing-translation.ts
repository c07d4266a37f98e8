import { createRule, shorten } from '../check/create-rule.js';
import { plainText } from '../check/unit-source-map.js';
import type { Unit } from '../segment/types.js';

/**
 * `missing-translation`: an English unit with no Russian counterpart. The message sits where
 * the translation is missing: at the start of the next Russian unit (or the end of the previous one).
 *
 * @example not-ok: the English has three paragraphs, the Russian two
 */
export const missingTranslation = createRule('missing-translation', (ctx, report) => {
  ctx.pairs.forEach((pair, index) => {
    if (pair.target.length > 0) return;
    const next = ctx.pairs.slice(index + 1).find((p) => p.target.length > 0)?.target[0];
    const previous = next
      ? undefined
      : ctx.pairs
          .slice(0, index)
          .findLast((p) => p.target.length > 0)
          ?.target.at(-1);
    for (const english of pair.source) {
      const text = plainText(ctx.source.markdown, english);
      const anchor: { unit?: Unit; atEnd?: boolean } = next ? { unit: next } : previous ? { unit: previous, atEnd: true } : {};
      report({ key: 'message.missing-translation', values: { kind: english.kind, expected: shorten(text, 60) }, ...anchor, english, expected: text });
    }
  });
});
