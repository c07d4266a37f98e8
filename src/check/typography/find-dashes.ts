import type { TypographyData } from '../../language/typography-data.js';
import type { TypographyIssue } from './typography-issue.js';

const patterns = new Map<string, RegExp>();

/**
 * Dashes between words that are not the language's: a spaced hyphen (` - `, ` -- `), a spaced
 * en or em dash the language does not use, and (Russian, Ukrainian) an em dash between two
 * letters without spaces. Ranges between digits (`1933 - 1945`) are left alone.
 *
 * @param text plain text of a unit
 * @param data the language's typography
 * @example findDashes('Das ist - sagte er', typographyData('de'))[0]?.expected // ' – '
 */
export function findDashes(text: string, data: TypographyData): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  const key = data.dash.trim() === '—' ? 'message.typography-dash' : 'message.typography-dash-en';
  for (const m of text.matchAll(pattern(data))) {
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (/\d/.test(before) && /\d/.test(after)) continue;
    issues.push({ start: m.index, end: m.index + m[0].length, key, actual: m[0], expected: data.dash });
  }
  return issues;
}

function pattern(data: TypographyData): RegExp {
  const accepted = [data.dash, ...data.otherDashes].map((d) => d.trim());
  const wrong = ['--?', ...['–', '—'].filter((d) => !accepted.includes(d))].join('|');
  const id = `${wrong}/${data.spacedEmDashOnly}`;
  let re = patterns.get(id);
  if (!re) {
    const unspaced = data.spacedEmDashOnly ? '|(?<=\\p{L})(—)(?=\\p{L})' : '';
    re = new RegExp(`(?<=[\\p{L}\\p{N}\\p{P}])([ \\u00a0])(${wrong})( )(?=[\\p{L}\\p{N}\\p{Pi}\\p{Ps}«])${unspaced}`, 'gu');
    patterns.set(id, re);
  }
  return re;
}
