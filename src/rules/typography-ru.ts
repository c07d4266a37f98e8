import { createRule } from '../check/create-rule.js';
import { findTypography } from '../check/typography/find-typography.js';
import { findAgreement } from '../check/typography/numeral-agreement.js';
import { plainText } from '../check/unit-source-map.js';

/**
 * `typography-ru`: « » quotes instead of straight or English ones, an em dash with spaces
 * instead of a hyphen or en dash, no-break spaces after initials, before «г.» and after «№»,
 * and nouns agreeing with the digits before them (3 ноты, 5 нот). Russian side only.
 *
 * @example not-ok: `"Так" - сказал М.М. Литвинов в 1933 г.`
 */
export const typographyRu = createRule('typography-ru', (ctx, report) => {
  if (!ctx.ru.lang.startsWith('ru')) return;
  for (const pair of ctx.pairs) {
    const english = pair.en[0];
    for (const unit of pair.ru) {
      const text = plainText(ctx.ru.source, unit);
      const issues = [...findTypography(text), ...findAgreement(text)].sort((a, b) => a.start - b.start);
      for (const issue of issues) {
        report({ key: issue.key, values: { actual: issue.actual, expected: issue.expected }, unit, span: [issue.start, issue.end], ...(english ? { english } : {}), expected: issue.expected, actual: issue.actual });
      }
    }
  }
}, { scope: 'pair' });
