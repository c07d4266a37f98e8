import { codeCounts, codeLabel, codeTranslation, counts, ids, label, lineText, shown, where } from './format-text.js';
import type { CodeChange, DocumentDiff, SourceChange, FindingView, TargetChange } from './types.js';
import type { WordChange } from './word-diff.js';
import { languageName } from '../language/language-name.js';

/** The names of a diff's two languages, as its headings show them (`English`, `German`). */
interface Names {
  source: string;
  target: string;
}

/** GitHub's limit on the body of a pull-request comment. */
export const COMMENT_LIMIT = 65_536;

/**
 * The report as a pull-request comment: a summary per document and a collapsible `<details>`
 * per unit with `<del>`/`<ins>` word diffs, the translation and findings (each side named by its language). Stays under `limit`
 * characters: units that do not fit are counted in a closing note. Document pairs that are the
 * same in both versions are counted in one line.
 *
 * @param diffs the document diffs
 * @param limit maximum length (default {@link COMMENT_LIMIT})
 * @example formatMarkdown(diffs).length <= 65536 // true
 */
export function formatMarkdown(diffs: readonly DocumentDiff[], limit = COMMENT_LIMIT): string {
  const head = ['## diglot diff', ''];
  const blocks: string[] = [];
  const unchanged = diffs.filter((d) => d.unchanged).length;
  if (unchanged) head.push(`${unchanged} of ${diffs.length} document pairs unchanged, not shown.`, '');
  for (const d of diffs) {
    if (d.unchanged) continue;
    const names: Names = { source: esc(languageName(d.sourceLanguage)), target: esc(languageName(d.targetLanguage)) };
    blocks.push(
      [
        `### \`${d.source}\` ↔ \`${d.target}\``,
        '',
        `${esc(d.from)} → ${esc(d.to)} · **${names.source}:** ${counts(d.summary.source)} · **${d.summary.stale} stale** · ${d.summary.findings} findings (${d.summary.newFindings} new)${esc(codeCounts(d).replace(/^; /, ' · '))} · **${names.target}:** ${counts(d.summary.target)}`,
        '',
      ].join('\n'),
    );
    for (const c of d.sourceChanges.filter(shown)) blocks.push(sourceChange(c, names));
    for (const c of d.targetChanges) blocks.push(targetChange(c, names));
    for (const c of d.code) blocks.push(code(c, names));
  }
  if (diffs.length === 0) blocks.push('No content files to compare.\n');
  let body = head.join('\n');
  const reserve = 200;
  let left = 0;
  for (const block of blocks) {
    if (left === 0 && body.length + block.length + 1 <= limit - reserve) body += `${block}\n`;
    else left++;
  }
  if (left > 0) body += `\n> ${left} more entries not shown (comment size limit); run \`diglot diff --format html\` for the full review.\n`;
  return body;
}

function sourceChange(c: SourceChange, names: Names): string {
  const summary = `<b>${label(c)}</b> <code>${ids(c)}</code> ${where(c)}${c.stale ? ' · ⚠️ stale' : ''}${c.findings.length ? ` · ${c.findings.length} finding${c.findings.length > 1 ? 's' : ''}` : ''}`;
  const body = [`**${names.source}:** ${words(c.words)}`, ''];
  if (c.translation.length) body.push(`**${names.target}:** ${c.translation.map((u) => esc(u.text)).join(' ¶ ')}`, '');
  else if (c.change !== 'removed') body.push(`**${names.target}:** _(no translation)_`, '');
  if (c.suggestion) body.push(`**Suggestion (${c.suggestion.score}%):** ${esc(c.suggestion.target)}`, '');
  body.push(...findings(c.findings));
  return details(summary, body);
}

function targetChange(c: TargetChange, names: Names): string {
  const summary = `${names.target} <b>${label(c)}</b> <code>${ids(c)}</code> ${where(c)}${c.findings.length ? ` · ${c.findings.length} new finding${c.findings.length > 1 ? 's' : ''}` : ''}`;
  const body = [`**${names.target}:** ${words(c.words)}`, ''];
  if (c.source.length) body.push(`**${names.source}:** ${c.source.map((u) => esc(u.text)).join(' ¶ ')}`, '');
  body.push(...findings(c.findings));
  return details(summary, body);
}

function code(c: CodeChange, names: Names): string {
  const summary = `<b>${esc(codeLabel(c).replace(/ {2}/g, ' '))}</b>${c.translation === 'stale' ? ' · ⚠️ stale' : ''}`;
  const lines = c.lines.map(lineText);
  const fence = '`'.repeat(Math.max(3, ...lines.map((l) => longestRun(l, '`') + 1)));
  return details(summary, [`${fence}diff`, ...lines, fence, '', `**${names.target}:** ${esc(codeTranslation(c))}`]);
}

function longestRun(text: string, char: string): number {
  let best = 0;
  let run = 0;
  for (const c of text) {
    run = c === char ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return best;
}

function details(summary: string, body: string[]): string {
  return `<details><summary>${summary}</summary>\n\n${body.join('\n').trimEnd()}\n\n</details>\n`;
}

function findings(list: readonly FindingView[]): string[] {
  if (list.length === 0) return [];
  return [...list.map((f) => `- ${f.severity === 'error' ? '❌' : '⚠️'} \`${f.ruleId}\` ${f.line}:${f.column} ${esc(f.reason)}${f.new ? ' _(new)_' : ''}`), ''];
}

function words(list: readonly WordChange[]): string {
  return list.map((w) => (w.type === 'equal' ? esc(w.text) : w.type === 'delete' ? `<del>${esc(w.text)}</del>` : `<ins>${esc(w.text)}</ins>`)).join('');
}

/**
 * Escape text for GitHub Markdown: HTML-significant characters become entities, Markdown
 * punctuation is backslash-escaped.
 *
 * @example esc('a*b* <i>') // 'a\\*b\\* &lt;i&gt;'
 */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]#|~]/g, '\\$&');
}
