import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { createRepo } from './git-history.js';

describe('diglot diff without commits, and with a document it cannot read', () => {
  it('before the first commit: every document is added, and it says why', async () => {
    const repo = createRepo();
    const { code, stdout, stderr } = await runCli(['diff', '--format', 'json'], repo.dir);
    expect(stderr).toBe('diglot: info diff-note: The repository has no commits yet: every document of the working tree is shown as added\n');
    expect(code).toBe(0);
    const diffs = (JSON.parse(stdout) as { documents: Array<{ source: string; from: string; sourceChanges: Array<{ change: string }> }> }).documents;
    expect(diffs.map((d) => d.source)).toEqual(['content/en/brief.md']);
    expect(diffs[0]?.from).toBe('no commits');
    expect(new Set(diffs[0]?.sourceChanges.map((c) => c.change))).toEqual(new Set(['added']));
  });

  it('before the first commit, a ref is a usage error that says there are no commits yet', async () => {
    const repo = createRepo();
    const { code, stderr } = await runCli(['diff', '--from', 'HEAD~1'], repo.dir);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^diglot: Cannot read `HEAD~1`: the repository has no commits yet/);
  });

  it('a binary document is reported with its path; the others are diffed; exit 1', async () => {
    const repo = createRepo();
    repo.commit('init');
    repo.edit('content/en/brief.md', 'Its staff moved to Vologda', 'Its employees moved to Vologda');
    writeFileSync(join(repo.dir, 'content', 'en', 'a-binary.md'), Buffer.from('x\u0000y'));
    const { code, stdout, stderr } = await runCli(['diff', '--format', 'json'], repo.dir);
    expect(stderr).toMatch(/^content\/en\/a-binary\.md: error document-failed: Expected a text file, found a NUL byte/);
    const diffs = (JSON.parse(stdout) as { documents: Array<{ source: string }> }).documents;
    expect(diffs.map((d) => d.source)).toEqual(['content/en/brief.md']);
    expect(code).toBe(1);
  });
});
