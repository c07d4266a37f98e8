import { I18nErrorCode, type I18nProblem } from '../i18n/i18n-error-code.js';
import type { FindingReporter } from '../report/finding-reporter.js';

/** The rule id of each interface-string problem code (docs/rules.md). */
const RULE_OF_CODE: Readonly<Record<string, string>> = {
  [I18nErrorCode.missingMessage]: 'i18n-missing-message',
  [I18nErrorCode.formatError]: 'i18n-format-error',
  [I18nErrorCode.unsupportedLocale]: 'i18n-unsupported-locale',
};

/**
 * Report the interface-string problems of a build as warnings in the language they are about;
 * each code (`DIGLOT_I18N_MISSING_MESSAGE`, …) has its rule id (`i18n-missing-message`, …).
 *
 * @example reportI18nProblems(reporter, report.problems) // diglot: warning i18n-missing-message (de): …
 */
export function reportI18nProblems(reporter: FindingReporter, problems: readonly I18nProblem[]): void {
  for (const p of problems) reporter.report({ ruleId: RULE_OF_CODE[p.code] ?? p.code, severity: 'warning', message: p.message, lang: p.lang });
}
