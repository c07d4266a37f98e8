import { createRule } from '../check/create-rule.js';
import { joinUnits } from '../check/joined-text.js';
import type { Unit } from '../segment/types.js';
import { approvedHere, englishHere } from './term-context.js';

/**
 * `term-missing`: the English unit uses a glossary term and the aligned Russian unit holds none
 * of its approved forms, in any inflection (the compiled forms file has them all). A term the
 * Russian renders with a forbidden variant is left to `term-forbidden`.
 *
 * @example not-ok: English `notes verbales`, Russian `ноты` without `вербальные`
 */
export const termMissing = createRule(
  'term-missing',
  (ctx, report) => {
    const terms = ctx.terms;
    if (!terms) return;
    for (const pair of ctx.pairs) {
      if (pair.source.length === 0 || pair.target.length === 0) continue;
      const source = joinUnits(ctx.source.markdown, pair.source);
      const target = joinUnits(ctx.target.markdown, pair.target);
      const found = new Set<string>();
      const hits = terms.target(target.text, ctx.target.lang);
      for (const hit of hits) if (hit.entryId && (hit.kind !== 'term' || approvedHere(terms, target, hits, hit, ctx.target.lang))) found.add(hit.entryId);
      const reported = new Set<string>();
      for (const hit of englishHere(terms, source, terms.english(source.text))) {
        if (found.has(hit.entryId) || reported.has(hit.entryId)) continue;
        reported.add(hit.entryId);
        const expected = terms.approvedTerm(hit.entryId, ctx.target.lang);
        if (expected === undefined) continue;
        const term = source.text.slice(hit.start, hit.end);
        report({
          key: 'message.term-missing',
          values: { term, expected },
          unit: pair.target[0] as Unit,
          english: pair.source[0] as Unit,
          expected,
          actual: '',
        });
      }
    }
  },
  { scope: 'pair' },
);
