import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { repoRoot } from '../support/paths.js';

/** The first `js` code block of the README section `heading`, exactly as written there. */
function readmeExample(heading: string): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start, `README has a section "${heading}"`).toBeGreaterThan(-1);
  const section = readme.slice(start + 1).split(/\n## /)[0] as string;
  const block = /\n```js\n([\s\S]*?)\n```\n/.exec(section);
  expect(block, 'the section holds a js code block').not.toBeNull();
  return (block as RegExpExecArray)[1] as string;
}

describe('README "Use diglot as a library"', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs as written: units with IDs and sentences, the preset finds the typed-in errors, checkFilePair the wrong year', async () => {
    const code = readmeExample('Use diglot as a library');
    // `diglot` is this checkout's source; everything else resolves from its node_modules.
    const dir = mkdtempSync(join(tmpdir(), 'diglot-readme-'));
    symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const module = join(dir, 'example.mjs');
    writeFileSync(module, code.replace(/from 'diglot'/g, `from ${JSON.stringify(pathToFileURL(join(repoRoot, 'src/index.ts')).href)}`));
    expect(readFileSync(module, 'utf8')).not.toMatch(/from 'diglot'/);
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation(
      (...args: unknown[]) => void lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')),
    );
    await import(/* @vite-ignore */ pathToFileURL(module).href);

    expect(lines[0]).toMatch(/^u-[0-9a-f]{8} \["\\"Да\\" - сказал Литвинoв\.","Переговоры начались\."\]$/);
    expect(lines).toContain('1:1 typography: Unexpected quotes `"Да"`, expected `«Да»`');
    expect(lines).toContain('1:5 typography: Unexpected ` - ` as a dash, expected ` — ` (em dash with spaces)');
    expect(lines.some((l) => l.startsWith('1:15 mixed-script: ') && l.includes('Литвинов'))).toBe(true);
    expect(lines.some((l) => l.startsWith('1:3 number-mismatch: ') && l.includes('1933'))).toBe(true);
  });
});
