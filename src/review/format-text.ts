import type { ChangeCounts, CodeChange, DocumentDiff, SourceChange, FindingView, LineChange, TargetChange } from './types.js';
import type { WordChange } from './word-diff.js';
import { languageName } from '../language/language-name.js';

/**
 * The plain-text report of `diglot diff`: per document and target language a summary line, then
 * every source unit that changed or is stale, its word diff (`[-old-]{+new+}`), the current
 * translation and findings; then the changed translation units; then the changed source code
 * blocks with a line diff. Sides are named by their languages (`German: …`, `  de: …`). A
 * document pair that is the same in both versions is one line, `… : unchanged`.
 *
 * @example process.stdout.write(formatText(diffs))
 */
export function formatText(diffs: readonly DocumentDiff[]): string {
  const out: string[] = [];
  for (const d of diffs) {
    if (d.unchanged) {
      out.push(`${d.source} ↔ ${d.target} (${d.from} → ${d.to}): unchanged`, '');
      continue;
    }
    out.push(`${d.source} ↔ ${d.target} (${d.from} → ${d.to})`);
    out.push(
      `${languageName(d.sourceLanguage)}: ${counts(d.summary.source)}; ${d.summary.stale} stale; ${d.summary.findings} findings (${d.summary.newFindings} new)${codeCounts(d)}`,
    );
    out.push(`${languageName(d.targetLanguage)}: ${counts(d.summary.target)}`);
    for (const c of d.sourceChanges.filter(shown)) out.push('', ...sourceLines(c, d));
    for (const c of d.targetChanges) out.push('', ...targetLines(c, d));
    for (const c of d.code) out.push('', ...codeLines(c, d.targetLanguage));
    out.push('');
  }
  if (diffs.length === 0) out.push('No content files to compare.', '');
  return out.join('\n');
}

/** `; 1 code block changed (1 stale)` when code blocks changed, else nothing. */
export function codeCounts(d: DocumentDiff): string {
  const { changed, stale } = d.summary.code;
  return changed ? `; ${changed} code block${changed > 1 ? 's' : ''} changed (${stale} stale)` : '';
}

/** What the translation's copy of a changed code block holds, in words. */
export function codeTranslation(c: CodeChange): string {
  const at = c.target ? ` (line ${c.target.line})` : '';
  if (c.translation === 'stale') return `stale: the translation still has the old code${at}`;
  if (c.translation === 'differs') return `the translation's code differs from the old and the new English${at}`;
  if (c.translation === 'missing') return 'the translation has no paired code block';
  return c.change === 'removed' ? 'the translation no longer has it' : `the translation has the new code${at}`;
}

/** `code edited sh line 12` … */
export function codeLabel(c: CodeChange): string {
  const block = c.after ?? c.before;
  return `code ${c.change}${block?.lang ? ` ${block.lang}` : ''}  ${c.after ? `line ${c.after.line}` : `old line ${c.before?.line ?? 0}`}`;
}

/** A line diff as unified-diff-like lines: ` `, `-`, `+` and the line. */
export function lineText(line: LineChange): string {
  return `${line.type === 'equal' ? ' ' : line.type === 'delete' ? '-' : '+'} ${line.text}`;
}

function codeLines(c: CodeChange, targetLanguage: string): string[] {
  return [
    `${codeLabel(c)}${c.translation === 'stale' ? '  [stale]' : ''}`,
    ...c.lines.map((l) => `  ${lineText(l)}`),
    `  ${targetLanguage}: ${codeTranslation(c)}`,
  ];
}

/** Whether an English entry is listed (changed, stale or with findings). */
export function shown(c: SourceChange): boolean {
  return c.change !== 'unchanged' || c.stale || c.findings.some((f) => f.new);
}

/** `edited`, `moved (edited)`, `split (moved)` … */
export function label(c: { change: string; edited?: boolean; moved?: boolean }): string {
  return `${c.change}${c.edited ? ' (edited)' : ''}${c.moved ? ' (moved)' : ''}`;
}

/** `1 added, 2 edited` — non-zero counts, in order. */
export function counts(c: ChangeCounts): string {
  const parts = Object.entries(c)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  return parts.length ? parts.join(', ') : 'no units';
}

/** Unit IDs of an entry: `u-1 → u-1+u-2`. */
export function ids(c: { before: Array<{ id: string }>; after: Array<{ id: string }> }): string {
  const a = c.before.map((u) => u.id).join('+');
  const b = c.after.map((u) => u.id).join('+');
  return a && b && a !== b ? `${a} → ${b}` : a || b;
}

/** A line number for an entry: the new unit's, else the old one's (`old line N`). */
export function where(c: { before: Array<{ line: number }>; after: Array<{ line: number }> }): string {
  const after = c.after[0];
  return after ? `line ${after.line}` : `old line ${c.before[0]?.line ?? 0}`;
}

type Languages = Pick<DocumentDiff, 'sourceLanguage' | 'targetLanguage'>;

function sourceLines(c: SourceChange, { sourceLanguage, targetLanguage }: Languages): string[] {
  const lines = [`${label(c)}  ${ids(c)}  ${where(c)}${c.stale ? '  [stale]' : ''}`];
  lines.push(`  ${sourceLanguage}: ${wordsText(c.words)}`);
  for (const u of c.translation) lines.push(`  ${targetLanguage}: ${u.text}`);
  if (c.translation.length === 0 && c.change !== 'removed') lines.push(`  ${targetLanguage}: (no translation)`);
  if (c.suggestion) lines.push(`  suggestion ${c.suggestion.score}%: ${c.suggestion.target}  (from ${c.suggestion.origin}: ${c.suggestion.source})`);
  lines.push(...c.findings.map(findingLine));
  return lines;
}

function targetLines(c: TargetChange, { sourceLanguage, targetLanguage }: Languages): string[] {
  const lines = [`${targetLanguage} ${label(c)}  ${ids(c)}  ${where(c)}`, `  ${targetLanguage}: ${wordsText(c.words)}`];
  for (const u of c.source) lines.push(`  ${sourceLanguage}: ${u.text}`);
  lines.push(...c.findings.map(findingLine));
  return lines;
}

function findingLine(f: FindingView): string {
  return `  ${f.line}:${f.column} ${f.severity} ${f.reason}  ${f.ruleId}${f.new ? '  (new)' : ''}`;
}

/** A word diff as plain text: `[-old-]{+new+}`, like `git diff --word-diff=plain`. */
export function wordsText(words: readonly WordChange[]): string {
  return words.map((w) => (w.type === 'equal' ? w.text : w.type === 'delete' ? `[-${w.text}-]` : `{+${w.text}+}`)).join('');
}
