import { createRule } from '../check/create-rule.js';
import type { TermLookup } from '../check/term-lookup.js';
import { plainText } from '../check/unit-source-map.js';
import type { TermHit } from '../glossary/types.js';

/**
 * `term-inconsistent`: an entry with more than one approved variant (the inflected term and
 * hand-added forms) rendered with different variants in one document. Every inflected form of
 * a rendering is that one variant (`Сполученим Штатам` = `Сполучені Штати`); a hand form and
 * the forms declined from it are one variant too. Conditional renderings are not variants: they
 * belong to their context (`Там же` opening a note, `Соединенными Штатами` as the agent), and
 * one coordinated conjunct (`царского и Временного правительств`) is the term itself. The first
 * variant used is the expected one. Persons are left out (surname alone and full name are both fine).
 *
 * @example not-ok: `Коминтерн` in one paragraph, `Коммунистический интернационал` in another
 */
export const termInconsistent = createRule('term-inconsistent', (ctx, report) => {
  const terms = ctx.terms;
  if (!terms) return;
  const first = new Map<string, { variant: string; form: string; line: number }>();
  for (const pair of ctx.pairs) {
    const english = pair.source[0];
    for (const unit of pair.target) {
      const text = plainText(ctx.target.markdown, unit);
      for (const hit of terms.target(text, ctx.target.lang)) {
        if (hit.kind !== 'term' || hit.status !== 'approved' || hit.when || terms.kind(hit.entryId) === 'person') continue;
        const variant = variantOf(terms, hit, ctx.target.lang);
        const seen = first.get(hit.entryId);
        if (!seen) {
          first.set(hit.entryId, { variant, form: text.slice(hit.start, hit.end), line: unit.start.line });
          continue;
        }
        if (seen.variant === variant) continue;
        const actual = text.slice(hit.start, hit.end);
        const term = terms.forms.entries[hit.entryId]?.en[0] ?? hit.entryId;
        report({
          key: 'message.term-inconsistent',
          values: { actual, term, expected: seen.form, line: seen.line },
          unit,
          span: [hit.start, hit.end],
          ...(english ? { english } : {}),
          expected: seen.form,
          actual,
        });
      }
    }
  }
});

/**
 * The variant a hit belongs to: its hand form (lower case), or `main` for the term's own forms.
 * A forms file compiled before hand forms were recorded (`hand` absent, hand forms the only ones
 * without readings) falls back to the lookup's guess from the spelling.
 */
function variantOf(terms: TermLookup, hit: TermHit, lang: string): string {
  if (hit.rendering !== undefined) return `hand:${hit.rendering.toLowerCase()}`;
  const target = terms.forms.entries[hit.entryId]?.targets[lang];
  if (!target || target.hand) return 'main';
  const tagged = Object.values(target.approved);
  const legacy = tagged.some((tags) => tags.length > 0) && tagged.some((tags) => tags.length === 0);
  return legacy ? terms.variantOf(hit.entryId, lang, hit.form) : 'main';
}
