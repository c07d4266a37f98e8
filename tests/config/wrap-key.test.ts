import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/errors.js';

function project(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-wrap-'));
  writeFileSync(join(dir, 'diglot.config.yaml'), config);
  return dir;
}

describe('the wrap key of diglot.config.yaml', () => {
  it('is absent by default (write-back preserves the translator’s lines)', () => {
    expect(loadConfig({ cwd: project('sourceLanguage: en\n') }).wrap).toBeUndefined();
  });

  it.each([
    ['wrap: preserve\n', 'preserve'],
    ['wrap: source\n', 'source'],
    ['wrap: 80\n', 80],
    ['wrap: 1\n', 1],
  ] as const)('reads %j', (text, value) => {
    const config = loadConfig({ cwd: project(text) });
    expect(config.wrap).toBe(value);
    expect(config.places?.wrap).toMatchObject({ line: 1, column: 7 });
  });

  it.each([
    ['wrap: wide\n', '`wide`', 7],
    ['wrap: 0\n', '`0`', 7],
    ['wrap: -72\n', '`-72`', 7],
    ['wrap: 72.5\n', '`72.5`', 7],
    ['wrap: "72"\n', '`72`', 7],
    ['wrap: Preserve\n', '`Preserve`', 7],
    ['wrap: [80]\n', 'a list', 7],
    ['wrap: true\n', '`true`', 7],
    ['wrap:\n', 'null', 6],
  ] as const)('refuses %j at its position, saying what was expected and found', (text, found, column) => {
    const dir = project(`sourceLanguage: en\n${text}`);
    let error: unknown;
    try {
      loadConfig({ cwd: dir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^Expected `wrap` to be preserve, source or a number of columns, not /);
    expect(String(error)).toContain(`${join(dir, 'diglot.config.yaml')}:2:${column}: `);
    expect(error).toMatchObject({ expected: 'preserve | source | a whole number of columns, at least 1 (e.g. 80)', actual: found });
  });
});
