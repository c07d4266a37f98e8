import { createRule } from '../check/create-rule.js';
import { plainText } from '../check/unit-source-map.js';

/**
 * `term-inconsistent`: an entry with more than one approved variant (the inflected term and
 * hand-added forms) rendered with different variants in one document. The first variant used
 * is the expected one. Persons are left out (surname alone and full name are both fine).
 *
 * @example not-ok: `Коминтерн` in one paragraph, `Коммунистический интернационал` in another
 */
export const termInconsistent = createRule('term-inconsistent', (ctx, report) => {
  const terms = ctx.terms;
  if (!terms) return;
  const first = new Map<string, { variant: string; form: string; line: number }>();
  for (const pair of ctx.pairs) {
    const english = pair.en[0];
    for (const unit of pair.ru) {
      const text = plainText(ctx.ru.source, unit);
      for (const hit of terms.target(text, ctx.ru.lang)) {
        if (hit.kind !== 'term' || hit.status !== 'approved' || terms.kind(hit.entryId) === 'person') continue;
        const variant = terms.variantOf(hit.entryId, ctx.ru.lang, hit.form);
        const seen = first.get(hit.entryId);
        if (!seen) {
          first.set(hit.entryId, { variant, form: text.slice(hit.start, hit.end), line: unit.start.line });
          continue;
        }
        if (seen.variant === variant) continue;
        const actual = text.slice(hit.start, hit.end);
        const term = terms.forms.entries[hit.entryId]?.en[0] ?? hit.entryId;
        report({ key: 'message.term-inconsistent', values: { actual, term, expected: seen.form, line: seen.line }, unit, span: [hit.start, hit.end], ...(english ? { english } : {}), expected: seen.form, actual });
      }
    }
  }
});
