import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { codeCounts, codeLabel, codeTranslation, counts, ids, label, shown, where } from './format-text.js';
import type { CodeChange, DocumentDiff, SourceChange, FindingView, TargetChange, UnitView } from './types.js';
import type { WordChange } from './word-diff.js';
import { languageName } from '../language/language-name.js';

const CSS = `body{font:15px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin-top:2rem}.summary{color:#59636e}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border-top:1px solid #d1d9e0;padding:.4rem .6rem;vertical-align:top;text-align:left}
th{font-weight:600;white-space:nowrap;font-size:.85rem}td.source,td.target{width:45%}
ins{background:#dafbe1;text-decoration:none}del{background:#ffebe9;color:#82071e}
.tag{display:inline-block;border-radius:1em;padding:0 .5em;font-size:.8rem;background:#eaeef2}
.stale{background:#fff8c5}.added{background:#dafbe1}.removed{background:#ffebe9}
code{font-size:.8rem;color:#59636e}pre{margin:0;font-size:.8rem;white-space:pre-wrap}ul.findings{margin:.2rem 0;padding-left:1.2rem;font-size:.9rem}.error{color:#cf222e}.warning{color:#9a6700}`;

/**
 * The report as a standalone review page: inline CSS, every text escaped (built as a hast tree
 * and serialised by hast-util-to-html), word diffs as `<ins>`/`<del>`, the source and the
 * translation side by side (named by their languages, cells marked with `lang`), changed code
 * blocks as line diffs. Only documents with something to review are shown;
 * the unchanged ones are counted in one line.
 *
 * @example writeFileSync('review.html', formatHtml(diffs))
 */
export function formatHtml(diffs: readonly DocumentDiff[]): string {
  const body: ElementContent[] = [h('h1', 'diglot diff')];
  const changed = diffs.filter(hasChanges);
  const unchanged = diffs.length - changed.length;
  if (diffs.length > 0)
    body.push(
      h(
        'p.summary',
        `${changed.length} of ${diffs.length} document pair${diffs.length > 1 ? 's' : ''} changed${unchanged ? `; ${unchanged} unchanged, not shown` : ''}.`,
      ),
    );
  for (const d of changed) {
    const [source, target] = [languageName(d.sourceLanguage), languageName(d.targetLanguage)];
    const cells = { source: { className: ['source'], lang: d.sourceLanguage }, target: { className: ['target'], lang: d.targetLanguage } };
    body.push(
      h('h2', [h('code', d.source), ' ↔ ', h('code', d.target)]),
      h(
        'p.summary',
        `${d.from} → ${d.to} · ${source}: ${counts(d.summary.source)} · ${d.summary.stale} stale · ${d.summary.findings} findings (${d.summary.newFindings} new)${codeCounts(d).replace(/^; /, ' · ')} · ${target}: ${counts(d.summary.target)}`,
      ),
      h('table', [
        h('thead', h('tr', [h('th', 'Change'), h('th', source), h('th', target)])),
        h('tbody', [
          ...d.sourceChanges.filter(shown).map((c) => sourceRow(c, cells)),
          ...d.targetChanges.map((c) => targetRow(c, cells, target)),
          ...d.code.map((c) => codeRow(c, cells)),
        ]),
      ]),
    );
  }
  if (diffs.length === 0) body.push(h('p', 'No content files to compare.'));
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [h('head', [h('meta', { charset: 'utf-8' }), h('title', 'diglot diff'), h('style', CSS)]), h('body', body)]),
    ],
  };
  return `${toHtml(tree)}\n`;
}

/** The properties of the source and target cells: class and language. */
interface Cells {
  source: { className: string[]; lang: string };
  target: { className: string[]; lang: string };
}

function sourceRow(c: SourceChange, cells: Cells): ElementContent {
  const tags = [h(`span.tag.${c.change}`, label(c)), ...(c.stale ? [' ', h('span.tag.stale', 'stale')] : [])];
  const translation: ElementContent[] = c.translation.length ? units(c.translation) : [h('em', c.change === 'removed' ? '' : '(no translation)')];
  if (c.suggestion) translation.push(h('p', [h('strong', `Suggestion ${c.suggestion.score}%: `), c.suggestion.target]));
  if (c.findings.length) translation.push(findings(c.findings));
  return h('tr', { id: c.after[0]?.id ?? c.before[0]?.id }, [
    h('th', [...tags, h('br'), h('code', ids(c)), h('br'), where(c)]),
    h('td', cells.source, words(c.words)),
    h('td', cells.target, translation),
  ]);
}

/**
 * Whether a document pair has something to review: a listed English entry, a changed
 * translation unit or a changed code block.
 *
 * @example diffs.filter(hasChanges).length
 */
export function hasChanges(d: DocumentDiff): boolean {
  return d.sourceChanges.some(shown) || d.targetChanges.length > 0 || d.code.length > 0;
}

function codeRow(c: CodeChange, cells: Cells): ElementContent {
  const tags = [h(`span.tag.${c.change}`, codeLabel(c).replace(/ {2}.*$/, '')), ...(c.translation === 'stale' ? [' ', h('span.tag.stale', 'stale')] : [])];
  const where = c.after ? `line ${c.after.line}` : `old line ${c.before?.line ?? 0}`;
  const lines: ElementContent[] = c.lines.map((l) =>
    l.type === 'equal' ? { type: 'text', value: `  ${l.text}\n` } : h(l.type === 'insert' ? 'ins' : 'del', `${l.type === 'insert' ? '+' : '-'} ${l.text}\n`),
  );
  return h('tr', [h('th', [...tags, h('br'), where]), h('td', cells.source, h('pre', lines)), h('td', cells.target, h('p', codeTranslation(c)))]);
}

function targetRow(c: TargetChange, cells: Cells, language: string): ElementContent {
  const translation: ElementContent[] = [h('p', words(c.words))];
  if (c.findings.length) translation.push(findings(c.findings));
  return h('tr', [
    h('th', [h('span.tag', `${language} ${label(c)}`), h('br'), h('code', ids(c)), h('br'), where(c)]),
    h('td', cells.source, units(c.source)),
    h('td', cells.target, translation),
  ]);
}

function units(list: readonly UnitView[]): ElementContent[] {
  return list.map((u) => h('p', u.text));
}

function words(list: readonly WordChange[]): ElementContent[] {
  return list.map((w) => (w.type === 'equal' ? { type: 'text', value: w.text } : h(w.type === 'insert' ? 'ins' : 'del', w.text)));
}

function findings(list: readonly FindingView[]): ElementContent {
  return h(
    'ul.findings',
    list.map((f) => h(`li.${f.severity}`, [h('code', f.ruleId), ` ${f.line}:${f.column} ${f.reason}${f.new ? ' (new)' : ''}`])),
  );
}
