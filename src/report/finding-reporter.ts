import type { VFileMessage } from 'vfile-message';
import { commandFinding, severityOf, type CommandFinding, type FindingFields } from './command-finding.js';
import { findingLine } from './finding-line.js';
import { oneLine } from './message-fields.js';

/** Counts of a run's findings by severity (info is not counted): what the exit code is decided from. */
export interface FindingCounts {
  errors: number;
  warnings: number;
}

/**
 * The reporter every command prints its findings through: each finding is one line
 * (`findingLine`) written as it is reported, and kept, so the exit code follows from what was
 * reported (`outcomeOf` in src/cli/exit-code.ts).
 *
 * @example
 * const reporter = new FindingReporter(ctx.stderr);
 * reporter.report({ ruleId: 'import-skipped', severity: 'warning', message: 'Skipped unit `u-1`', file: 'a.xlf' });
 * return outcomeOf(reporter.findings);
 */
export class FindingReporter {
  readonly findings: CommandFinding[] = [];

  /** @param write where the lines go (a command's stderr, or stdout for a checking command's report) */
  constructor(private readonly write: (text: string) => void) {}

  /** Report a finding: print its line and keep it. */
  report(finding: FindingFields | CommandFinding): CommandFinding {
    const made = 'reason' in finding ? finding : commandFinding(finding);
    this.findings.push(made);
    this.write(`${formatFinding(made)}\n`);
    return made;
  }

  /** Errors and warnings reported so far. */
  counts(): FindingCounts {
    return countFindings(this.findings);
  }
}

/**
 * One finding as its text line.
 *
 * @example formatFinding(commandFinding({ ruleId: 'cache-ignored', severity: 'warning', message: 'Ignoring the cache' })) // 'diglot: warning cache-ignored: Ignoring the cache'
 */
export function formatFinding(finding: CommandFinding): string {
  const place = finding.place && 'start' in finding.place ? finding.place.start : finding.place;
  return findingLine({
    path: finding.file ?? '',
    line: place?.line,
    column: place?.column,
    severity: severityOf(finding),
    ruleId: finding.ruleId ?? 'unknown',
    lang: finding.lang,
    message: oneLine(finding.reason),
    expected: finding.expected?.map(oneLine),
    actual: finding.actual == null ? undefined : oneLine(finding.actual),
  });
}

/**
 * Errors (`fatal` true) and warnings (`fatal` false) among findings; info is not counted.
 *
 * @example countFindings([error, warning, info]) // { errors: 1, warnings: 1 }
 */
export function countFindings(findings: ReadonlyArray<Pick<VFileMessage, 'fatal'>>): FindingCounts {
  return { errors: findings.filter((f) => f.fatal === true).length, warnings: findings.filter((f) => f.fatal === false).length };
}
