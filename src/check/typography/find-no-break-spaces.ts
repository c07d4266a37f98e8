import type { TypographyData } from '../../language/typography-data.js';
import { NBSP, SPACE_OK, type TypographyIssue } from './typography-issue.js';

interface Patterns {
  initials?: RegExp;
  initialsAfter?: RegExp;
  abbreviations?: RegExp;
  signs?: RegExp;
}

const cache = new WeakMap<TypographyData, Patterns>();
const S = '[ \\u00a0\\u202f]';

function patterns(data: TypographyData): Patterns {
  const hit = cache.get(data);
  if (hit) return hit;
  const out: Patterns = {};
  if (data.initials) {
    const { upper: U, lower: L } = data.initials;
    out.initials = new RegExp(`(?<![\\p{L}\\p{N}.])(?<![${U}][${L}]+${S})(?<![${U}]\\.${S}?)([${U}]\\.)(?:(${S}?)([${U}]\\.))?(${S}?)([${U}][${L}]+)`, 'gu');
    out.initialsAfter = new RegExp(`(?<![\\p{L}])([${U}][${L}]+)(${S})([${U}]\\.)(${S}?)([${U}]\\.)(?![\\p{L}])`, 'gu');
  }
  if (data.abbreviationsAfterNumber.length > 0)
    out.abbreviations = new RegExp(`(?<!\\d)(\\d+)(${S}?)(${data.abbreviationsAfterNumber.join('|')})(?!\\p{L})`, 'gu');
  if (data.signsBeforeNumber.length > 0) out.signs = new RegExp(`(${data.signsBeforeNumber.join('|')})(${S}?)(?=\\d)`, 'gu');
  cache.set(data, out);
  return out;
}

/**
 * Plain spaces where the language wants a no-break space: after initials and between initials
 * (`М.⍽М.⍽Литвинов`, `Литвинов⍽М.⍽М.`), between a number and an abbreviation after it
 * (`1933⍽г.`, `1933⍽р.`), after a sign before a number (`№⍽11`).
 *
 * @param text plain text of a unit
 * @param data the language's typography
 * @example findNoBreakSpaces('в 1933 р.', typographyData('uk'))[0]?.expected // '1933\u00a0р.'
 */
export function findNoBreakSpaces(text: string, data: TypographyData): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  const p = patterns(data);
  const key = 'message.typography-nbsp' as const;
  for (const m of p.initials ? text.matchAll(p.initials) : []) {
    const [whole, first, gap, second, space, surname] = m as unknown as [string, string, string | undefined, string | undefined, string, string];
    const badGap = second !== undefined && !SPACE_OK.test(gap ?? '');
    if (!badGap && SPACE_OK.test(space)) continue;
    const expected = second ? `${first}${NBSP}${second}${NBSP}${surname}` : `${first}${NBSP}${surname}`;
    issues.push({ start: m.index, end: m.index + whole.length, key, actual: whole, expected });
  }
  for (const m of p.initialsAfter ? text.matchAll(p.initialsAfter) : []) {
    const [whole, surname, space, first, gap, second] = m as unknown as [string, string, string, string, string, string];
    if (SPACE_OK.test(space) && SPACE_OK.test(gap)) continue;
    issues.push({ start: m.index, end: m.index + whole.length, key, actual: whole, expected: `${surname}${NBSP}${first}${NBSP}${second}` });
  }
  for (const m of p.abbreviations ? text.matchAll(p.abbreviations) : []) {
    if (SPACE_OK.test(m[2] ?? '')) continue;
    issues.push({ start: m.index, end: m.index + m[0].length, key, actual: m[0], expected: `${m[1] ?? ''}${NBSP}${m[3] ?? ''}` });
  }
  for (const m of p.signs ? text.matchAll(p.signs) : []) {
    if (SPACE_OK.test(m[2] ?? '')) continue;
    const digits = /^\d+/.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    issues.push({ start: m.index, end: m.index + m[0].length + digits.length, key, actual: `${m[0]}${digits}`, expected: `${m[1] ?? ''}${NBSP}${digits}` });
  }
  return issues;
}
