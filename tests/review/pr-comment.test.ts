import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Html, Root, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { PR_COMMENT_LIMIT, PR_MARKER } from '../../src/review/format-pr.js';
import { shown } from '../../src/review/format-text.js';
import type { DocumentDiff } from '../../src/review/types.js';
import { runCli } from '../support/run-cli.js';
import { sharedRoot } from '../support/paths.js';

const corpus = join(sharedRoot, 'corpora', 'md-12factor');
const LANGS = ['en', 'ru', 'uk'] as const;
const SPECIAL = 'Compare a | b with 2 < 3 and a lone ` backtick, thanks @octocat (see #12).';

/**
 * A content repository of Twelve-Factor pages in English, Russian and Ukrainian, plus one long
 * document (every page in one file); the second commit edits one word of `config`, edits most
 * paragraphs of `processes`, adds a paragraph full of Markdown-significant characters to
 * `codebase`, edits every paragraph of the long document and leaves `logs` alone.
 */
function scriptedRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-pr-'));
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  git('config', 'commit.gpgsign', 'false');
  writeFileSync(join(dir, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru, uk]\n');
  const pages = ['codebase', 'config', 'logs', 'processes'];
  const all = ['admin-processes', 'backing-services', 'build-release-run', 'concurrency', 'dependencies', 'dev-prod-parity', 'disposability', 'port-binding'];
  for (const lang of LANGS) {
    mkdirSync(join(dir, 'content', lang), { recursive: true });
    for (const page of pages) writeFileSync(join(dir, 'content', lang, `${page}.md`), readFileSync(join(corpus, lang, `${page}.md`)));
    writeFileSync(join(dir, 'content', lang, 'all.md'), all.map((p) => readFileSync(join(corpus, lang, `${p}.md`), 'utf8').trim()).join('\n\n') + '\n');
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'Twelve-Factor pages in en, ru, uk');
  const edit = (page: string, change: (text: string) => string): void => {
    const file = join(dir, 'content', 'en', `${page}.md`);
    const before = readFileSync(file, 'utf8');
    const after = change(before);
    expect(after).not.toBe(before);
    writeFileSync(file, after);
  };
  edit('config', (t) => t.replace('Config varies substantially across deploys', 'Config varies widely across deploys'));
  edit('processes', (t) => t.replace(/\bthe\b/g, 'THE'));
  edit('codebase', (t) => `${t.trimEnd()}\n\n${SPECIAL}\n`);
  edit('all', (t) => t.replace(/\bthe\b/g, 'THE').replace(/\bThe\b/g, 'This'));
  git('commit', '-q', '-a', '-m', 'Edit the English');
  return dir;
}

function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

function sections(tree: Root): string[] {
  return tree.children.filter((n) => n.type === 'heading' && n.depth === 3).map((n) => toString(n, { includeHtml: false }));
}

/** The table rows (cells as text) of the section whose heading starts with `heading`, details or not. */
function rowsOf(body: string, heading: string): string[][] {
  const start = body.indexOf(`### <code>${heading}`);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = body.indexOf('\n### ', start + 1);
  const tree = parse(body.slice(start, end < 0 ? undefined : end).replace(/<\/?details>|<summary>.*<\/summary>/g, ''));
  const rows: string[][] = [];
  visit(tree, 'table', (t: Table) => void rows.push(...t.children.slice(1).map((r) => r.children.map((c) => toString(c, { includeHtml: false })))));
  return rows;
}

