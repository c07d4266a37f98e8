import { createRule } from '../check/create-rule.js';
import { joinUnits, spanIn } from '../check/joined-text.js';
import { compareQuantities } from '../check/numbers/compare-quantities.js';
import { extractQuantities, type Quantity } from '../check/numbers/extract-quantities.js';
import { formatQuantity } from '../check/numbers/format-quantity.js';
import type { Unit } from '../segment/types.js';

/**
 * `number-mismatch`: the numbers, years, percentages, amounts and dates of a unit pair must be
 * the same values, in digits or in words (compared by value; see extract-quantities.ts and
 * compare-quantities.ts). A changed value is reported on the target's number with the expected
 * value written the target language's way.
 *
 * @example ok: `$150 million` ↔ `150 млн долларов`, `in three volumes` ↔ `в 3 т.`; not-ok: `4%` ↔ `5 %`
 */
export const numberMismatch = createRule(
  'number-mismatch',
  (ctx, report) => {
    for (const pair of ctx.pairs) {
      if (pair.source.length === 0 || pair.target.length === 0) continue;
      const source = joinUnits(ctx.source.markdown, pair.source);
      const target = joinUnits(ctx.target.markdown, pair.target);
      const english = pair.source[0] as Unit;
      const what = (q: Quantity) => (q.kind === 'month' ? 'date' : q.kind);
      for (const m of compareQuantities(extractQuantities(source.text, ctx.source.lang), extractQuantities(target.text, ctx.target.lang))) {
        if (m.type === 'changed') {
          const expected = formatQuantity(m.source, ctx.target.lang);
          const actual = target.text.slice(m.target.start, m.target.end);
          const englishText = source.text.slice(m.source.start, m.source.end);
          report({
            key: 'message.number-changed',
            values: { what: what(m.source), actual, expected, english: englishText },
            ...spanIn(target, m.target.start, m.target.end),
            english,
            expected,
            actual,
          });
        } else if (m.type === 'missing') {
          const expected = formatQuantity(m.source, ctx.target.lang);
          report({ key: 'message.number-missing', values: { what: what(m.source), expected }, unit: pair.target[0] as Unit, english, expected });
        } else {
          const actual = target.text.slice(m.target.start, m.target.end);
          report({ key: 'message.number-extra', values: { what: what(m.target), actual }, ...spanIn(target, m.target.start, m.target.end), english, actual });
        }
      }
    }
  },
  { scope: 'pair' },
);
