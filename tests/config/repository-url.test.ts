import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/errors.js';

function project(config: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-repo-url-'));
  writeFileSync(join(dir, 'diglot.config.yaml'), config);
  return dir;
}

describe('the repositoryUrl key of diglot.config.yaml', () => {
  it('is absent by default: nothing is guessed', () => {
    expect(loadConfig({ cwd: project('sourceLanguage: en\n') }).repositoryUrl).toBeUndefined();
  });

  it.each([
    ['https://github.com/acme/docs', 'https://github.com/acme/docs'],
    ['https://github.com/acme/docs/', 'https://github.com/acme/docs'],
    ['https://gitlab.example.org/group/sub/docs.git', 'https://gitlab.example.org/group/sub/docs'],
  ])('reads %j', (value, url) => {
    expect(loadConfig({ cwd: project(`repositoryUrl: ${value}\n`) }).repositoryUrl).toBe(url);
  });

  it.each([
    ['repositoryUrl: github.com/acme/docs\n', '`github.com/acme/docs`'],
    ['repositoryUrl: git@github.com:acme/docs.git\n', '`git@github.com:acme/docs.git`'],
    ['repositoryUrl: https://user:token@github.com/acme/docs\n', '`https://user:token@github.com/acme/docs`'],
    ['repositoryUrl: [https://github.com/acme/docs]\n', 'a list'],
    ['repositoryUrl: 42\n', '`42`'],
  ])('refuses %j at its place, saying what was expected and found', (text, found) => {
    let error: unknown;
    try {
      loadConfig({ cwd: project(text) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).place).toMatchObject({ line: 1, column: 16 });
    expect((error as InputError).expected).toMatch(/^an http\(s\) address of the repository/);
    expect((error as InputError).actual).toBe(found);
  });
});
