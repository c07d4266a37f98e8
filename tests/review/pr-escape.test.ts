import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { escapeInline, linkTarget } from '../../src/review/format-pr-escape.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedRoot } from '../support/paths.js';

/** The text GitHub would show for `text` in the first cell of a one-row table. */
function cellText(text: string): { cells: number; text: string } {
  const tree = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .parse(`| a | b |\n|---|---|\n| ${escapeInline(text)} | x |\n`);
  let out = { cells: 0, text: '' };
  visit(tree, 'table', (t: Table) => {
    const row = t.children[1];
    out = { cells: row?.children.length ?? 0, text: toString(row?.children[0], { includeHtml: false }) };
  });
  return out;
}

describe('escaping content for a pull-request comment', () => {
  it('keeps every line of a real corpus page as literal text in one table cell', () => {
    // Markdown source lines as text: links, emphasis, code spans, HTML and pipes must all stay literal.
    const lines = readFileSync(join(sharedRoot, 'corpora', 'md-12factor', 'en', 'config.md'), 'utf8')
      .split('\n')
      .filter(Boolean);
    const tricky = [
      ...lines,
      'a | b',
      '<script>alert(1)</script>',
      '``code``',
      '**bold** _x_ ~~s~~',
      '[link](http://x) ![i](y)',
      '&amp; &lt;',
      'C:\\path\\',
      '#1 @user',
    ];
    for (const line of tricky) {
      const { cells, text } = cellText(line);
      expect(cells, line).toBe(2);
      expect(text.replace(/\u200B/g, '').replace(/\s+/g, ' '), line).toBe(line.trim().replace(/\s+/g, ' '));
    }
  });

  it('breaks @mentions and #references with a zero-width space', () => {
    expect(cellText('thanks @octocat, see #12').text).toBe('thanks @\u200Boctocat, see #\u200B12');
  });

  it('links only http(s) URLs, with the characters that would end the link encoded', () => {
    expect(linkTarget('javascript:alert(1)')).toBeUndefined();
    expect(linkTarget('https://example.org/a b)(<x>')).toBe('https://example.org/a%20b%29%28%3Cx%3E');
    expect(linkTarget('https://example.org/runs/1?x=%20')).toBe('https://example.org/runs/1?x=%20');
  });
});
