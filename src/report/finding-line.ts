/** What one line of a text report shows. */
export interface FindingLineFields {
  /** The file as shown; empty when the finding is on no file. */
  path: string;
  line?: number | undefined;
  column?: number | undefined;
  /** The severity word, in the report language (`error`, `warning`, `info`). */
  severity: string;
  ruleId: string;
  /** The target language the finding is about. */
  lang?: string | undefined;
  message: string;
  /** Printed as ` (expected: …; found: …)` when given (a check rule's message states them itself). */
  expected?: readonly string[] | undefined;
  actual?: string | undefined;
}

/**
 * The one line of every finding in a text report, whatever command made it:
 * `file:line:column: severity rule-id (lang): message (expected: …; found: …)`. The place is as
 * much of it as is known (`file: ` alone, or `diglot: ` for a finding on no file); the language
 * and the expected/found part only when there are some.
 *
 * @example findingLine({ path: 'content/ru/a.md', line: 3, column: 1, severity: 'error', ruleId: 'lock-stale', lang: 'ru', message: 'Unexpected changed English' })
 * // 'content/ru/a.md:3:1: error lock-stale (ru): Unexpected changed English'
 */
export function findingLine(fields: FindingLineFields): string {
  const position = fields.path === '' ? 'diglot' : fields.line === undefined ? fields.path : `${fields.path}:${fields.line}:${fields.column ?? 1}`;
  const lang = fields.lang ? ` (${fields.lang})` : '';
  const details = [
    fields.expected?.length ? `expected: ${fields.expected.join(' or ')}` : undefined,
    fields.actual !== undefined ? `found: ${fields.actual}` : undefined,
  ].filter(Boolean);
  return `${position}: ${fields.severity} ${fields.ruleId}${lang}: ${fields.message}${details.length ? ` (${details.join('; ')})` : ''}`;
}
