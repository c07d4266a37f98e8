import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentMemos } from '../../src/pair/document-memos.js';
import { loadConfig } from '../../src/config/load-config.js';
import { collectDiffs } from '../../src/review/collect-diffs.js';
import { diffDocument, type DiffDocumentInput } from '../../src/review/diff-document.js';
import { formatHtml } from '../../src/review/format-html.js';
import { formatMarkdown } from '../../src/review/format-markdown.js';
import { formatText } from '../../src/review/format-text.js';
import type { DocumentDiff } from '../../src/review/types.js';
import { runCli } from '../support/run-cli.js';
import { createRepo, type TempRepo } from './git-history.js';

const SLUGS = ['brief', 'second', 'third'];

describe('diglot diff skips unchanged documents and shows what changed', () => {
  let repo: TempRepo;

  beforeAll(async () => {
    repo = createRepo();
    for (const slug of SLUGS.slice(1)) {
      repo.write(`content/en/${slug}.md`, repo.read('content/en/brief.md'));
      repo.write(`content/ru/${slug}.md`, repo.read('content/ru/brief.md'));
    }
    expect((await runCli(['lock'], repo.dir)).code).toBe(0);
    repo.commit('three documents, locked');
    repo.edit('content/en/second.md', 'lasted almost 16 years', 'lasted almost sixteen years');
    repo.commit('one document changed');
  }, 60_000);

  it('only the changed document is segmented (counted through the diff seam); the others are listed as unchanged', async () => {
    const config = loadConfig({ cwd: repo.dir });
    const seen: string[] = [];
    const diff = (input: DiffDocumentInput): DocumentDiff => {
      seen.push(input.source.file);
      return diffDocument(input);
    };
    const diffs = await collectDiffs(config, { root: repo.dir, from: 'HEAD~1', to: 'HEAD', diff });
    expect(seen).toEqual(['content/en/second.md']);
    expect(diffs.map((d) => [d.source, d.unchanged ?? false])).toEqual([
      ['content/en/brief.md', true],
      ['content/en/second.md', false],
      ['content/en/third.md', true],
    ]);
    expect(diffs[0]!.sourceChanges).toEqual([]);
    expect(diffs[1]!.summary.source.edited).toBe(1);

    // The working tree against HEAD: nothing changed, nothing segmented.
    seen.length = 0;
    const now = await collectDiffs(config, { root: repo.dir, diff });
    expect(seen).toEqual([]);
    expect(now.every((d) => d.unchanged)).toBe(true);
  }, 30_000);

  it('with the project memos, a second diff gives the same result from remembered work', async () => {
    const config = loadConfig({ cwd: repo.dir });
    const first = await collectDiffs(config, { root: repo.dir, from: 'HEAD~1', to: 'HEAD', memos: new DocumentMemos(repo.dir) });
    const memos = new DocumentMemos(repo.dir);
    const second = await collectDiffs(config, { root: repo.dir, from: 'HEAD~1', to: 'HEAD', memos });
    expect(second).toEqual(first);
  }, 30_000);

  it('HTML lists the changed document only, with a one-line count of the unchanged; text and Markdown too', async () => {
    const { stdout: html } = await runCli(['diff', '--from', 'HEAD~1', '--to', 'HEAD', '--format', 'html'], repo.dir);
    expect(html).toContain('1 of 3 document pairs changed; 2 unchanged, not shown.');
    expect(html).toContain('<code>content/en/second.md</code>');
    expect(html).not.toContain('<code>content/en/brief.md</code>');
    expect(html.match(/<table>/g)).toHaveLength(1);
    const { stdout: text } = await runCli(['diff', '--from', 'HEAD~1', '--to', 'HEAD'], repo.dir);
    expect(text).toContain('content/en/brief.md ↔ content/ru/brief.md (HEAD~1 → HEAD): unchanged\n');
    expect(text).toContain('English: 1 edited, 12 unchanged; 1 stale;');
    const { stdout: md } = await runCli(['diff', '--from', 'HEAD~1', '--to', 'HEAD', '--format', 'markdown'], repo.dir);
    expect(md).toContain('2 of 3 document pairs unchanged, not shown.');
    expect(md).not.toContain('`content/en/brief.md`');
    const { stdout: json } = await runCli(['diff', '--from', 'HEAD~1', '--to', 'HEAD', '--format', 'json'], repo.dir);
    expect((JSON.parse(json) as { documents: DocumentDiff[] }).documents.map((d) => d.unchanged ?? false)).toEqual([true, false, true]);
    expect(formatText([])).toContain('No content files to compare.');
    expect(formatMarkdown([])).toContain('No content files to compare.');
    expect(formatHtml([])).toContain('No content files to compare.');
  }, 60_000);
});
