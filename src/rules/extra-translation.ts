import { createRule, shorten } from '../check/create-rule.js';
import { plainText } from '../check/unit-source-map.js';

/**
 * `extra-translation`: a Russian unit with no English counterpart.
 *
 * @example not-ok: the Russian adds a paragraph the English does not have
 */
export const extraTranslation = createRule('extra-translation', (ctx, report) => {
  for (const pair of ctx.pairs) {
    if (pair.en.length > 0) continue;
    for (const unit of pair.ru) {
      const text = plainText(ctx.ru.source, unit);
      report({ key: 'message.extra-translation', values: { kind: unit.kind, actual: shorten(text, 60) }, unit, actual: text });
    }
  }
}, { scope: 'pair' });
