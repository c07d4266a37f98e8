import type { VFileMessage } from 'vfile-message';
import { InputError, UsageError } from '../errors.js';
import { countFindings } from '../report/finding-reporter.js';

/** The exit codes of every diglot command. */
export const ExitCode = {
  /** Nothing at error level. */
  ok: 0,
  /** At least one finding at error level (or a warning, with `--frail`). */
  findings: 1,
  /** Usage, configuration or input error; nothing was written. */
  input: 2,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** Severity counts a command reports, from which the exit code is decided. */
export interface Outcome {
  errors: number;
  warnings: number;
  frail?: boolean;
}

/**
 * The outcome of a run from the findings it reported (any command's: check's vfile messages or
 * the `FindingReporter`'s): errors (`fatal` true), warnings (`fatal` false); info is not counted.
 *
 * @example exitCodeFor(outcomeOf(reporter.findings, values.frail)) // 1 when a finding is an error
 */
export function outcomeOf(findings: ReadonlyArray<Pick<VFileMessage, 'fatal'>>, frail?: boolean): Outcome {
  return { ...countFindings(findings), ...(frail ? { frail } : {}) };
}

/**
 * The one place that decides the exit code of a run.
 *
 * @param outcome counts of findings, or a thrown error
 * @returns 0, 1 or 2
 * @example exitCodeFor({ errors: 0, warnings: 2, frail: true }) // 1
 */
export function exitCodeFor(outcome: Outcome | unknown): ExitCodeValue {
  if (outcome instanceof UsageError || outcome instanceof InputError) return ExitCode.input;
  if (outcome instanceof Error) return ExitCode.input;
  const o = outcome as Outcome;
  if (o.errors > 0) return ExitCode.findings;
  if (o.frail && o.warnings > 0) return ExitCode.findings;
  return ExitCode.ok;
}
