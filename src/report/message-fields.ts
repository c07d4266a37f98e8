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
    message: message.reason,
    expected: message.expected ?? undefined,
    actual: message.actual ?? undefined,
    url: message.url ?? undefined,
    related: cause && causePlace
      ? { file: displayPath(cause.file ?? '', cwd), line: causePlace.start.line, column: causePlace.start.column, endLine: causePlace.end.line, endColumn: causePlace.end.column, message: cause.reason }
      : undefined,
  };
}

/** A path relative to `cwd` with forward slashes (absolute when outside it). */
export function displayPath(file: string, cwd: string): string {
  if (!file) return file;
  const rel = relative(cwd, file);
  const shown = rel.startsWith('..') || rel === '' ? file : rel;
  return shown.split(sep).join('/');
}
