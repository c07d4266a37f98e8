/**
 * Typed errors thrown for misuse (bad options, unreadable input, invalid configuration).
 * Content problems are never thrown: they are vfile messages. The CLI entry maps these
 * errors to exit codes in one place (`src/cli/exit-code.ts`).
 */

/** A position in a file, 1-based line and column. */
export interface ErrorPlace {
  file: string;
  line?: number;
  column?: number;
}

/** Wrong command-line usage: unknown command, missing argument, bad flag value. Exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * Bad input: a missing or binary file, malformed YAML, an invalid config or glossary.
 * Carries the file and, where known, the line and column. Exit 2.
 *
 * @example
 * throw new InputError('Expected a mapping, not `list`', { file: 'diglot.config.yaml', line: 3, column: 1 });
 */
export class InputError extends Error {
  override name = 'InputError';
  readonly place: ErrorPlace | undefined;
  readonly expected: string | undefined;
  readonly actual: string | undefined;
  /** The finding's rule id when a command reports this error as a finding (`image-refused`, …; docs/rules.md). */
  readonly ruleId: string | undefined;

  constructor(message: string, place?: ErrorPlace, details?: { expected?: string | undefined; actual?: string | undefined; ruleId?: string | undefined }) {
    super(message);
    this.place = place;
    this.expected = details?.expected;
    this.actual = details?.actual;
    this.ruleId = details?.ruleId;
  }

  /** `file:line:column: message` (line and column only where known). */
  override toString(): string {
    return `${formatPlace(this.place)}${this.message}`;
  }
}

/** `file:line:column: ` prefix for a place, or an empty string. */
export function formatPlace(place: ErrorPlace | undefined): string {
  if (!place) return '';
  let out = place.file;
  if (place.line !== undefined) {
    out += `:${place.line}`;
    if (place.column !== undefined) out += `:${place.column}`;
  }
  return `${out}: `;
}
