import { VFileMessage } from 'vfile-message';

/** Severities of a finding: an error fails the run, a warning fails it with `--frail`, info never. */
export type FindingSeverity = 'error' | 'warning' | 'info';

/** What a command knows about one finding. */
export interface FindingFields {
  /** A stable id per kind of finding (docs/rules.md): `lock-stale`, `import-conflict`, `cache-ignored`, … */
  ruleId: string;
  severity: FindingSeverity;
  /** The message, one sentence without the place: `Unexpected …, expected …`. */
  message: string;
  /** The file the finding is on, as shown (relative to the working folder), when there is one. */
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  expected?: string | readonly string[] | undefined;
  actual?: string | undefined;
  /** The target language the finding is about, when there is one. */
  lang?: string | undefined;
}

/**
 * A finding of any command: a vfile message (`ruleId`, `source: 'diglot'`, `fatal` true for an
 * error, false for a warning, unset for info, `place`, `file`, `reason`, `expected`, `actual`)
 * with the target language it is about.
 */
export type CommandFinding = VFileMessage & { lang?: string | undefined };

/**
 * Make a finding; the one shape every command reports through (`FindingReporter`).
 *
 * @example commandFinding({ ruleId: 'import-conflict', severity: 'error', message: 'Conflict in unit `u-1`', file: 'a.xlf', line: 12, lang: 'ru' }).fatal // true
 */
export function commandFinding(fields: FindingFields): CommandFinding {
  const place = fields.line !== undefined ? { line: fields.line, column: fields.column ?? 1 } : undefined;
  const finding: CommandFinding = new VFileMessage(fields.message, { ruleId: fields.ruleId, source: 'diglot', ...(place ? { place } : {}) });
  finding.fatal = fields.severity === 'error' ? true : fields.severity === 'warning' ? false : undefined;
  if (fields.file !== undefined) finding.file = fields.file;
  if (fields.expected !== undefined) finding.expected = typeof fields.expected === 'string' ? [fields.expected] : [...fields.expected];
  if (fields.actual !== undefined) finding.actual = fields.actual;
  if (fields.lang !== undefined) finding.lang = fields.lang;
  return finding;
}

/**
 * The severity of a finding from its `fatal` flag.
 *
 * @example severityOf(commandFinding({ ruleId: 'x', severity: 'info', message: 'm' })) // 'info'
 */
export function severityOf(finding: VFileMessage): FindingSeverity {
  return finding.fatal === true ? 'error' : finding.fatal === false ? 'warning' : 'info';
}
