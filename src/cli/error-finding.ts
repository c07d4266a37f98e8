import { InputError } from '../errors.js';
import { commandFinding, type CommandFinding, type FindingSeverity } from '../report/command-finding.js';
import { summarizeError } from './describe-error.js';

/**
 * A thrown error as a finding: an input error keeps its place, expected and actual; any other
 * error (a system error, a bug in one document) is described in one line on `file`.
 *
 * @param ruleId the kind of failure (`document-failed`, `image-refused`, …)
 * @example findingOfError(new InputError('Expected a text file', { file: 'a.md', line: 1 }), 'document-failed', { severity: 'error' }).line // 1
 */
export function findingOfError(
  error: unknown,
  ruleId: string,
  options: { severity: FindingSeverity; file?: string | undefined; lang?: string | undefined; prefix?: string; suffix?: string },
): CommandFinding {
  const prefix = options.prefix ?? '';
  const suffix = options.suffix ?? '';
  if (error instanceof InputError) {
    const place = error.place;
    return commandFinding({
      ruleId,
      severity: options.severity,
      message: `${prefix}${error.message}${suffix}`,
      file: place?.file ?? options.file,
      line: place?.line,
      column: place?.column,
      expected: error.expected,
      actual: error.actual,
      lang: options.lang,
    });
  }
  return commandFinding({ ruleId, severity: options.severity, message: `${prefix}${summarizeError(error)}${suffix}`, file: options.file, lang: options.lang });
}
