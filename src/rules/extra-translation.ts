import { createRule, shorten } from '../check/create-rule.js';
import { plainText } from '../check/unit-source-map.js';
import { isTranslatorNote } from '../segment/translator-notes.js';

/**
 * `extra-translation`: a Russian unit with no English counterpart. A translator's note
 * (`[^tn…]`, see docs/translators-notes.md) is the translator's own text, never extra.
 *
 * @example not-ok: the Russian adds a paragraph the English does not have
 */
export const extraTranslation = createRule(
  'extra-translation',
  (ctx, report) => {
    for (const pair of ctx.pairs) {
      if (pair.source.length > 0) continue;
      for (const unit of pair.target) {
        if (isTranslatorNote(unit)) continue;
        const text = plainText(ctx.target.markdown, unit);
        report({ key: 'message.extra-translation', values: { kind: unit.kind, actual: shorten(text, 60) }, unit, actual: text });
      }
    }
  },
  { scope: 'pair' },
);
