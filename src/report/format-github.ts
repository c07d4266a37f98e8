import { createTranslate, type Translate } from '../check/translate.js';
import { ciFindings, englishText, type CiFinding, type FindingLevel } from './ci-findings.js';
import type { Formatter } from './report-types.js';
import { workflowCommand } from './workflow-command.js';

/** Annotations of one level GitHub shows per step; the rest are only in the log. */
export const ANNOTATIONS_PER_LEVEL = 10;

const LEVELS: readonly FindingLevel[] = ['error', 'warning', 'note'];
const COMMAND: Readonly<Record<FindingLevel, string>> = { error: 'error', warning: 'warning', note: 'notice' };

/**
 * The report for GitHub Actions: one workflow command per finding (`::error`, `::warning`,
 * `::notice`) with file, line, end line, columns (on one line only, as GitHub takes them) and a
 * title naming the rule and the target language, escaped as GitHub's toolkit does; the English
 * unit on the annotation's second line. Errors come first, then warnings, then notices, since
 * GitHub shows only the first 10 of each level per step; when a level has more, a notice at the
 * top says how many there are and where to see them all. Paths are relative to the repository
 * root. The last line is the summary of the text report (plain log text).
 *
 * @example formatGithub(files, { lang: 'en', cwd }) // '::error title=diglot%3A number-mismatch (ru),file=content/ru/a.md,line=3,…::Unexpected date …'
 */
export const formatGithub: Formatter = (files, options) => {
  const t = createTranslate(options.lang);
  const findings = ciFindings(files, options);
  const ordered = LEVELS.flatMap((level) => findings.filter((f) => f.level === level));
  const lines: string[] = [];
  for (const level of LEVELS) {
    const count = findings.filter((f) => f.level === level).length;
    if (count > ANNOTATIONS_PER_LEVEL)
      lines.push(workflowCommand('notice', { title: 'diglot' }, t('label.annotations-more', { count, level: t(`severity.${level}`) })));
  }
  for (const finding of ordered) lines.push(annotation(finding, t));
  const errors = findings.filter((f) => f.level === 'error').length;
  lines.push(findings.length === 0 ? t('label.clean') : t('label.summary', { count: findings.length, errors, warnings: findings.length - errors }));
  return `${lines.join('\n')}\n`;
};

function annotation(finding: CiFinding, t: Translate): string {
  const m = finding.fields;
  const oneLine = m.endLine <= m.line;
  const title = `diglot: ${m.ruleId}${finding.language ? ` (${finding.language})` : ''}`;
  const english =
    m.related && finding.relatedPath ? `\n${t('label.english')}: ${finding.relatedPath}:${m.related.line}: ${englishText(m.related.message)}` : '';
  return workflowCommand(
    COMMAND[finding.level],
    {
      title,
      file: finding.path,
      line: m.line,
      endLine: Math.max(m.endLine, m.line),
      col: oneLine ? m.column : undefined,
      endColumn: oneLine ? Math.max(m.endColumn, m.column) : undefined,
    },
    `${m.message}${english}`,
  );
}
