import type { ChangeCounts, DocumentDiff, EnglishChange, FindingView, RussianChange } from './types.js';
import type { WordChange } from './word-diff.js';

/**
 * The plain-text report of `diglot diff`: per document a summary line, then every English unit
 * that changed or is stale, its word diff (`[-old-]{+new+}`), the current Russian and findings;
 * then the changed Russian units.
 *
 * @example process.stdout.write(formatText(diffs))
 */
export function formatText(diffs: readonly DocumentDiff[]): string {
  const out: string[] = [];
  for (const d of diffs) {
    out.push(`${d.source} ↔ ${d.target} (${d.from} → ${d.to})`);
    out.push(`English: ${counts(d.summary.english)}; ${d.summary.stale} stale; ${d.summary.findings} findings (${d.summary.newFindings} new)`);
    out.push(`Russian: ${counts(d.summary.russian)}`);
    for (const c of d.english.filter(shown)) out.push('', ...englishLines(c));
    for (const c of d.russian) out.push('', ...russianLines(c));
    out.push('');
  }
  if (diffs.length === 0) out.push('No content files to compare.', '');
  return out.join('\n');
}

/** Whether an English entry is listed (changed, stale or with findings). */
export function shown(c: EnglishChange): boolean {
  return c.change !== 'unchanged' || c.stale || c.findings.some((f) => f.new);
}

/** `edited`, `moved (edited)`, `split (moved)` … */
export function label(c: { change: string; edited?: boolean; moved?: boolean }): string {
  return `${c.change}${c.edited ? ' (edited)' : ''}${c.moved ? ' (moved)' : ''}`;
}

/** `1 added, 2 edited` — non-zero counts, in order. */
export function counts(c: ChangeCounts): string {
  const parts = Object.entries(c).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k}`);
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

function englishLines(c: EnglishChange): string[] {
  const lines = [`${label(c)}  ${ids(c)}  ${where(c)}${c.stale ? '  [stale]' : ''}`];
  lines.push(`  en: ${wordsText(c.words)}`);
  for (const u of c.translation) lines.push(`  ru: ${u.text}`);
  if (c.translation.length === 0 && c.change !== 'removed') lines.push('  ru: (no translation)');
  if (c.suggestion) lines.push(`  suggestion ${c.suggestion.score}%: ${c.suggestion.target}  (from ${c.suggestion.origin}: ${c.suggestion.source})`);
  lines.push(...c.findings.map(findingLine));
  return lines;
}

function russianLines(c: RussianChange): string[] {
  const lines = [`ru ${label(c)}  ${ids(c)}  ${where(c)}`, `  ru: ${wordsText(c.words)}`];
  for (const u of c.english) lines.push(`  en: ${u.text}`);
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
