/** How a language writes numbers, from CLDR through `Intl.NumberFormat`. */
export interface NumberSeparators {
  /** The group separator (`,` en, `.` de, U+00A0 ru/pl, U+202F fr). */
  group: string;
  decimal: string;
  /** Whether four-digit numbers are grouped (`1 234` ru) or not (`1234` pl). */
  groupsFourDigits: boolean;
}

/**
 * The number separators of a language.
 *
 * @param tag a BCP 47 tag Intl knows
 * @example numberSeparators('de') // { group: '.', decimal: ',', groupsFourDigits: true }
 */
export function numberSeparators(tag: string): NumberSeparators {
  const format = new Intl.NumberFormat(tag);
  const parts = format.formatToParts(1234567.5);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    groupsFourDigits: /\D/.test(format.format(1234)),
  };
}

/** Spaces people type for a space group separator. */
export const GROUP_SPACES = [' ', '\u00a0', '\u202f', '\u2009'] as const;

/**
 * Whether a language groups digits with a space (of any width).
 *
 * @example groupsWithSpace(numberSeparators('fr')) // true
 */
export function groupsWithSpace(separators: NumberSeparators): boolean {
  return (GROUP_SPACES as readonly string[]).includes(separators.group);
}
