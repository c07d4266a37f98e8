import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/review/format-html.js';
import { formatMarkdown } from '../../src/review/format-markdown.js';
import { formatText } from '../../src/review/format-text.js';
import type { DocumentDiff } from '../../src/review/types.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { createRepo, type TempRepo } from './git-history.js';

const EN = 'content/en/brief.md';
const RU = 'content/ru/brief.md';
const LOCK = 'content/brief.lock.json';
const CODE_EN = '\nCheck the archive:\n\n```sh\ncurl https://archive.example.org/1933\ngrep recognition notes.txt\n```\n';
const CODE_RU = '\nПроверьте архив:\n\n```sh\ncurl https://archive.example.org/1933\ngrep recognition notes.txt\n```\n';

async function diffJson(repo: TempRepo, ...args: string[]): Promise<DocumentDiff[]> {
  const { code, stdout, stderr } = await runCli(['diff', '--format', 'json', ...args], repo.dir);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return (JSON.parse(stdout) as { documents: DocumentDiff[] }).documents;
}

describe('code blocks in review: a changed English code block over a scripted git history', () => {
  let repo: TempRepo;

  beforeAll(async () => {
    repo = createRepo();
    repo.write(EN, `${repo.read(EN)}${CODE_EN}`);
    repo.write(RU, `${repo.read(RU)}${CODE_RU}`);
    repo.write('.gitattributes', 'content/**/*.md diff=diglot\n');
    expect((await runCli(['lock'], repo.dir)).code).toBe(0);
    repo.commit('brief with a code block, locked');
    repo.edit(EN, 'grep recognition notes.txt', 'grep -i recognition notes.txt');
    repo.commit('English code changed; the Russian copy not');
  }, 60_000);

  it('the lock records the code blocks per target, and `lock --check` before the change is clean', async () => {
    const lock = JSON.parse(repo.git('show', `HEAD~1:${LOCK}`)) as { targets: { ru: { code?: string[] } } };
    expect(lock.targets.ru.code).toHaveLength(1);
    expect(lock.targets.ru.code![0]).toMatch(/^sha256:[0-9a-f]{16}$/);
  });

  it('textconv renders the code block, so `git diff` shows the code change', async () => {
    const { stdout } = await runCli(['textconv', EN], repo.dir);
    expect(stdout).toMatch(/\n\[code sh sha256:[0-9a-f]{16}\]\ncurl https:\/\/archive\.example\.org\/1933\ngrep -i recognition notes\.txt\n$/);
    const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
    repo.git('config', 'diff.diglot.textconv', `${tsx} ${join(repoRoot, 'tests', 'review', 'textconv-entry.ts')} textconv`);
    const diff = repo.git('diff', '--no-color', 'HEAD~1', 'HEAD', '--', EN);
    expect(diff).toContain('-grep recognition notes.txt\n+grep -i recognition notes.txt');
  }, 30_000);

  it('`diglot diff` lists the code block as a change with a line diff, the Russian copy stale', async () => {
    const [doc] = await diffJson(repo, '--from', 'HEAD~1', '--to', 'HEAD');
    expect(doc!.code).toHaveLength(1);
    const c = doc!.code[0]!;
    expect(c).toMatchObject({ kind: 'code', change: 'edited', translation: 'stale', before: { lang: 'sh' }, after: { lang: 'sh' }, target: { lang: 'sh' } });
    expect(c.lines).toEqual([
      { type: 'equal', text: 'curl https://archive.example.org/1933' },
      { type: 'delete', text: 'grep recognition notes.txt' },
      { type: 'insert', text: 'grep -i recognition notes.txt' },
    ]);
    expect(doc!.summary.code).toEqual({ changed: 1, stale: 1 });
    // The units did not change.
    expect(doc!.sourceChanges.every((e) => e.change === 'unchanged')).toBe(true);

    const text = formatText([doc!]);
    expect(text).toContain('; 1 code block changed (1 stale)');
    expect(text).toMatch(
      /^code edited sh {2}line \d+ {2}\[stale\]\n {4}curl https:\/\/archive\.example\.org\/1933\n {2}- grep recognition notes\.txt\n {2}\+ grep -i recognition notes\.txt\n {2}ru: stale: the translation still has the old code \(line \d+\)$/m,
    );
    const md = formatMarkdown([doc!]);
    expect(md).toContain('<details><summary><b>code edited sh line');
    expect(md).toContain('```diff\n  curl https://archive.example.org/1933\n- grep recognition notes.txt\n+ grep -i recognition notes.txt\n```');
    const html = formatHtml([doc!]);
    expect(html).toContain('<del>- grep recognition notes.txt\n</del><ins>+ grep -i recognition notes.txt\n</ins>');
    expect(html).toContain('1 of 1 document pair changed.');
  });

  it('once the Russian copy is updated, the code change is no longer stale', async () => {
    repo.edit(RU, 'grep recognition notes.txt', 'grep -i recognition notes.txt');
    const [doc] = await diffJson(repo, '--from', 'HEAD~1');
    expect(doc!.code.map((c) => c.translation)).toEqual(['current']);
    repo.git('checkout', '--', RU);
  });

  it('`lock --check` reports lock-code-stale; `lock` keeps it; `lock --accept` records the new code', async () => {
    const check = await runCli(['lock', '--check'], repo.dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(
      /^content\/ru\/brief\.md:\d+:1: error lock-code-stale \(ru\): Old English code in the `sh` code block: copy the changed English code \(line \d+\) \(expected: the changed English code \(line \d+\); found: the old English code\)$/m,
    );
    expect((await runCli(['lock'], repo.dir)).code).toBe(0);
    expect((await runCli(['lock', '--check'], repo.dir)).stdout).toContain('lock-code-stale');
    expect((await runCli(['lock', '--accept'], repo.dir)).code).toBe(0);
    expect((await runCli(['lock', '--check'], repo.dir)).stdout).not.toContain('lock-code-stale');
    repo.git('checkout', '--', LOCK);
  }, 30_000);

  it('a lock written before code blocks were recorded reads as no record, not as a change', async () => {
    const lock = JSON.parse(repo.read(LOCK)) as { targets: { ru: { code?: string[] } } };
    delete lock.targets.ru.code;
    repo.write(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
    const check = await runCli(['lock', '--check'], repo.dir);
    expect(check.stdout).not.toContain('lock-code');
    expect(check.code).toBe(0);
    repo.git('checkout', '--', LOCK);
  }, 30_000);

  it('`diglot check` warns about the diverging code block (code-mismatch), and a suppression silences it', async () => {
    const check = await runCli(['check'], repo.dir);
    expect(check.stdout).toMatch(
      /content\/ru\/brief\.md:\d+:1: warning code-mismatch \(ru\): Unexpected code in the `sh` code block, expected the code of the English block \(line \d+\)/,
    );
    repo.edit(RU, '```sh\n', '<!-- diglot-ignore code-mismatch: the archive copy is checked by hand -->\n\n```sh\n');
    const quiet = await runCli(['check'], repo.dir);
    expect(quiet.stdout).not.toContain('code-mismatch');
    expect(quiet.stdout).not.toContain('suppression');
    repo.git('checkout', '--', RU);
  }, 30_000);

  it('`diglot check` reports a missing and an extra code block', async () => {
    repo.write(RU, repo.read(RU).replace(/```sh[\s\S]*?```\n/, '```python\nprint(1933)\n```\n'));
    const { stdout } = await runCli(['check'], repo.dir);
    expect(stdout).toMatch(/warning code-mismatch \(ru\): Missing `sh` code block of the English \(line \d+\)/);
    expect(stdout).toMatch(/warning code-mismatch \(ru\): Unexpected `python` code block, not in the English/);
    repo.git('checkout', '--', RU);
  }, 30_000);
});