describe('diglot diff --format pr over a scripted git history', () => {
  let body: string;
  let docs: DocumentDiff[];

  beforeAll(async () => {
    const dir = scriptedRepo();
    const json = await runCli(['diff', '--from', 'HEAD~1', '--to', 'HEAD', '--format', 'json'], dir);
    expect(json.stderr).toBe('');
    docs = (JSON.parse(json.stdout) as { documents: DocumentDiff[] }).documents;
    const pr = await runCli(['diff', '--from', 'HEAD~1', '--to', 'HEAD', '--format', 'pr'], dir);
    expect(pr.stderr).toBe('');
    expect(pr.code).toBe(0);
    body = pr.stdout;
  }, 120_000);

  it('starts with the hidden marker and sums up the change', () => {
    expect(body.split('\n')[0]).toBe(PR_MARKER);
    const changed = docs.filter((d) => !d.unchanged);
    expect(changed.length).toBeGreaterThan(0);
    expect(docs.filter((d) => d.unchanged).map((d) => d.source)).toEqual(['content/en/logs.md', 'content/en/logs.md']);
    const stale = changed.reduce((n, d) => n + d.summary.stale, 0);
    expect(body).toContain(`**${changed.length} of ${docs.length} document pairs changed**`);
    expect(body).toContain(`⚠️ ${stale} stale translations`);
  });

  it('has one section per changed document and language, in both target languages', () => {
    const headings = sections(parse(body));
    for (const page of ['codebase', 'config', 'processes']) {
      expect(headings).toContain(`content/en/${page}.md → Russian (ru)`);
      expect(headings).toContain(`content/en/${page}.md → Ukrainian (uk)`);
    }
    expect(headings.some((h) => h.includes('logs.md'))).toBe(false);
  });

  it('shows the English word diff beside the current translation, marked stale', () => {
    const doc = docs.find((d) => d.source === 'content/en/config.md' && d.target === 'content/uk/config.md') as DocumentDiff;
    const edited = doc.sourceChanges.find((c) => c.change === 'edited');
    expect(edited?.stale).toBe(true);
    expect(body).toContain('<del>substantially</del><ins>widely</ins>');
    const [row, ...others] = rowsOf(body, 'content/en/config.md</code> → Ukrainian');
    expect(others).toEqual([]);
    expect(row?.[0]).toMatch(/^edited⚠️ stale/);
    expect(row?.[1]).toContain('Config varies substantiallywidely across deploys');
    // The Ukrainian beside it is the current translation of that unit, as the JSON report gives it.
    const translation = edited?.translation[0]?.text ?? '';
    expect(translation).toMatch(/[а-яії]/i);
    expect(row?.[2]).toContain(translation.slice(0, 60));
  });

  it('escapes |, <, backticks, @mentions and #references in table cells', () => {
    for (const lang of ['Russian', 'Ukrainian']) {
      const rows = rowsOf(body, `content/en/codebase.md</code> → ${lang}`);
      const added = rows.find((r) => r[0]?.startsWith('added'));
      expect(added?.[1]).toBe(SPECIAL.replace('@octocat', '@\u200Boctocat').replace('#12', '#\u200B12'));
    }
    // Every row of every table has exactly the columns of its header; the only HTML is diglot's own.
    const tree = parse(body.replace(/<\/?details>|<summary>.*<\/summary>/g, ''));
    let tables = 0;
    visit(tree, 'table', (t: Table) => {
      tables++;
      const width = t.children[0]?.children.length;
      for (const r of t.children) expect(r.children.length).toBe(width);
      visit(t, 'tableCell', (cell: TableCell) => visit(cell, 'html', (h: Html) => void expect(h.value).toMatch(/^<\/?(ins|del|br|code)>$/)));
    });
    expect(tables).toBeGreaterThan(4);
  });

  it('collapses a long document in <details> and leaves a short one open', () => {
    const open = body.indexOf('### <code>content/en/config.md</code> → Russian');
    const long = body.indexOf('### <code>content/en/processes.md</code> → Russian');
    const after = (at: number): string => body.slice(at, body.indexOf('\n### ', at + 1));
    expect(after(open)).not.toContain('<details>');
    expect(after(long)).toMatch(/<details><summary>\d+ entries: word diff and current translation<\/summary>\n\n\| Change/);
    expect(rowsOf(body, 'content/en/processes.md</code> → Russian').length).toBeGreaterThan(5);
  });

  it('stays under the comment limit with a huge change and counts what it left out', () => {
    expect(body.length).toBeLessThanOrEqual(PR_COMMENT_LIMIT);
    const total = docs.filter((d) => !d.unchanged).reduce((n, d) => n + d.sourceChanges.filter(shown).length + d.targetChanges.length + d.code.length, 0);
    const rows = [...body.matchAll(/^\| \*\*/gm)].length;
    const note = /Not shown \(GitHub's comment limit of 65,536 characters\): (?:(\d+) document pairs? and )?(\d+) entr(?:y|ies) \((\d+) stale/.exec(body);
    expect(note, body.slice(-600)).not.toBeNull();
    expect(rows + Number(note?.[2])).toBe(total);
    // It used the room it had.
    expect(body.length).toBeGreaterThan(PR_COMMENT_LIMIT * 0.8);
    expect(body).toContain('<code>diglot diff --from HEAD\\~1 --to HEAD --format html &gt; review.html</code>');
  });

  it('links the HTML report when given its URL', async () => {
    const dir = scriptedRepo();
    const pr = await runCli(
      ['diff', '--from', 'HEAD~1', '--to', 'HEAD', '--format', 'pr', '--report-url', 'https://example.org/runs/1 (review)', 'config'],
      dir,
    );
    expect(pr.code).toBe(0);
    expect(pr.stdout).toContain('[the HTML report](https://example.org/runs/1%20%28review%29)');
    expect(pr.stdout).not.toContain('Not shown');
  }, 60_000);
});
