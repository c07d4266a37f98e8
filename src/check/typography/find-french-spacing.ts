import { NBSP, NNBSP, SPACE_OK, type TypographyIssue } from './typography-issue.js';

/** A word or closing mark, an optional space, a high punctuation mark ending a phrase. */
const BEFORE_MARK = /([\p{L}\p{N}]+|[»)\]])([ \u00a0\u202f]?)([;:!?])(?=[\s»)\]"”]|$)/gu;
const AFTER_OPEN = /«([ \u00a0\u202f]?)(?=[^\s\u00a0\u202f])/gu;
const BEFORE_CLOSE = /(?<=[^\s\u00a0\u202f])([ \u00a0\u202f]?)»/gu;

/**
 * French spacing: a no-break space before `; : ! ?` (narrow, U+202F; a full one, U+00A0, is
 * also accepted, and expected before `:`) and inside `« »`. Marks not ending a phrase (`http:`,
 * `10:30`, `a:b`) are left alone.
 *
 * @param text plain text of a unit
 * @example findFrenchSpacing('Pourquoi ?')[0]?.expected // 'Pourquoi\u202f?'
 */
export function findFrenchSpacing(text: string): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  for (const m of text.matchAll(BEFORE_MARK)) {
    const [whole, word, space, mark] = m as unknown as [string, string, string, string];
    if (SPACE_OK.test(space)) continue;
    const expected = `${word}${mark === ':' ? NBSP : NNBSP}${mark}`;
    issues.push({ start: m.index, end: m.index + whole.length, key: 'message.typography-space-before', actual: whole, expected, values: { mark } });
  }
  for (const m of text.matchAll(AFTER_OPEN)) {
    if (SPACE_OK.test(m[1] ?? '')) continue;
    issues.push({ start: m.index, end: m.index + m[0].length, key: 'message.typography-space-inside', actual: m[0], expected: `«${NNBSP}` });
  }
  for (const m of text.matchAll(BEFORE_CLOSE)) {
    if (SPACE_OK.test(m[1] ?? '')) continue;
    issues.push({ start: m.index, end: m.index + m[0].length, key: 'message.typography-space-inside', actual: m[0], expected: `${NNBSP}»` });
  }
  return issues;
}
