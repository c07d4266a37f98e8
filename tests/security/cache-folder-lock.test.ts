import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { smallProject } from './project.js';

const NOBODY = 65534;

/**
 * Run the CLI where `.diglot-cache` cannot be written. Root ignores permission bits, so as root
 * the CLI runs as another user (uid 65534) for whom the root-owned cache is read-only; as any
 * other user, the cache folders are made read-only and the CLI runs in this process.
 */
async function withReadOnlyCache(args: string[], dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const folders = ['', 'blobs', 'check', 'memo'].map((sub) => join(dir, '.diglot-cache', sub)).filter((f) => existsSync(f));
  if (process.getuid?.() !== 0) {
    for (const folder of folders) chmodSync(folder, 0o555);
    try {
      return await runCli(args, dir);
    } finally {
      for (const folder of folders) chmodSync(folder, 0o755);
    }
  }
  chmodSync(dir, 0o777); // the other user writes dist/ (and nothing else)
  const tsx = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const run = spawnSync(process.execPath, [tsx, join(repoRoot, 'src', 'cli.ts'), ...args], {
    cwd: dir,
    uid: NOBODY,
    gid: NOBODY,
    encoding: 'utf8',
    env: { ...process.env, HOME: dir },
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

describe('the build lock lives in the cache, so it is as untrusted as the cache', () => {
  it('a read-only .diglot-cache: build and check go on without the cache, with a warning, exit 0', async () => {
    const dir = smallProject(['a', 'b']);
    expect((await runCli(['build'], dir)).code).toBe(0);
    expect((await runCli(['check', '--glossary', 'none'], dir)).code).toBe(0);
    rmSync(join(dir, 'dist'), { recursive: true });
    // A change, so the cached entries do not cover everything and the build must render.
    writeFileSync(join(dir, 'content', 'ru', 'b.md'), readFileSync(join(dir, 'content', 'ru', 'b.md'), 'utf8').replace('скоро', 'вскоре'));
    const build = await withReadOnlyCache(['build'], dir);
    expect(build.stderr).toMatch(
      /Ignoring the cache: cannot create the build lock `\.diglot-cache\/build\.lock` \((EACCES|EPERM|EROFS)\); the run goes on without it/,
    );
    expect(build.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(build.code, build.stderr).toBe(0);
    expect(readFileSync(join(dir, 'dist', 'ru', 'b.html'), 'utf8')).toContain('вскоре');
    const check = await withReadOnlyCache(['check', '--glossary', 'none'], dir);
    expect(check.stderr).not.toMatch(/\n\s+at |internal error/);
    expect(check.code, check.stderr).toBe(0);
  }, 120_000);

  it('a .diglot-cache that is a symbolic link: no lock is created, read or removed through it', async () => {
    const dir = smallProject(['a']);
    const victim = mkdtempSync(join(tmpdir(), 'diglot-sec-lock-victim-'));
    // A file named like the lock, older than the stale-lock limit: the lock code would take it over.
    writeFileSync(join(victim, 'build.lock'), 'precious, not a lock');
    utimesSync(join(victim, 'build.lock'), new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    mkdirSync(join(victim, 'memo'));
    symlinkSync(victim, join(dir, '.diglot-cache'));
    const { code, stderr } = await runCli(['build'], dir);
    expect(code, stderr).toBe(0);
    expect(stderr).toMatch(/Ignoring the cache: `[^`]*\.diglot-cache` is a symbolic link/);
    expect(stderr).not.toContain('took over');
    expect(readdirSync(victim).sort()).toEqual(['build.lock', 'memo']);
    expect(readFileSync(join(victim, 'build.lock'), 'utf8')).toBe('precious, not a lock');
    expect(readdirSync(join(victim, 'memo'))).toEqual([]);
    expect(existsSync(join(dir, 'dist', 'a.parallel.html'))).toBe(true);
  });
});
