import type { LanguageProfile } from '../../language/language-profile.js';
import { findDashes } from './find-dashes.js';
import { findFrenchSpacing } from './find-french-spacing.js';
import { findNoBreakSpaces } from './find-no-break-spaces.js';
import { findNumberGrouping } from './find-number-grouping.js';
import { findQuotes } from './find-quotes.js';
import { NNBSP, type TypographyIssue } from './typography-issue.js';

export type { TypographyIssue } from './typography-issue.js';

/**
 * Find the typography problems of a translation unit by its language's profile: quotation
 * marks (CLDR), dashes, no-break spaces after initials and around abbreviations, French
 * spacing before `; : ! ?` and inside `« »`, and numbers keeping the source's grouping.
 * A language without profile data gets only the checks it has data for (`profile.lacks`).
 *
 * @param text plain text of a unit
 * @param profile the target language's profile
 * @param sourceText plain text of the source unit(s), for the number grouping check
 * @returns issues in text order
 * @example findTypography('"Да" - сказал М.М. Литвинов', profileOf('ru'))[0]?.expected // '«Да»'
 */
export function findTypography(text: string, profile: LanguageProfile, sourceText = ''): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  const data = profile.typography;
  if (profile.quotes) issues.push(...findQuotes(text, profile.quotes, data?.spaceBeforeHighPunctuation ? NNBSP : ''));
  if (data) issues.push(...findDashes(text, data), ...findNoBreakSpaces(text, data));
  if (data?.spaceBeforeHighPunctuation) issues.push(...findFrenchSpacing(text));
  if (sourceText) issues.push(...findNumberGrouping(text, sourceText, profile));
  issues.sort((a, b) => a.start - b.start);
  // Initials after a surname (`Маныкин А.С.`) may also read as initials before the next word: keep the first.
  return issues.filter((issue, i) => i === 0 || issue.start >= (issues[i - 1] as TypographyIssue).end || issue.key !== 'message.typography-nbsp');
}
