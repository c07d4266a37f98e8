import type { QuotationMarks, QuotePair } from '../../language/quotation-marks.js';
import type { TypographyIssue } from './typography-issue.js';

/** Straight quotes around text, or English curly quotes `“…”`. */
const QUOTED = /(?<![\p{L}\p{N}])(["'])([^"'\n]+?)\1(?![\p{L}\p{N}])|“([^“”\n]+)”/gu;

/**
 * Quotes that are not the language's (CLDR delimiters): straight quotes anywhere, English
 * `“…”` unless the language uses them at that depth. The expected marks are the primary pair,
 * or the nested pair inside a primary one.
 *
 * @param text plain text of a unit
 * @param marks the language's quotation marks
 * @param inside the space inside the marks (French: a narrow no-break space, `«\u202fmot\u202f»`)
 * @example findQuotes('"Ja", sagte er', { primary: ['„', '“'], nested: ['‚', '‘'] })[0]?.expected // '„Ja“'
 */
export function findQuotes(text: string, marks: QuotationMarks, inside = ''): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[2] ?? m[3] ?? '';
    if (m[1] === "'" && !/\p{L}{2}/u.test(inner)) continue;
    const nested = depth(text, m.index, marks.primary) > 0;
    const pair = nested ? marks.nested : marks.primary;
    if (m[3] !== undefined && pair[0] === '“' && pair[1] === '”') continue;
    issues.push({
      start: m.index,
      end: m.index + m[0].length,
      key: 'message.typography-quotes',
      actual: m[0],
      expected: `${pair[0]}${inside}${inner}${inside}${pair[1]}`,
    });
  }
  return issues;
}

/** How many primary quotes are open at an offset (marks alike on both sides toggle). */
function depth(text: string, offset: number, [open, close]: QuotePair): number {
  let level = 0;
  for (const c of text.slice(0, offset)) {
    if (open === close) {
      if (c === open) level = level > 0 ? 0 : 1;
    } else if (c === open) level++;
    else if (c === close) level = Math.max(0, level - 1);
  }
  return level;
}
