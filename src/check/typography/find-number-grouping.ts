import type { LanguageProfile } from '../../language/language-profile.js';
import type { TypographyIssue } from './typography-issue.js';

/** A number grouped the English way (`1,500`, `12,000,000`), not part of a longer number. */
const COMMA_GROUPED = /(?<![\p{N},.])\d{1,3}(?:,\d{3})+(?![\p{N}]|[,.]\d)/gu;

/**
 * Numbers copied with the source's grouping into a language that groups otherwise: `1,500` in
 * German (expected `1.500`), French (`1 500`) or Polish (`1500`). Only numbers written the
 * same way in the source unit are reported (there `1,500` is surely not a decimal fraction).
 *
 * @param text plain text of a translation unit
 * @param sourceText plain text of its source unit(s)
 * @param profile the target language's profile
 * @example findNumberGrouping('Es gibt 1,500 Apps.', 'There are 1,500 apps.', profileOf('de'))[0]?.expected // '1.500'
 */
export function findNumberGrouping(text: string, sourceText: string, profile: LanguageProfile): TypographyIssue[] {
  if (profile.numbers.group === ',') return [];
  const issues: TypographyIssue[] = [];
  const format = new Intl.NumberFormat(profile.tag);
  for (const m of text.matchAll(COMMA_GROUPED)) {
    if (!sourceText.includes(m[0])) continue;
    const expected = format.format(Number(m[0].replaceAll(',', '')));
    issues.push({ start: m.index, end: m.index + m[0].length, key: 'message.typography-number', actual: m[0], expected, values: { language: profile.tag } });
  }
  return issues;
}
