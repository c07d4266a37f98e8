import { escapeInline, inlineCode, shorten } from './format-pr-escape.js';
import { codeLabel, codeTranslation, ids, label, where } from './format-text.js';
import type { CodeChange, SourceChange, FindingView, TargetChange, UnitView } from './types.js';
import type { WordChange } from './word-diff.js';

/** Words of unchanged text kept on each side of a change in a word diff; the rest is `…`. */
const CONTEXT_WORDS = 12;
/** The longest translation shown in a cell (characters); the HTML report has all of it. */
const MAX_TRANSLATION = 1500;

/**
 * The header of the table of one document and language: the change, the English word diff,
 * the current translation.
 *
 * @param language the target language's name, e.g. `Russian (ru)`
 * @example tableHead('Ukrainian (uk)')
 */
export function tableHead(language: string): string {
  return `| Change | English: what changed | ${escapeInline(language)}: current translation |\n|---|---|---|\n`;
}

/**
 * The table row of a changed (or stale) English unit: its change, IDs, line and stale mark; its
 * word diff with long unchanged stretches shortened; the current translation (or a
 * translation-memory suggestion) and the findings on it.
 *
 * @example englishRow(diff.english[3])
 */
export function englishRow(c: SourceChange): string {
  const change = [`**${escapeInline(label(c))}**`, ...(c.stale ? ['⚠️ stale'] : []), `${inlineCode(ids(c))} ${escapeInline(where(c))}`];
  const translation: string[] = [];
  if (c.translation.length) translation.push(units(c.translation));
  else if (c.change !== 'removed') translation.push('_no translation_');
  if (c.suggestion) translation.push(`_suggestion ${c.suggestion.score} %:_ ${escapeInline(shorten(c.suggestion.target, MAX_TRANSLATION))}`);
  translation.push(...findingLines(c.findings));
  return row(change, [words(c.words)], translation);
}

/**
 * The table row of a changed translation unit: the English it is aligned with, and its own
 * word diff with the findings that are new.
 *
 * @example translationRow(diff.russian[0])
 */
export function translationRow(c: TargetChange): string {
  const change = [`**translation ${escapeInline(label(c))}**`, `${inlineCode(ids(c))} ${escapeInline(where(c))}`];
  return row(change, [c.source.length ? units(c.source) : '_not aligned_'], [words(c.words), ...findingLines(c.findings)]);
}

/**
 * The table row of a changed English code block: what the translation's copy holds (the line
 * diff is in the HTML report).
 *
 * @example codeRow(diff.code[0])
 */
export function codeRow(c: CodeChange): string {
  const changed = c.lines.filter((l) => l.type !== 'equal').length;
  const change = [`**${escapeInline(codeLabel(c).replace(/ {2}/g, ' '))}**`, ...(c.translation === 'stale' ? ['⚠️ stale'] : [])];
  return row(change, [`${changed} line${changed === 1 ? '' : 's'} changed`], [escapeInline(codeTranslation(c))]);
}

function row(...cells: string[][]): string {
  return `| ${cells.map((lines) => lines.join('<br>')).join(' | ')} |\n`;
}

function units(list: readonly UnitView[]): string {
  return list.map((u) => escapeInline(shorten(u.text, MAX_TRANSLATION))).join(' ¶ ');
}

function findingLines(list: readonly FindingView[]): string[] {
  return list.map(
    (f) => `${f.severity === 'error' ? '❌' : '⚠️'} ${inlineCode(f.ruleId)} ${f.line}:${f.column} ${escapeInline(f.reason)}${f.new ? ' _(new)_' : ''}`,
  );
}

/**
 * A word diff as `<del>`/`<ins>`, unchanged stretches longer than twice the context shortened
 * to their first and last words around `…`.
 *
 * @example words(wordDiff('a b c', 'a x c', 'en')) // 'a <del>b</del><ins>x</ins> c'
 */
export function words(list: readonly WordChange[]): string {
  if (list.every((w) => w.type === 'equal')) return escapeInline(shorten(list.map((w) => w.text).join(''), MAX_TRANSLATION));
  return list
    .map((w, k) => {
      if (w.type === 'delete') return `<del>${escapeInline(w.text)}</del>`;
      if (w.type === 'insert') return `<ins>${escapeInline(w.text)}</ins>`;
      return escapeInline(condense(w.text, k > 0, k < list.length - 1));
    })
    .join('');
}

/** Keep CONTEXT_WORDS words next to a change on each side that has one; `…` for the rest. */
function condense(text: string, changeBefore: boolean, changeAfter: boolean): string {
  const parts = text.split(/(?<=\s)(?=\S)/);
  const keepHead = changeBefore ? CONTEXT_WORDS : 0;
  const keepTail = changeAfter ? CONTEXT_WORDS : 0;
  if (parts.length <= keepHead + keepTail + 1) return text;
  const head = parts.slice(0, keepHead).join('');
  const tail = parts.slice(parts.length - keepTail).join('');
  return `${head}${head && !/\s$/.test(head) ? ' ' : ''}…${tail ? ` ${tail}` : ' '}`;
}
