import { relative, sep } from 'node:path';
import type { VFileMessage } from 'vfile-message';

/** A message flattened for reporting: positions, severity, related English location. */
export interface MessageFields {
  ruleId: string;
  severity: 'error' | 'warning';
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  expected: string[] | undefined;
  actual: string | undefined;
  url: string | undefined;
  related: { file: string; line: number; column: number; endLine: number; endColumn: number; message: string } | undefined;
}

/**
 * Read the reporting fields of a vfile message (place, severity, cause as related location).
 * Every text field is one line: a whitespace run holding a line break (a term spanning a soft
 * line break) reads as one space, so one finding is one line in every format.
 *
 * @param message a message of `checkPair`
 * @param cwd paths of related files are made relative to it
 * @example messageFields(file.messages[0], process.cwd()).severity // 'error'
 */
export function messageFields(message: VFileMessage, cwd: string): MessageFields {
  const place = message.place;
  const start = place && 'start' in place ? place.start : place;
  const end = place && 'end' in place ? place.end : start;
  const cause = message.cause as (VFileMessage & { file?: string }) | undefined;
  const causePlace = cause?.place && 'start' in cause.place ? cause.place : undefined;
  return {
    ruleId: message.ruleId ?? 'unknown',
    severity: message.fatal ? 'error' : 'warning',
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    endLine: end?.line ?? start?.line ?? 1,
    endColumn: end?.column ?? start?.column ?? 1,
    message: oneLine(message.reason),
    expected: message.expected?.map(oneLine) ?? undefined,
    actual: message.actual == null ? undefined : oneLine(message.actual),
    url: message.url ?? undefined,
    related:
      cause && causePlace
        ? {
            file: displayPath(cause.file ?? '', cwd),
            line: causePlace.start.line,
            column: causePlace.start.column,
            endLine: causePlace.end.line,
            endColumn: causePlace.end.column,
            message: oneLine(cause.reason),
          }
        : undefined,
  };
}

/**
 * A text on one line: every whitespace run that holds a line break (`\n`, `\r\n`, `\r`,
 * U+2028/U+2029, with the spaces and tabs around it) becomes one space. Other whitespace is
 * kept as it is — a double space or a no-break space may be what a finding is about.
 *
 * @example oneLine('Народного\n  комиссариата') // 'Народного комиссариата'
 */
export function oneLine(text: string): string {
  return text.replace(/[ \t]*(?:[\r\n\u2028\u2029][ \t]*)+/g, ' ');
}

/** A path relative to `cwd` with forward slashes (absolute when outside it). */
export function displayPath(file: string, cwd: string): string {
  if (!file) return file;
  const rel = relative(cwd, file);
  const shown = rel.startsWith('..') || rel === '' ? file : rel;
  return shown.split(sep).join('/');
}
