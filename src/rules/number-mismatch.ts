import { createRule } from '../check/create-rule.js';
import { joinUnits, spanIn } from '../check/joined-text.js';
import { extractQuantities, type Quantity } from '../check/numbers/extract-quantities.js';
import { formatQuantity } from '../check/numbers/format-quantity.js';
import type { Unit } from '../segment/types.js';

/**
 * `number-mismatch`: the numbers, years, percentages, amounts and dates of a unit pair must be
 * the same values (compared as sets of normalised keys; see extract-quantities.ts). A changed
 * value is reported on the Russian number with the expected value written the Russian way.
 *
 * @example ok: `$150 million` ↔ `150 млн долларов`; not-ok: `4%` ↔ `5 %`
 */
export const numberMismatch = createRule('number-mismatch', (ctx, report) => {
  for (const pair of ctx.pairs) {
    if (pair.en.length === 0 || pair.ru.length === 0) continue;
    const en = joinUnits(ctx.en.source, pair.en);
    const ru = joinUnits(ctx.ru.source, pair.ru);
    const enQ = extractQuantities(en.text, ctx.en.lang);
    const ruQ = extractQuantities(ru.text, ctx.ru.lang);
    const enKeys = new Set(enQ.map((q) => q.key));
    const ruKeys = new Set(ruQ.map((q) => q.key));
    const missing = unique(enQ.filter((q) => !ruKeys.has(q.key)));
    const extra = unique(ruQ.filter((q) => !enKeys.has(q.key)));
    const english = pair.en[0] as Unit;
    for (const q of missing) {
      const englishText = en.text.slice(q.start, q.end);
      const expected = formatQuantity(q, ctx.ru.lang);
      const swap = extra.findIndex((x) => x.kind === q.kind);
      if (swap !== -1) {
        const [other] = extra.splice(swap, 1) as [Quantity];
        const actual = ru.text.slice(other.start, other.end);
        report({ key: 'message.number-changed', values: { what: q.kind === 'month' ? 'date' : q.kind, actual, expected, english: englishText }, ...spanIn(ru, other.start, other.end), english, expected, actual });
      } else {
        report({ key: 'message.number-missing', values: { what: q.kind === 'month' ? 'date' : q.kind, expected: `${expected}` }, unit: pair.ru[0] as Unit, english, expected });
      }
    }
    for (const q of extra) {
      const actual = ru.text.slice(q.start, q.end);
      report({ key: 'message.number-extra', values: { what: q.kind === 'month' ? 'date' : q.kind, actual }, ...spanIn(ru, q.start, q.end), english, actual });
    }
  }
}, { scope: 'pair' });

function unique(list: Quantity[]): Quantity[] {
  const seen = new Set<string>();
  return list.filter((q) => !seen.has(q.key) && seen.add(q.key));
}
