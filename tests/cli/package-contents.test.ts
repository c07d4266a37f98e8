import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What `npm pack` puts in the tarball users install with `npm install diglot-<version>.tgz`. */
function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [pack] = JSON.parse(out) as Array<{ files: Array<{ path: string }> }>;
  return (pack?.files ?? []).map((f) => f.path);
}

describe('the package a content repository installs', () => {
  it('carries the compiled CLI, its assets and the manual, and no sources, tests or content', () => {
    // `npm ci` compiles build/ (prepare); a tarball is installed without running scripts, so build/ must be inside it.
    expect(existsSync(`${ROOT}/build/cli-bundle/cli.js`)).toBe(true);
    const files = packedFiles();
    for (const file of [
      'bin/diglot.js',
      'build/cli-bundle/cli.js',
      'build/cli.js',
      'build/index.js',
      'assets/diglot.css',
      'assets/parallel.js',
      'package.json',
      'README.md',
    ]) {
      expect(files, file).toContain(file);
    }
    expect(files.filter((f) => /^(src|tests|content|glossary|scripts)\//.test(f))).toEqual([]);
  });
});
