import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { InputError } from '../../src/errors.js';
import { repoRoot } from '../support/paths.js';

function project(config: string | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-config-'));
  if (config !== undefined) writeFileSync(join(dir, 'diglot.config.yaml'), config);
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  return dir;
}

describe('diglot.config.yaml', () => {
  it('is found from the current folder upwards, and its folders resolve against it', () => {
    const dir = project('sourceLanguage: en\ntargetLanguages: [ru, uk]\ncontentDir: texts\noutputDir: public\nrules:\n  typography-ru: warn\n');
    const config = loadConfig({ cwd: join(dir, 'a', 'b') });
    expect(config.root).toBe(dir);
    expect(config.targetLanguages).toEqual(['ru', 'uk']);
    expect(config.contentDir).toBe(join(dir, 'texts'));
    expect(config.glossaryDir).toBe(join(dir, 'glossary'));
    expect(config.outputDir).toBe(join(dir, 'public'));
    expect(config.rules).toEqual({ 'typography-ru': 'warn' });
  });

  it("is this repository's own config", () => {
    const config = loadConfig({ cwd: join(repoRoot, 'src') });
    expect(config.file).toBe(join(repoRoot, 'diglot.config.yaml'));
    expect(config).toMatchObject({ sourceLanguage: 'en', targetLanguages: ['ru'], contentDir: join(repoRoot, 'content') });
  });

  it('can be given with --config (a path relative to the current folder)', () => {
    const dir = project(undefined);
    writeFileSync(join(dir, 'other.yaml'), 'targetLanguages: [de]\n');
    expect(loadConfig({ cwd: dir, file: 'other.yaml' }).targetLanguages).toEqual(['de']);
  });

  it.each([
    ['malformed YAML', 'targetLanguages: [ru\n', /diglot\.config\.yaml:2:1: Invalid YAML/],
    ['an unknown key', 'sourceLanguage: en\ntargetLanguage: [ru]\n', /diglot\.config\.yaml:2:1: Unexpected config key `targetLanguage`/],
    ['a wrong type', 'targetLanguages: ru\n', /diglot\.config\.yaml:1:18: Expected `targetLanguages` to be a non-empty list/],
    ['a bad severity', 'rules:\n  term-missing: fatal\n', /diglot\.config\.yaml:2:17: Expected a severity off \| warn \| error, not string `fatal`/],
    ['a bad language tag', 'sourceLanguage: "en_US!"\n', /diglot\.config\.yaml:1:17: Expected a BCP 47 language tag/],
  ])('refuses %s with file:line:column', (_name, text, message) => {
    const dir = project(text);
    let error: unknown;
    try {
      loadConfig({ cwd: dir });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(String(error)).toMatch(message);
  });

  it('names a --config file that does not exist', () => {
    expect(() => loadConfig({ cwd: tmpdir(), file: 'missing.yaml' })).toThrowError(/Cannot read config/);
  });
});
