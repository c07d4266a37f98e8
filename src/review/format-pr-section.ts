import { escapeInline, inlineCode } from './format-pr-escape.js';
import { languageName, targetLanguageOf } from './format-pr-language.js';
import { codeRow, englishRow, tableHead, translationRow } from './format-pr-rows.js';
import { counts, shown } from './format-text.js';
import type { DocumentDiff } from './types.js';

/** A document with more table rows than this is shown collapsed in `<details>`. */
export const OPEN_ROWS = 5;
/** …and so is one whose table is longer than this many characters. */
export const OPEN_CHARS = 4000;

/** What a document section left out to stay within its budget. */
export interface Omitted {
  entries: number;
  stale: number;
  newFindings: number;
}

/** A rendered document section, and what did not fit. */
export interface Section {
  text: string;
  /** Entries (table rows) of the document not shown. */
  omitted: Omitted;
}

interface Entry {
  row: string;
  stale: boolean;
  newFindings: number;
}

/**
 * The section of one changed document pair in the pull-request comment: a heading with the
 * source file and the target language, a line of counts, and a table with one row per changed
 * or stale English unit (word diff beside the current translation, findings), per changed
 * translation unit and per changed code block. A long table is collapsed in `<details>`. Rows
 * that do not fit in `budget` characters are left out and counted in a closing line; when not
 * even the heading and one row fit, there is no section (undefined).
 *
 * @param d a document diff that is not `unchanged`
 * @param budget the most characters the section may take
 * @example renderSection(diff, 20_000)?.text
 */
export function renderSection(d: DocumentDiff, budget: number): Section | undefined {
  const lang = targetLanguageOf(d);
  const entries: Entry[] = [
    ...d.sourceChanges.filter(shown).map((c) => ({ row: englishRow(c), stale: c.stale, newFindings: c.findings.filter((f) => f.new).length })),
    ...d.targetChanges.map((c) => ({ row: translationRow(c), stale: false, newFindings: c.findings.length })),
    ...d.code.map((c) => ({ row: codeRow(c), stale: c.translation === 'stale', newFindings: 0 })),
  ];
  const heading = `### ${inlineCode(d.source)} → ${escapeInline(languageName(lang))}\n\n`;
  const line = `${documentCounts(d)} · translation ${inlineCode(d.target)}\n\n`;
  const head = tableHead(languageName(lang));
  const closing = (omitted: Omitted): string =>
    omitted.entries ? `\n_${omittedText(omitted, 'entry', 'entries')} of this document not shown (comment size limit)._\n` : '';
  // Room for the longest closing line and the `<details>` wrapping.
  const reserve = 400;
  let table = head;
  let fitted = 0;
  for (const entry of entries) {
    if (heading.length + line.length + table.length + entry.row.length + reserve > budget) break;
    table += entry.row;
    fitted++;
  }
  if (fitted === 0 && entries.length > 0) return undefined;
  const rest = entries.slice(fitted);
  const omitted: Omitted = { entries: rest.length, stale: rest.filter((e) => e.stale).length, newFindings: rest.reduce((n, e) => n + e.newFindings, 0) };
  const body = entries.length === 0 ? '_No unit changed; the lock changed._\n' : table;
  const collapsed = fitted > OPEN_ROWS || table.length > OPEN_CHARS;
  const shownTable = collapsed
    ? `<details><summary>${fitted} entr${fitted === 1 ? 'y' : 'ies'}: word diff and current translation</summary>\n\n${body}\n</details>\n`
    : body;
  return { text: `${heading}${line}${shownTable}${closing(omitted)}\n`, omitted };
}

/**
 * `2 edited, 1 added · ⚠️ 2 stale · ❌ 1 new finding` — the counts of one document pair.
 *
 * @example documentCounts(diff)
 */
export function documentCounts(d: DocumentDiff): string {
  const english = counts({ ...d.summary.source, unchanged: 0 });
  const translation = counts({ ...d.summary.target, unchanged: 0 });
  const parts = [`English: ${english === 'no units' ? 'no unit changed' : english}`];
  if (translation !== 'no units') parts.push(`translation: ${translation}`);
  parts.push(`${d.summary.stale ? '⚠️ ' : ''}${d.summary.stale} stale`);
  parts.push(`${d.summary.newFindings ? '❌ ' : ''}${plural(d.summary.newFindings, 'new finding', 'new findings')}`);
  if (d.summary.code.changed) parts.push(`${plural(d.summary.code.changed, 'code block', 'code blocks')} changed (${d.summary.code.stale} stale)`);
  return parts.join(' · ');
}

/**
 * `3 entries (1 stale, 2 new findings)` — what was left out.
 *
 * @example omittedText({ entries: 3, stale: 1, newFindings: 2 }, 'entry', 'entries')
 */
export function omittedText(o: Omitted, one: string, many: string): string {
  return `${plural(o.entries, one, many)} (${o.stale} stale, ${plural(o.newFindings, 'new finding', 'new findings')})`;
}

/** `1 entry`, `2 entries`. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
