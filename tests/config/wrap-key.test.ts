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
  ] as const)('reads %j', (text, value) => {
    expect(loadConfig({ cwd: project(text) }).wrap).toBe(value);
  });

  it.each(['wrap: wide\n', 'wrap: 0\n', 'wrap: 72.5\n', 'wrap: [80]\n', 'wrap:\n'])('refuses %j at its position, saying what was expected', (text) => {
    const dir = project(`sourceLanguage: en\n${text}`);
    let error: unknown;
    try {
      loadConfig({ cwd: dir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(String((error as Error).message)).toMatch(/Expected `wrap` to be preserve, source or a number of columns/);
    expect(String(error)).toContain(`${join(dir, 'diglot.config.yaml')}:2:`);
    expect(error).toMatchObject({ expected: 'preserve | source | a whole number of columns, at least 10 (e.g. 80)' });
  });
});
