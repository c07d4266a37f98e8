import { createTranslate } from '../check/translate.js';
import { ciFindings, englishText, type FindingLevel } from './ci-findings.js';
import type { Formatter } from './report-types.js';

/** GitLab's severities (Code Quality report) for diglot's levels: an error fails the gate. */
const SEVERITY: Readonly<Record<FindingLevel, 'major' | 'minor' | 'info'>> = { error: 'major', warning: 'minor', note: 'info' };

/**
 * GitLab's Code Quality report (`artifacts: reports: codequality`): a JSON array with one
 * issue per finding — `description` (the message, the target language and the English unit),
 * `check_name` (the rule id), a `fingerprint` stable across unrelated edits and unique in the
 * report, `severity` (error → major, warning → minor, no severity → info) and `location`
 * (`path` relative to the repository root, `positions` begin and end with line and column).
 *
 * @example JSON.parse(formatGitlab(files, { lang: 'en', cwd }))[0].check_name // 'number-mismatch'
 */
export const formatGitlab: Formatter = (files, options) => {
  const t = createTranslate(options.lang);
  const issues = ciFindings(files, options).map((finding) => {
    const m = finding.fields;
    const language = finding.language ? `[${finding.language}] ` : '';
    const english =
      m.related && finding.relatedPath ? ` — ${t('label.english')}: ${finding.relatedPath}:${m.related.line}: ${englishText(m.related.message)}` : '';
    return {
      description: `${language}${m.message}${english}`,
      check_name: m.ruleId,
      fingerprint: finding.fingerprint,
      severity: SEVERITY[finding.level],
      location: {
        path: finding.path,
        positions: {
          begin: { line: m.line, column: m.column },
          end: { line: Math.max(m.endLine, m.line), column: m.endLine > m.line ? m.endColumn : Math.max(m.endColumn, m.column) },
        },
      },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
