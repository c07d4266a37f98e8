import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCacheJson, writeCacheJson } from '../../src/cache/cache-file.js';
import { takeCacheWarnings } from '../../src/cache/cache-warnings.js';
import { main } from '../../src/cli.js';
import { smallProject } from './project.js';

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** Rewrite a cache file's JSON, keeping its (now wrong) seal: what a hand edit of a restored CI cache does. */
function editKeepingSeal(file: string, change: (data: Record<string, unknown>) => void): void {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(data);
  writeFileSync(file, JSON.stringify(data));
}

describe('the cache is untrusted input', () => {
  it('check: an entry edited to hide an error is not trusted; the error is still reported, with a warning', async () => {
    const dir = smallProject(['a']);
    writeFileSync(join(dir, 'content', 'ru', 'a.md'), '# Заголовок a\n\nПереговоры начались в 1934 году. Они скоро закончились.\n');
    const first = await cli(['check', '--glossary', 'none'], dir);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain('number-mismatch');
    const checkDir = join(dir, '.diglot-cache', 'check');
    for (const name of readdirSync(checkDir)) editKeepingSeal(join(checkDir, name), (d) => void (d['messages'] = []));
    const edited = await cli(['check', '--glossary', 'none'], dir);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toBe(first.stdout);
    expect(edited.stderr).toMatch(/^diglot: info cache-ignored: Ignoring the cache file `.*\.json`: its seal does not match its contents/m);
  });

  it('a seal made with DIGLOT_CACHE_KEY does not open without it (a forger without the key cannot make entries)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'diglot-seal-')), '.diglot-cache', 'x.json');
    process.env['DIGLOT_CACHE_KEY'] = 'ci-secret';
    try {
      expect(writeCacheJson(file, 'test/1', { a: 1 })).toBe(true);
      expect(readCacheJson(file, 'test/1')).toEqual({ a: 1 });
      expect(readCacheJson(file, 'other/1')).toBeUndefined();
    } finally {
      delete process.env['DIGLOT_CACHE_KEY'];
    }
    takeCacheWarnings();
    expect(readCacheJson(file, 'test/1')).toBeUndefined();
    expect(takeCacheWarnings()).toHaveLength(1);
  });

  it('build: a script planted in a cached page never reaches the output', async () => {
    const dir = smallProject(['a']);
    expect((await cli(['build'], dir)).code).toBe(0);
    for (const name of readdirSync(join(dir, '.diglot-cache'))) if (name.endsWith('.document.json')) rmSync(join(dir, '.diglot-cache', name));
    editKeepingSeal(join(dir, '.diglot-cache', 'a.pages.json'), (d) => {
      const entries = d['entries'] as Record<string, string>;
      for (const k of Object.keys(entries)) entries[k] = (entries[k] as string).replace('<main', '<script>alert(1)</script><main');
    });
    const run = await cli(['build'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/info cache-ignored: Ignoring the cache file `.*a\.pages\.json`: its seal does not match/);
    for (const page of ['en/a.html', 'ru/a.html']) expect(readFileSync(join(dir, 'dist', page), 'utf8')).not.toContain('alert(1)');
  });

  it('build: a blobs folder that is a symbolic link is neither followed nor cleaned through', async () => {
    const dir = smallProject(['a']);
    expect((await cli(['build'], dir)).code).toBe(0);
    const victim = mkdtempSync(join(tmpdir(), 'diglot-victim-'));
    writeFileSync(join(victim, 'keep.txt'), 'precious');
    writeFileSync(join(victim, 'a'.repeat(64)), 'looks like a blob');
    rmSync(join(dir, '.diglot-cache', 'blobs'), { recursive: true });
    symlinkSync(victim, join(dir, '.diglot-cache', 'blobs'));
    writeFileSync(join(dir, 'content', 'en', 'a.md'), '# Title a\n\nThe talks began in 1933. They ended later.\n');
    const run = await cli(['build'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^diglot: info cache-ignored: Ignoring the cache: `.*\.diglot-cache\/blobs` is a symbolic link \(not followed, nothing deleted through it\); the run goes on without it$/m,
    );
    expect(readdirSync(victim).sort()).toEqual(['a'.repeat(64), 'keep.txt']);
  });

  it('an unusable cache (a file where a folder should be, corrupt JSON, a folder where a file should be) is a warning, never a failure', async () => {
    const dir = smallProject(['a']);
    expect((await cli(['build'], dir)).code).toBe(0);
    expect((await cli(['check', '--glossary', 'none'], dir)).code).toBe(0);
    writeFileSync(join(dir, '.diglot-cache', 'a.document.json'), '{"seal": not json');
    rmSync(join(dir, '.diglot-cache', 'a.rows.json'));
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, '.diglot-cache', 'a.rows.json'));
    rmSync(join(dir, '.diglot-cache', 'check'), { recursive: true });
    writeFileSync(join(dir, '.diglot-cache', 'check'), 'a file');
    const build = await cli(['build'], dir);
    expect(build.code).toBe(0);
    expect(build.stderr).not.toMatch(/\n\s+at /);
    expect(build.stderr).toMatch(/info cache-ignored: Ignoring the cache: `.*check` is not a folder/);
    rmSync(join(dir, '.diglot-cache', 'check'));
    const check = await cli(['check', '--glossary', 'none'], dir);
    expect(check.code).toBe(0);
    const again = await cli(['build'], dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/info cache-ignored: Ignoring the cache file `.*a\.document\.json`: its seal does not match/);
    expect(again.stderr).toMatch(/info cache-ignored: Ignoring the cache file `.*a\.rows\.json`: it is not a regular file/);
    expect(again.stderr).toMatch(/info cache-ignored: Cannot write the cache file `.*a\.rows\.json`/);
    expect(again.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'dist', 'a.parallel.html'))).toBe(true);
  });
});
