import { UsageError } from '../errors.js';

/**
 * Check an option value against the values a command accepts.
 *
 * @param what what the value is, for the message (`format`, `state`, `language`)
 * @param value the value given
 * @param allowed the accepted values
 * @returns the value, narrowed to the accepted ones
 * @throws UsageError "Unexpected format `xml`, expected `json` or `text`"
 * @example const format = expectOneOf('format', values.format, ['json', 'text'] as const)
 */
export function expectOneOf<const T extends string>(what: string, value: string | undefined, allowed: readonly T[]): T {
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return value as T;
  const list = allowed.map((a) => `\`${a}\``);
  const expected = list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list.at(-1)}` : (list[0] ?? 'nothing');
  throw new UsageError(`Unexpected ${what} ${value === undefined ? 'nothing' : `\`${value}\``}, expected ${expected}`);
}
