import type { MessageKey } from '../translate.js';

/** A typography problem in a text: span, message key, what was found and what is expected. */
export interface TypographyIssue {
  start: number;
  end: number;
  key: MessageKey;
  actual: string;
  expected: string;
}

const NBSP = '\u00a0';
const SPACE_OK = /^[\u00a0\u202f]$/;
/** Straight or English quotes around text; `„…“` is the Russian inner pair and is fine. */
const QUOTED = /(?<![\p{L}\p{N}])(["'])([^"'\n]+?)\1(?![\p{L}\p{N}])|“([^“”\n]+)”/gu;
const DASH = /(?<=[\p{L}\p{N}\p{P}])([ \u00a0])(--?|–)( )(?=[\p{L}\p{N}\p{Pi}\p{Ps}«])|(?<=\p{L})(—)(?=\p{L})/gu;
const INITIALS = /(?<![\p{L}\p{N}.])(?<![А-ЯЁ][а-яё]+[ \u00a0\u202f])(?<![А-ЯЁ]\.[ \u00a0\u202f]?)([А-ЯЁ]\.)(?:([ \u00a0\u202f]?)([А-ЯЁ]\.))?([ \u00a0\u202f]?)([А-ЯЁ][а-яё]+)/gu;
const INITIALS_AFTER = /(?<![\p{L}])([А-ЯЁ][а-яё]+)([ \u00a0\u202f])([А-ЯЁ]\.)([ \u00a0\u202f]?)([А-ЯЁ]\.)(?![\p{L}])/gu;
const YEAR_ABBR = /(?<!\d)(\d+)([ \u00a0\u202f]?)(гг?\.)(?!\p{L})/gu;
const NUMBER_SIGN = /№([ \u00a0\u202f]?)(?=\d)/gu;

/**
 * Find typography problems of Russian text: straight or English quotes (expected « », or „ “
 * inside « »), a hyphen or en dash used as a dash (expected ` — `) or an unspaced em dash
 * between words, and missing no-break spaces after initials, before «г.»/«гг.» and after «№».
 *
 * @param text plain text of a unit
 * @returns issues in text order
 * @example findTypography('"Да" - сказал М.М. Литвинов')[0]?.expected // '«Да»'
 */
export function findTypography(text: string): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[2] ?? m[3] ?? '';
    if (m[1] === "'" && !/\p{L}{2}/u.test(inner)) continue;
    const nested = depth(text, m.index) > 0;
    issues.push({ start: m.index, end: m.index + m[0].length, key: 'message.typography-quotes', actual: m[0], expected: nested ? `„${inner}“` : `«${inner}»` });
  }
  for (const m of text.matchAll(DASH)) {
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (/\d/.test(before) && /\d/.test(after)) continue;
    issues.push({ start: m.index, end: m.index + m[0].length, key: 'message.typography-dash', actual: m[0], expected: ' — ' });
  }
  for (const m of text.matchAll(INITIALS)) {
    const [whole, first, gap, second, space, surname] = m as unknown as [string, string, string | undefined, string | undefined, string, string];
    const badGap = second !== undefined && !SPACE_OK.test(gap ?? '');
    if (!badGap && SPACE_OK.test(space)) continue;
    const expected = second ? `${first}${NBSP}${second}${NBSP}${surname}` : `${first}${NBSP}${surname}`;
    issues.push({ start: m.index, end: m.index + whole.length, key: 'message.typography-nbsp', actual: whole, expected });
  }
  for (const m of text.matchAll(INITIALS_AFTER)) {
    const [whole, surname, space, first, gap, second] = m as unknown as [string, string, string, string, string, string];
    if (SPACE_OK.test(space) && SPACE_OK.test(gap)) continue;
    issues.push({ start: m.index, end: m.index + whole.length, key: 'message.typography-nbsp', actual: whole, expected: `${surname}${NBSP}${first}${NBSP}${second}` });
  }
  for (const m of text.matchAll(YEAR_ABBR)) {
    if (SPACE_OK.test(m[2] ?? '')) continue;
    issues.push({ start: m.index, end: m.index + m[0].length, key: 'message.typography-nbsp', actual: m[0], expected: `${m[1] ?? ''}${NBSP}${m[3] ?? ''}` });
  }
  for (const m of text.matchAll(NUMBER_SIGN)) {
    if (SPACE_OK.test(m[1] ?? '')) continue;
    const digits = /^\d+/.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    issues.push({ start: m.index, end: m.index + m[0].length + digits.length, key: 'message.typography-nbsp', actual: `${m[0]}${digits}`, expected: `№${NBSP}${digits}` });
  }
  issues.sort((a, b) => a.start - b.start);
  // Initials after a surname (`Маныкин А.С.`) may also read as initials before the next word: keep the first.
  return issues.filter((issue, i) => i === 0 || issue.start >= (issues[i - 1] as TypographyIssue).end || issue.key !== 'message.typography-nbsp');
}

/** How many « are open at an offset. */
function depth(text: string, offset: number): number {
  let open = 0;
  for (const c of text.slice(0, offset)) {
    if (c === '«') open++;
    else if (c === '»') open = Math.max(0, open - 1);
  }
  return open;
}
