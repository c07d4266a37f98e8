import { createRule } from '../check/create-rule.js';
import { plainText } from '../check/unit-source-map.js';

/**
 * `term-forbidden`: a variant the glossary forbids appears in the Russian, in any inflection.
 * The expected text is the approved form with the same case and number (from the hit's
 * grammemes), written with the same initial capital.
 *
 * @example not-ok: `Рузвелта` → expected `Рузвельта`
 */
export const termForbidden = createRule(
  'term-forbidden',
  (ctx, report) => {
    const terms = ctx.terms;
    if (!terms) return;
    for (const pair of ctx.pairs) {
      const english = pair.source[0];
      for (const unit of pair.target) {
        const text = plainText(ctx.target.markdown, unit);
        for (const hit of terms.target(text, ctx.target.lang)) {
          if (hit.kind !== 'term' || hit.status !== 'forbidden') continue;
          const actual = text.slice(hit.start, hit.end);
          const form = terms.approvedLike(hit.entryId, ctx.target.lang, hit.tags) ?? terms.approvedTerm(hit.entryId, ctx.target.lang);
          if (form === undefined) continue;
          const expected = matchCapital(actual, form);
          report({
            key: 'message.term-forbidden',
            values: { actual, expected },
            unit,
            span: [hit.start, hit.end],
            ...(english ? { english } : {}),
            expected,
            actual,
          });
        }
      }
    }
  },
  { scope: 'pair' },
);

function matchCapital(written: string, form: string): string {
  const upper = written.charAt(0) !== written.charAt(0).toLowerCase();
  return upper ? form.charAt(0).toUpperCase() + form.slice(1) : form;
}
