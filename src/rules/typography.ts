import { createRule } from '../check/create-rule.js';
import { joinUnits } from '../check/joined-text.js';
import { findTypography } from '../check/typography/find-typography.js';
import { findAgreement } from '../check/typography/numeral-agreement.js';
import { plainText } from '../check/unit-source-map.js';
import { profileOf } from '../language/language-profile.js';

/**
 * `typography` (formerly `typography-ru`, still accepted in config and suppressions): the
 * target language's typography from its profile (src/language/) — quotation marks from CLDR
 * (« » ru/uk/fr, „ “ de, „ ” pl), the dash between words (` — ` ru/uk/fr, ` – ` de/pl), no-break
 * spaces after initials and around `г.`/`р.`/`№` (ru, uk), French spacing before `; : ! ?`
 * and inside « », numbers keeping the source's grouping, and in Russian nouns agreeing with
 * the digits before them (3 ноты, 5 нот).
 *
 * @example not-ok (ru): `"Так" - сказал М.М. Литвинов в 1933 г.`; not-ok (de): `"Ja" - sagte er`
 */
export const typography = createRule(
  'typography',
  (ctx, report) => {
    const profile = profileOf(ctx.target.lang);
    if (profile.checks.length === 0) return;
    const agreement = profile.checks.includes('numeral agreement');
    for (const pair of ctx.pairs) {
      const english = pair.source[0];
      const source = pair.source.length > 0 ? joinUnits(ctx.source.markdown, pair.source).text : '';
      for (const unit of pair.target) {
        const text = plainText(ctx.target.markdown, unit);
        const issues = [...findTypography(text, profile, source), ...(agreement ? findAgreement(text) : [])].sort((a, b) => a.start - b.start);
        for (const issue of issues) {
          report({
            key: issue.key,
            values: { ...issue.values, actual: issue.actual, expected: issue.expected },
            unit,
            span: [issue.start, issue.end],
            ...(english ? { english } : {}),
            expected: issue.expected,
            actual: issue.actual,
          });
        }
      }
    }
  },
  { scope: 'pair' },
);
