import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toHtml } from 'hast-util-to-html';
import type { Code, Html, Image, Nodes, Table } from 'mdast';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/edition/build-site.js';
import { toSafeHast } from '../../src/edition/to-safe-hast.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createMessages } from '../../src/i18n/create-messages.js';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';
import { corpusProject, type CorpusArticle } from './parallel-project.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/parallel-blocks/', import.meta.url));

/** The rows of a parallel page: each row's class and its two cells' HTML. */
function rowsOf(html: string): Array<{ className: string; en: string; ru: string }> {
  const body = html.slice(html.indexOf('<div class="parallel-rows">'));
  return body
    .split(/(?=<div class="row[ "])/)
    .slice(1)
    .map((row) => {
      const className = /^<div class="([^"]*)"/.exec(row)?.[1] ?? '';
      const at = row.indexOf('<div class="cell" lang="ru">');
      return { className, en: row.slice(0, at), ru: row.slice(at) };
    });
}

const count = (html: string, tag: string): number => html.split(`<${tag}>`).length - 1 + html.split(`<${tag} `).length - 1;
const escaped = (text: string): string => toHtml({ type: 'text', value: text });

/** The nodes of a type in a document; for `html`, HTML blocks only (not inline HTML). */
function nodesOf<T extends Nodes>(markdown: string, type: T['type']): T[] {
  const found: T[] = [];
  visit(parseMarkdown(markdown), type, (node, _, parent) => {
    if (type !== 'html' || parent?.type === 'root' || parent?.type === 'listItem' || parent?.type === 'blockquote') found.push(node as T);
  });
  return found;
}

describe('parallel edition: every block of both languages (fixture)', () => {
  let page: string;
  let rows: ReturnType<typeof rowsOf>;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'diglot-parallel-blocks-'));
    cpSync(FIXTURE, root, { recursive: true });
    await buildSite(loadConfig({ cwd: root }), { outDir: join(root, 'dist'), cache: false });
    page = readFileSync(join(root, 'dist', 'blocks.parallel.html'), 'utf8');
    rows = rowsOf(page);
  });

  it('lays a 4-column table of 10 rows out as 10 parallel rows, each side a one-row table', () => {
    const tableRows = rows.filter((r) => r.className.split(' ').includes('row-table'));
    expect(tableRows).toHaveLength(10);
    expect(count(page, 'table')).toBe(20);
    const first = tableRows[0];
    expect(first?.en).toMatch(/<thead><tr><th align="left">.*Planet.*<\/th><th align="right">.*Moons.*<th align="center">.*Distance.*<th>.*Notes/);
    expect(first?.ru).toMatch(/<thead><tr><th align="left">.*Планета/);
    // Row r of the source table stands beside row r of the target table, all four cells in one row.
    const mars = tableRows[4];
    expect(count(mars?.en ?? '', 'td')).toBe(4);
    expect(mars?.en).toMatch(/Mars.*>2<.*1\.52.*The red planet\./);
    expect(mars?.ru).toMatch(/Марс.*>2<.*1\.52.*Красная планета\./);
    // Sentences in cells still carry their counterparts (hover highlighting).
    expect(mars?.en).toMatch(/data-s="en:[^"]+" data-with="ru:/);
  });

  it('shows code blocks, thematic breaks and HTML blocks in the row of their position, paired when they match', () => {
    const code = rows.find((r) => r.en.includes('console.log'));
    expect(code?.en).toContain(`<pre><code class="language-js">console.log('hello');`);
    expect(code?.ru).toContain(`<pre><code class="language-js">console.log('hello');`);
    expect(rows.find((r) => r.en.includes('<hr>'))?.ru).toContain('<hr>');
    const html = rows.find((r) => r.en.includes('Raw HTML block.'));
    expect(html?.ru).toContain('Блок HTML.');
    // A code block of one side only: its own row, the other cell empty.
    const only = rows.find((r) => r.en.includes('only en'));
    expect(only?.en).toContain('<pre><code class="language-python">');
    expect(only?.ru).toBe('<div class="cell" lang="ru"></div></div>');
    expect(count(page, 'pre')).toBe(7);
  });

  it('keeps blocks inside list items and block quotes there', () => {
    const install = rows.find((r) => r.en.includes('npm install'));
    expect(install?.en).toContain('<div class="list-continued"><pre><code class="language-sh">npm install');
    expect(install?.ru).toContain('<div class="list-continued"><pre><code class="language-sh">npm install');
    expect(rows.find((r) => r.en.includes('quoted code'))?.en).toMatch(/<blockquote>\s*<pre><code>quoted code/);
    expect(rows.find((r) => r.en.includes('<code>x = 1</code>'))?.ru).toContain('<code>x = 1</code>');
    // A nested list item is indented under its parent item; an unordered list has no `start`.
    expect(rows.find((r) => r.en.includes('Nested item two.'))?.en).toMatch(
      /^<div class="row row-body"><div class="cell" lang="en"><div class="list-continued"><ul>\s*<li>/,
    );
    expect(rows.find((r) => r.en.includes('Second step.'))?.en).toContain('<ol start="2">');
    // Order: the install step sits between the first and the second step.
    const at = (text: string): number => rows.findIndex((r) => r.en.includes(text));
    expect(at('First step.')).toBeLessThan(at('npm install'));
    expect(at('npm install')).toBeLessThan(at('Second step.'));
  });
});

const ARTICLES: CorpusArticle[] = [
  { corpus: 'md-12factor', slug: 'dev-prod-parity' },
  { corpus: 'md-opensource-guide', slug: 'best-practices' },
  { corpus: 'md-opensource-guide', slug: 'how-to-contribute' },
  { corpus: 'md-opensource-guide', slug: 'building-community' },
];

describe('parallel edition: every block of both languages (real corpus pages)', () => {
  let root: string;
  beforeAll(async () => {
    root = corpusProject(ARTICLES);
    await buildSite(loadConfig({ cwd: root }), { outDir: join(root, 'dist'), cache: false });
  }, 60_000);

  it.each(ARTICLES)('$corpus/$slug: code, HTML blocks, tables and images of both sides are on the page', ({ slug }) => {
    const page = readFileSync(join(root, 'dist', `${slug}.parallel.html`), 'utf8');
    const text = page.replace(/<[^>]*>/g, '');
    let codes = 0;
    let tables = 0;
    let htmlBlocks = 0;
    for (const lang of ['en', 'ru']) {
      const markdown = readFileSync(join(root, 'content', lang, `${slug}.md`), 'utf8');
      const messages = createMessages(lang);
      for (const code of nodesOf<Code>(markdown, 'code')) {
        codes++;
        expect(page).toContain(escaped(code.value));
      }
      for (const node of nodesOf<Html>(markdown, 'html')) {
        htmlBlocks++;
        const alone = toHtml(toSafeHast({ type: 'root', children: [node] }, { messages, idPrefix: `${lang}-` })).trim();
        tables += count(alone, 'table');
        if (alone !== '') expect(page, `${lang} HTML block at line ${node.position?.start.line}`).toContain(alone);
      }
      for (const table of nodesOf<Table>(markdown, 'table')) tables += table.children.length;
      for (const image of nodesOf<Image>(markdown, 'image')) expect(text).toContain(escaped(image.alt ?? ''));
    }
    expect(count(page, 'pre')).toBe(codes);
    expect(count(page, 'table')).toBe(tables);
    expect(htmlBlocks).toBeGreaterThan(3);
    if (slug === 'dev-prod-parity') expect(tables).toBe(4);
  });
});
