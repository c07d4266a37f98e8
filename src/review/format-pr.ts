import { escapeInline, inlineCode, linkTarget } from './format-pr-escape.js';
import { targetLanguageOf } from './format-pr-language.js';
import { documentCounts, omittedText, plural, renderSection, type Omitted, type Section } from './format-pr-section.js';
import { shown } from './format-text.js';
import type { DocumentDiff } from './types.js';

/** The hidden first line of the comment: a workflow finds its earlier comment by it and updates it. */
export const PR_MARKER = '<!-- diglot-review -->';

/** GitHub's limit on the body of a pull-request comment (and of a job summary step: 1 MiB). */
export const PR_COMMENT_LIMIT = 65_536;

/** Options of {@link formatPr}. */
export interface PrOptions {
  /** The most characters the body may have (default {@link PR_COMMENT_LIMIT}). */
  limit?: number;
  /** Where the full HTML review is (e.g. the workflow's artifact); else the command that makes it. */
  reportUrl?: string | undefined;
}

/** Overview rows shown at most; the others are counted. */
const OVERVIEW_ROWS = 40;

/**
 * The review of a change as one Markdown document for a pull-request comment or a job summary:
 * the hidden marker {@link PR_MARKER}; an overview (totals, and a table of the changed document
 * pairs with their counts); then per changed document and target language a table with what
 * changed in the English (word diff) beside the current translation, the stale units, the
 * changed translation units and their new findings — collapsed in `<details>` when long. The
 * body stays under `limit` characters, shared fairly between the documents (the shortest shown
 * whole first): what does not fit is summarised with counts and a pointer to the HTML report. Every content text is escaped (see escapeInline).
 *
 * @param diffs the document diffs of `collectDiffs`
 * @example formatPr(diffs, { reportUrl: 'https://github.com/o/r/actions/runs/1/artifacts/2' }).startsWith('<!-- diglot-review -->') // true
 */
export function formatPr(diffs: readonly DocumentDiff[], options: PrOptions = {}): string {
  const limit = options.limit ?? PR_COMMENT_LIMIT;
  const changed = diffs.filter((d) => !d.unchanged);
  const range = diffs[0] ? `${diffs[0].from} → ${diffs[0].to}` : '';
  const link = options.reportUrl === undefined ? undefined : linkTarget(options.reportUrl);
  const pointer = link ? `[the HTML report](${link})` : `the HTML report, ${inlineCode(htmlCommand(diffs))}`;
  let body = `${PR_MARKER}\n## diglot review${range ? ` · ${escapeInline(range)}` : ''}\n\n`;
  if (diffs.length === 0) return `${body}No content documents to compare.\n`;
  body += `${totals(changed, diffs.length)}\n\n`;
  if (changed.length === 0) return body;
  body += overview(changed, Math.floor(limit / 4));
  // Room for the closing summary of what did not fit.
  const reserve = 800;
  const left: Omitted & { documents: number } = { documents: 0, entries: 0, stale: 0, newFindings: 0 };
  for (const [k, section] of fitSections(changed, limit - body.length - reserve).entries()) {
    if (section) body += section.text;
    else left.documents++;
    const missing = section ? section.omitted : entriesOf(changed[k] as DocumentDiff);
    left.entries += missing.entries;
    left.stale += missing.stale;
    left.newFindings += missing.newFindings;
  }
  if (left.entries || left.documents) {
    const documents = left.documents ? `${plural(left.documents, 'document pair', 'document pairs')} and ` : '';
    body += `> [!NOTE]\n> Not shown (GitHub's comment limit of ${limit.toLocaleString('en')} characters): ${documents}${omittedText(left, 'entry', 'entries')}. The full review is in ${pointer}.\n`;
  } else body += `Every unit side by side, with code blocks as line diffs: ${pointer}.\n`;
  return body;
}

/**
 * The sections of the changed documents within `budget` characters in all, shared fairly: the
 * shortest sections are shown whole first, and every other gets an equal share of what is left
 * (so one huge document cannot push out all the others). Undefined: not even its heading fits.
 */
function fitSections(changed: readonly DocumentDiff[], budget: number): Array<Section | undefined> {
  const whole = changed.map((d) => renderSection(d, Number.POSITIVE_INFINITY));
  const out: Array<Section | undefined> = [...whole];
  if (whole.reduce((n, s) => n + (s?.text.length ?? 0), 0) <= budget) return out;
  const bySize = whole.map((s, k) => [s?.text.length ?? 0, k] as const).sort((a, b) => a[0] - b[0]);
  let room = budget;
  for (const [i, [size, k]] of bySize.entries()) {
    const share = Math.floor(room / (bySize.length - i));
    const section = size <= share ? whole[k] : renderSection(changed[k] as DocumentDiff, share);
    out[k] = section;
    room -= section?.text.length ?? 0;
  }
  return out;
}

/** The totals line: changed pairs, English units changed, stale translations, new findings. */
function totals(changed: readonly DocumentDiff[], all: number): string {
  const sum = (f: (d: DocumentDiff) => number): number => changed.reduce((n, d) => n + f(d), 0);
  const unitsChanged = sum((d) => d.sourceChanges.filter((c) => c.change !== 'unchanged').length);
  const stale = sum((d) => d.summary.stale);
  const findings = sum((d) => d.summary.newFindings);
  const errors = sum((d) => [...d.sourceChanges, ...d.targetChanges].flatMap((c) => c.findings).filter((f) => f.new && f.severity === 'error').length);
  if (changed.length === 0) return `Nothing to review: ${plural(all, 'document pair', 'document pairs')}, all unchanged.`;
  return [
    `**${changed.length} of ${plural(all, 'document pair', 'document pairs')} changed**`,
    `${plural(unitsChanged, 'English unit', 'English units')} changed`,
    `${stale ? '⚠️ ' : ''}${plural(stale, 'stale translation', 'stale translations')}`,
    `${findings ? '❌ ' : ''}${plural(findings, 'new finding', 'new findings')}${findings ? ` (${errors} at error level)` : ''}`,
  ].join(' · ');
}

/** A table of the changed pairs with their counts (at most OVERVIEW_ROWS rows and `budget` characters). */
function overview(changed: readonly DocumentDiff[], budget: number): string {
  let table = '| Document | Language | Changes |\n|---|---|---|\n';
  let rows = 0;
  for (const d of changed) {
    const row = `| ${inlineCode(d.source)} | ${escapeInline(targetLanguageOf(d))} | ${escapeInline(documentCounts(d))} |\n`;
    if (rows >= OVERVIEW_ROWS || table.length + row.length > budget) break;
    table += row;
    rows++;
  }
  const more = changed.length - rows;
  return `${table}${more ? `\n_…and ${plural(more, 'more changed pair', 'more changed pairs')}, below._\n` : ''}\n`;
}

function entriesOf(d: DocumentDiff): Omitted {
  const english = d.sourceChanges.filter(shown);
  return {
    entries: english.length + d.targetChanges.length + d.code.length,
    stale: english.filter((c) => c.stale).length + d.code.filter((c) => c.translation === 'stale').length,
    newFindings: english.reduce((n, c) => n + c.findings.filter((f) => f.new).length, 0) + d.targetChanges.reduce((n, c) => n + c.findings.length, 0),
  };
}

/** The command that prints the full review of the same versions as HTML. */
function htmlCommand(diffs: readonly DocumentDiff[]): string {
  const d = diffs[0];
  const refs = d && d.from !== 'no commits' ? ` --from ${d.from}${d.to === 'working tree' ? '' : ` --to ${d.to}`}` : '';
  return `diglot diff${refs} --format html > review.html`;
}
