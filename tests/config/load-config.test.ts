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
    mkdirSync(join(dir, 'texts'));
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
    expect(config).toMatchObject({ sourceLanguage: 'en', targetLanguages: ['ru', 'uk'], contentDir: join(repoRoot, 'content') });
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
    [
      'a language Intl does not know (sourceLanguage)',
      'sourceLanguage: english\n',
      /diglot\.config\.yaml:1:17: Expected a BCP 47 language tag that names a language .* in `sourceLanguage`, not `english`/,
    ],
    [
      'a language Intl does not know (targetLanguages)',
      'targetLanguages: [ru, xx]\n',
      /diglot\.config\.yaml:1:23: Expected a BCP 47 language tag .* in `targetLanguages`, not `xx`/,
    ],
    ['a language twice', 'targetLanguages: [ru, RU]\n', /diglot\.config\.yaml:1:23: Unexpected repeated language `ru`/],
    [
      'the source language among the targets',
      'sourceLanguage: en\ntargetLanguages: [ru, EN]\n',
      /diglot\.config\.yaml:2:18: Unexpected source language `en` among `targetLanguages`/,
    ],
    [
      'an unknown rule id',
      'rules:\n  term-mising: warn\n',
      /diglot\.config\.yaml:2:3: Unexpected rule `term-mising` in `rules`, expected one of .*`lock-stale`/,
    ],
    [
      'a content folder that does not exist',
      'sourceLanguage: en\ncontentDir: contnet\n',
      /diglot\.config\.yaml:2:13: Cannot find the content folder `contnet` named by `contentDir`/,
    ],
    [
      'a glossary folder that does not exist',
      'glossaryDir: glosary\n',
      /diglot\.config\.yaml:1:14: Cannot find the glossary folder `glosary` named by `glossaryDir`/,
    ],
    ['a NUL byte', 'sourceLanguage: en\n\u0000\n', /diglot\.config\.yaml: Expected a text file, found a NUL byte/],
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

  it('says what was expected and found for a missing folder', () => {
    const dir = project('glossaryDir: glosary\n');
    expect(() => loadConfig({ cwd: dir })).toThrowError(
      expect.objectContaining({ expected: 'an existing folder, relative to the config file', actual: 'no such folder' }),
    );
  });

  it('canonicalises language tags (BCP 47 case) and notes it', () => {
    const dir = project('sourceLanguage: EN\ntargetLanguages: [RU, pt-br, zh-hant]\n');
    const config = loadConfig({ cwd: dir });
    expect(config.sourceLanguage).toBe('en');
    expect(config.targetLanguages).toEqual(['ru', 'pt-BR', 'zh-Hant']);
    expect(config.notes).toHaveLength(4);
    expect(config.notes?.[1]).toMatch(/diglot\.config\.yaml:2:19: language tag `RU` read as `ru`/);
  });

  it('accepts the lock statuses and alignment-uncertain as rule ids, and a byte-order mark', () => {
    const dir = project('\uFEFFrules:\n  lock-stale: warn\n  lock-glossary-changed: error\n  alignment-uncertain: off\n');
    expect(loadConfig({ cwd: dir }).rules).toEqual({ 'lock-stale': 'warn', 'lock-glossary-changed': 'error', 'alignment-uncertain': 'off' });
  });

  it('remembers where each key is, for later errors', () => {
    const dir = project('sourceLanguage: en\ncontentDir: a\n');
    const config = loadConfig({ cwd: dir });
    expect(config.places?.contentDir).toEqual({ file: join(dir, 'diglot.config.yaml'), line: 2, column: 13 });
    expect(config.places?.glossaryDir).toBeUndefined();
  });

  it('names a --config that is a folder', () => {
    const dir = project(undefined);
    expect(() => loadConfig({ cwd: dir, file: 'a' })).toThrowError(/Cannot read config from a folder/);
  });
});
