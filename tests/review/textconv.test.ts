import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { createRepo } from './git-history.js';

describe('diglot textconv', () => {
  it('prints one block per unit: [ID kind] header, one sentence per line', async () => {
    const { code, stdout } = await runCli(['textconv', join(repoRoot, 'tests', 'fixtures', 'review-history', 'en.md')], repoRoot);
    expect(code).toBe(0);
    const blocks = stdout.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(13);
    expect(blocks[0]).toMatch(/^\[u-[0-9a-f]{8} frontmatter title\]\nRecognition in Brief$/);
    expect(blocks[2]).toMatch(/^\[u-[0-9a-f]{8} heading 2\]\nBefore recognition$/);
    expect(blocks[3]).toMatch(
      /^\[u-[0-9a-f]{8} paragraph\]\nThe American embassy left Russia in 1918\.\nIts staff moved to Vologda and later to Arkhangelsk\.$/,
    );
  });

  it('takes Russian from the text when git hands over a temporary file', async () => {
    const repo = createRepo();
    repo.write('tmp/Ab12Cd_brief.md', repo.read('content/ru/brief.md').replace('1933 г. Соединенные', '1933 г. Соединенные'));
    const { stdout } = await runCli(['textconv', 'tmp/Ab12Cd_brief.md'], repo.dir);
    // Russian sentence rules: "г." is an abbreviation, not a sentence end.
    expect(stdout).toContain('\nВ ноябре 1933 г. Соединенные Штаты признали Советский Союз.\n');
  });

  it('makes `git diff` show unit-level changes once configured; with a lock, an edited unit keeps its ID', async () => {
    const repo = createRepo();
    repo.write('.gitattributes', 'content/**/*.md diff=diglot\n');
    expect((await runCli(['update'], repo.dir)).code).toBe(0);
    repo.commit('init');
    const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
    repo.git('config', 'diff.diglot.textconv', `${tsx} ${join(repoRoot, 'tests', 'review', 'textconv-entry.ts')} textconv`);
    repo.edit('content/en/brief.md', 'Its staff moved to Vologda', 'Its employees moved to Vologda');
    const diff = repo.git('diff', '--no-color', '--', 'content/en/brief.md');
    expect(diff).toMatch(
      /^ \[u-[0-9a-f]{8} paragraph\]\n The American embassy left Russia in 1918\.\n-Its staff moved to Vologda and later to Arkhangelsk\.\n\+Its employees moved to Vologda and later to Arkhangelsk\.$/m,
    );
  }, 30_000);
});
