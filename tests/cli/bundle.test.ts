import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { repoRoot } from '../support/paths.js';

/**
 * The installed CLI runs the bundle of scripts/bundle-cli.mjs. This test compiles and bundles
 * the current sources into a temp folder (so a stale build/ cannot hide a problem) and runs the
 * bundle against the sources, command by command, on the build-basic fixture and the article.
 */
const FIXTURE = fileURLToPath(new URL('../fixtures/build-basic/', import.meta.url));
let bundle: string;
let temp: string | undefined;

beforeAll(() => {
  // Inside the project (tests/.output is ignored by git), so the bundler and the bundle find node_modules.
  mkdirSync(join(repoRoot, 'tests', '.output'), { recursive: true });
  const out = join(mkdtempSync(join(repoRoot, 'tests', '.output', 'bundle-')), 'build');
  execFileSync(process.execPath, [join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', join(repoRoot, 'tsconfig.build.json'), '--outDir', out], {
    cwd: repoRoot,
  });
  execFileSync(process.execPath, [join(repoRoot, 'scripts/bundle-cli.mjs'), out], { cwd: repoRoot });
  // The stylesheet and script, where the bundle looks for them (two folders up, as from build/).
  cpSync(join(repoRoot, 'assets'), join(out, '..', 'assets'), { recursive: true });
  // And its package.json (its version and documentation address, read by the reports), as in a package.
  cpSync(join(repoRoot, 'package.json'), join(out, '..', 'package.json'));
  bundle = join(out, 'cli-bundle', 'cli.js');
  temp = join(out, '..');
}, 120_000);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

function listFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
}

async function inProcess(args: string[], cwd: string): Promise<{ stdout: string; stderr: string; status: number }> {
  const { code, stdout, stderr } = await runCli(args, cwd);
  return { stdout, stderr, status: code };
}

function bundled(args: string[], cwd: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(process.execPath, [bundle, ...args], { cwd, encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('the bundled CLI', () => {
  it.each([
    ['check --format json --no-cache', FIXTURE],
    ['check --format sarif --no-cache', repoRoot],
    ['segment content/en/us-ussr-recognition-1933.md', repoRoot],
    ['align us-ussr-recognition-1933', repoRoot],
    ['glossary lint', repoRoot],
    ['nonsense', repoRoot],
  ])(
    '`diglot %s` prints and exits exactly as the sources do',
    async (command, cwd) => {
      const dir = cwd === FIXTURE ? mkdtempSync(join(tmpdir(), 'diglot-bundle-fixture-')) : cwd;
      if (cwd === FIXTURE) cpSync(FIXTURE, dir, { recursive: true });
      const args = command.split(' ');
      const expected = await inProcess(args, dir);
      const actual = bundled(args, dir);
      expect(actual.status).toBe(expected.status);
      expect(actual.stdout).toBe(expected.stdout);
      expect(actual.stderr).toBe(expected.stderr);
      // Something was said: the report, or (usage error) why not.
      expect(expected.status === 2 ? expected.stderr : expected.stdout).not.toBe('');
    },
    60_000,
  );

  it('`diglot build --no-cache` writes the same files, byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diglot-bundle-build-'));
    cpSync(FIXTURE, dir, { recursive: true });
    expect((await inProcess(['build', '--no-cache', '--out', 'from-sources'], dir)).status).toBe(0);
    expect(bundled(['build', '--no-cache', '--out', 'from-bundle'], dir).status).toBe(0);
    const files = listFiles(join(dir, 'from-sources'));
    expect(files.length).toBeGreaterThan(5);
    expect(listFiles(join(dir, 'from-bundle'))).toEqual(files);
    for (const f of files) expect(readFileSync(join(dir, 'from-bundle', f)).equals(readFileSync(join(dir, 'from-sources', f))), f).toBe(true);
  }, 60_000);

  it('`diglot check --jobs 2` starts its workers from the bundle and reports as one thread does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diglot-bundle-jobs-'));
    cpSync(FIXTURE, dir, { recursive: true });
    for (const lang of ['en', 'ru']) cpSync(join(dir, 'content', lang, 'recognition.md'), join(dir, 'content', lang, 'second.md'));
    const expected = await inProcess(['check', '--jobs', '1', '--format', 'json', '--no-cache'], dir);
    const actual = bundled(['check', '--jobs', '2', '--format', 'json', '--no-cache'], dir);
    expect(actual.status).toBe(expected.status);
    expect(actual.stdout).toBe(expected.stdout);
    expect((JSON.parse(actual.stdout) as { files: unknown[] }).files).toHaveLength(2);
  }, 60_000);
});
