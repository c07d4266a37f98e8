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
export const termMissing = createRule('term-missing', (ctx, report) => {
  const terms = ctx.terms;
  if (!terms) return;
  for (const pair of ctx.pairs) {
    if (pair.en.length === 0 || pair.ru.length === 0) continue;
    const en = joinUnits(ctx.en.source, pair.en);
    const ru = joinUnits(ctx.ru.source, pair.ru);
    const found = new Set<string>();
    const hits = terms.target(ru.text, ctx.ru.lang);
    for (const hit of hits) if (hit.entryId && (hit.kind !== 'term' || approvedHere(terms, ru, hits, hit, ctx.ru.lang))) found.add(hit.entryId);
    const reported = new Set<string>();
    for (const hit of englishHere(terms, en, terms.english(en.text))) {
      if (found.has(hit.entryId) || reported.has(hit.entryId)) continue;
      reported.add(hit.entryId);
      const expected = terms.approvedTerm(hit.entryId, ctx.ru.lang);
      if (expected === undefined) continue;
      const term = en.text.slice(hit.start, hit.end);
      report({ key: 'message.term-missing', values: { term, expected }, unit: pair.ru[0] as Unit, english: pair.en[0] as Unit, expected, actual: '' });
    }
  }
}, { scope: 'pair' });
