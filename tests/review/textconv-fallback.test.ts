import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRawTextconv } from '../../src/review/render-raw-textconv.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { createRepo } from './git-history.js';

const BAD_FRONT_MATTER = '---\ntitle: [unclosed\n---\n\nText.\n';

describe('diglot textconv never fails', () => {
  it('a document with invalid front matter: a note, then the raw file, exit 0', async () => {
    const repo = createRepo();
    repo.write('content/en/bad.md', BAD_FRONT_MATTER);
    const { code, stdout, stderr } = await runCli(['textconv', 'content/en/bad.md'], repo.dir);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^diglot textconv: content\/en\/bad\.md:2:\d+: Invalid YAML front matter.*; showing the raw file\n/);
    expect(stdout.slice(stdout.indexOf('\n') + 1)).toBe(BAD_FRONT_MATTER);
  });

  it('invalid UTF-8 and NUL bytes: escaped as \\xNN, text kept, lines kept', async () => {
    const repo = createRepo();
    mkdirSync(join(repo.dir, 'content', 'en'), { recursive: true });
    writeFileSync(join(repo.dir, 'content', 'en', 'bin.md'), Buffer.concat([Buffer.from('Привет a\\b\n'), Buffer.from([0xff, 0x00, 0x41, 0x0a, 0xc3])]));
    const { code, stdout } = await runCli(['textconv', 'content/en/bin.md'], repo.dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^diglot textconv: content\/en\/bin\.md: Expected a text file, found a NUL byte.*escaped as \\xNN\n/);
    expect(stdout.split('\n').slice(1)).toEqual(['Привет a\\\\b', '\\xFF\\x00A', '\\xC3', '']);
  });

  it('an invalid configuration or a missing file still gives exit 0 and says why', async () => {
    const repo = createRepo();
    repo.write('diglot.config.yaml', 'sourceLanguage: [\n');
    const broken = await runCli(['textconv', 'content/en/brief.md'], repo.dir);
    expect(broken.code).toBe(0);
    expect(broken.stdout).toMatch(/^diglot textconv: .*diglot\.config\.yaml:\d+:\d+: Invalid YAML.*; showing the raw file\n---\n/);
    repo.write('diglot.config.yaml', 'sourceLanguage: en\ntargetLanguages: [ru]\n');
    const missing = await runCli(['textconv', 'content/en/none.md'], repo.dir);
    expect(missing.code).toBe(0);
    expect(missing.stdout).toMatch(/^diglot textconv: content\/en\/none\.md: Cannot read a file that does not exist\n$/);
  });

  it('a corrupt lock: still unit by unit, without the lock, with a note', async () => {
    const repo = createRepo();
    repo.write('content/brief.lock.json', '{ not json');
    const { code, stdout } = await runCli(['textconv', 'content/en/brief.md'], repo.dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^diglot textconv: .*brief\.lock\.json: Cannot read the lock without valid JSON.*; unit IDs without the lock\n\n\[u-[0-9a-f]{8} frontmatter title\]\n/,
    );
  });

  it('usage errors stay usage errors (git always passes one file)', async () => {
    expect((await runCli(['textconv'], repoRoot)).code).toBe(2);
  });

  it('git show, git log -p and git diff work with a bad, a binary and an invalid UTF-8 document in history', () => {
    const repo = createRepo();
    repo.write('.gitattributes', 'content/**/*.md diff=diglot\n');
    repo.commit('init');
    repo.git(
      'config',
      'diff.diglot.textconv',
      `"${process.execPath}" "${join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs')}" "${join(repoRoot, 'src', 'cli.ts')}" textconv`,
    );
    repo.write('content/en/bad.md', BAD_FRONT_MATTER);
    writeFileSync(join(repo.dir, 'content', 'en', 'nul.md'), Buffer.from('Text\u0000more\n'));
    writeFileSync(join(repo.dir, 'content', 'en', 'latin1.md'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    repo.commit('bad files');
    repo.write('content/en/bad.md', `${BAD_FRONT_MATTER}More.\n`);
    const run = (...args: string[]) => spawnSync('git', args, { cwd: repo.dir, encoding: 'utf8' });
    const show = run('show', '--no-color', 'HEAD');
    expect(show.stderr).toBe('');
    expect(show.status).toBe(0);
    expect(show.stdout).toContain('+diglot textconv: nul.md: Expected a text file, found a NUL byte');
    expect(show.stdout).toContain('+Text\\x00more');
    expect(show.stdout).toContain('+Caf\\xE9');
    expect(show.stdout).toMatch(/\+diglot textconv: bad\.md:2:\d+: Invalid YAML front matter/);
    const log = run('log', '-p', '--no-color');
    expect(log.status).toBe(0);
    expect(log.stdout).toContain('+Text\\x00more');
    const diff = run('diff', '--no-color');
    expect(diff.status).toBe(0);
    expect(diff.stdout).toContain('+More.');
  }, 60_000);
});

describe('renderRawTextconv', () => {
  it('prints the note alone when the file could not be read', () => {
    expect(renderRawTextconv(undefined, 'x.md: Cannot open: permission denied (EACCES)')).toBe(
      'diglot textconv: x.md: Cannot open: permission denied (EACCES)\n',
    );
  });

  it('escapes overlong and surrogate encodings byte by byte, and control characters', () => {
    const out = renderRawTextconv(Uint8Array.from([0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x1b, 0x09, 0xe2, 0x82, 0xac, 0x00]), 'why');
    expect(out.split('\n')[1]).toBe('\\xC0\\xAF\\xED\\xA0\\x80\\x1B\t€\\x00');
  });
});
