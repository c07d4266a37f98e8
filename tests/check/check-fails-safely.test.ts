import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';

// A typo in the configuration or on the command line must not switch the gate off: a check that
// would look at nothing, or without the glossary it was told to use, is an input error (exit 2)
// placed on the config key, never "No problems found".

const NBSP = '\u00a0';
const EN = '# Recognition\n\nOn the 16th of November, 1933, the notes were exchanged.\n';
const RU = `# Признание\n\n16 ноября 1933${NBSP}г. состоялся обмен нотами.\n`;
const GLOSSARY = '- id: notes\n  kind: invariant\n  en: [TASS]\n  ru: { term: ТАСС }\n';

function project(
  config: string | undefined,
  files: Record<string, string> = { 'content/en/a.md': EN, 'content/ru/a.md': RU, 'glossary/terms.yaml': GLOSSARY },
): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-gate-'));
  if (config !== undefined) writeFileSync(join(dir, 'diglot.config.yaml'), config);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { cwd, stdout: (t) => void (out += t), stderr: (t) => void (err += t) });
  return { code, out, err };
}

const CONFIG = 'sourceLanguage: en\ntargetLanguages: [ru]\ncontentDir: content\nglossaryDir: glossary\n';

describe('diglot check fails safely', () => {
  it('the project as it is passes (the baseline for the typos below)', async () => {
    const r = await run(project(CONFIG), 'check', '--no-cache');
    expect(r).toMatchObject({ code: 0, out: 'No problems found\n', err: '' });
  });

  it.each([
    [
      'glossaryDir: glosary',
      CONFIG.replace('glossaryDir: glossary', 'glossaryDir: glosary'),
      /diglot\.config\.yaml:4:14: Cannot find the glossary folder `glosary` named by `glossaryDir` \(expected: an existing folder, relative to the config file; found: no such folder\)/,
    ],
    [
      'contentDir: contnet',
      CONFIG.replace('contentDir: content', 'contentDir: contnet'),
      /diglot\.config\.yaml:3:13: Cannot find the content folder `contnet` named by `contentDir` \(expected: an existing folder.*; found: no such folder\)/,
    ],
    [
      'sourceLanguage: english',
      CONFIG.replace('sourceLanguage: en', 'sourceLanguage: english'),
      /diglot\.config\.yaml:1:17: Expected a BCP 47 language tag that names a language .* not `english` \(expected: a BCP 47 language tag Intl knows; found: `english`\)/,
    ],
    [
      'sourceLanguage: de (a real language without documents)',
      CONFIG.replace('sourceLanguage: en', 'sourceLanguage: de'),
      /diglot\.config\.yaml:3:13: Cannot check without source documents in `content\/de\/` .*found: no such folder\)/,
    ],
    ['an unknown rule', `${CONFIG}rules:\n  term-mising: warn\n`, /diglot\.config\.yaml:6:3: Unexpected rule `term-mising` in `rules`/],
  ])('%s: exit 2 with the place in the config, expected and found', async (_name, config, message) => {
    const r = await run(project(config), 'check', '--no-cache');
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.code).toBe(2);
  });

  it('an empty source folder, or no config and no content: exit 2', async () => {
    const empty = await run(project(CONFIG, { 'content/en/README.txt': 'x', 'glossary/terms.yaml': GLOSSARY }), 'check');
    expect(empty.code).toBe(2);
    expect(empty.err).toMatch(/diglot\.config\.yaml:3:13: Cannot check without source documents in `content\/en\/`.*found: no \*\.md files in it\)/);
    const bare = await run(project(undefined, {}), 'check');
    expect(bare.code).toBe(2);
    expect(bare.err).toMatch(
      /^diglot: Cannot check without source documents in `content\/en\/` \(`contentDir`\/`sourceLanguage`; no diglot\.config\.yaml found\)/,
    );
  });

  it('--glossary <dir> must hold glossary files, even when every pair is in the cache', async () => {
    const dir = project(CONFIG);
    expect((await run(dir, 'check')).code).toBe(0); // fills the cache
    for (const folder of ['/nonexistent', 'content']) {
      const r = await run(dir, 'check', '--glossary', folder);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(
        new RegExp(
          `^diglot: ${folder}: Cannot check terms without glossary files \\(expected: a folder of \\*\\.yaml glossary files, or \`--glossary none\`; found: (no such folder|a folder without \\*\\.yaml files)\\)`,
        ),
      );
    }
    expect((await run(dir, 'check', '--glossary', 'none')).code).toBe(0);
  });

  it('without glossary files in the default folder, says that terms are not checked', async () => {
    const r = await run(project('sourceLanguage: en\ntargetLanguages: [ru]\n', { 'content/en/a.md': EN, 'content/ru/a.md': RU }), 'check', '--no-cache');
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      'diglot: info glossary-missing: No glossary files in `glossary`: terms are not checked (set `glossaryDir` in diglot.config.yaml, or say `--glossary none`) (expected: glossary files (*.yaml); found: none)\n',
    );
  });

  it('lock statuses and alignment-uncertain are rule ids with severities: `check` accepts them', async () => {
    const r = await run(project(`${CONFIG}rules:\n  lock-stale: warn\n  lock-new: off\n  alignment-uncertain: error\n`), 'check', '--no-cache');
    expect(r).toMatchObject({ code: 0, out: 'No problems found\n' });
  });

  it('an unknown rule id is refused by every command, not only `check`', async () => {
    const dir = project(`${CONFIG}rules:\n  lock-stael: warn\n`);
    for (const command of [['build'], ['import', 'x.po'], ['lock', '--check'], ['align', 'content/en/a.md', 'content/ru/a.md']]) {
      const r = await run(dir, ...command);
      expect(r.err, command.join(' ')).toMatch(/diglot\.config\.yaml:6:3: Unexpected rule `lock-stael` in `rules`/);
      expect(r.code).toBe(2);
    }
  });

  it('`targetLanguages: [RU]` checks content/ru, and says the tag was read as `ru`', async () => {
    const r = await run(project(CONFIG.replace('[ru]', '[RU]')), 'check', '--no-cache');
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^diglot: .*diglot\.config\.yaml:2:19: language tag `RU` read as `ru`/);
  });
});

describe('alignment-uncertain takes its severity from the config in `diglot align`', () => {
  const files = {
    // A translation with a unit that matches nothing: the aligner is not sure of the pairs around it.
    'content/en/a.md':
      '# Title\n\nOn 16 November 1933, 42 notes were exchanged.\n\nThe weather was fine and everyone went home happy after lunch.\n\nIn 1941, 77 ships sailed.\n',
    'content/ru/a.md': '# Заголовок\n\n16 ноября 1933 г. было обменено 42 ноты.\n\nКот.\n\nВ 1941 г. вышли 77 кораблей.\n',
  };
  it.each([
    ['warn', 0, /^content\/ru\/a\.md:\d+:\d+: warning alignment-uncertain \(ru\): Unexpected alignment confidence .*\n/],
    ['error', 1, /^content\/ru\/a\.md:\d+:\d+: error alignment-uncertain \(ru\): Unexpected alignment confidence .*\n/],
    ['off', 0, /^$/],
  ] as const)('%s', async (severity, code, stderr) => {
    const r = await run(
      project(`sourceLanguage: en\ntargetLanguages: [ru]\nrules:\n  alignment-uncertain: ${severity}\n`, files),
      'align',
      'content/en/a.md',
      'content/ru/a.md',
    );
    expect(r.err).toMatch(stderr);
    expect(r.code).toBe(code);
  });
});

describe('a document that cannot be read is reported on itself, not on its counterpart', () => {
  it.each([
    [
      'binary English',
      { 'content/en/a.md': 'Te\u0000xt\n', 'content/ru/a.md': RU },
      /^content\/en\/a\.md:1:1: error unreadable-file(?: \([a-z]+\))?: .*Expected a text file, found a NUL byte/m,
    ],
    [
      'English with invalid front matter',
      { 'content/en/a.md': '---\ntitle: [unclosed\n---\n\nText.\n', 'content/ru/a.md': RU },
      /^content\/en\/a\.md:2:\d+: error unreadable-file(?: \([a-z]+\))?: .*Invalid YAML front matter/m,
    ],
    [
      'binary Russian',
      { 'content/en/a.md': EN, 'content/ru/a.md': 'Te\u0000xt\n' },
      /^content\/ru\/a\.md:1:1: error unreadable-file(?: \([a-z]+\))?: .*Expected a text file, found a NUL byte/m,
    ],
  ])('%s', async (_name, files, message) => {
    for (const cache of [['--no-cache'], []]) {
      const r = await run(project(CONFIG, { ...files, 'glossary/terms.yaml': GLOSSARY }), 'check', ...cache);
      expect(r.out).toMatch(message);
      expect(r.out).not.toMatch(_name.endsWith('Russian') ? /^content\/en/m : /^content\/ru/m);
      expect(r.code).toBe(1);
    }
  });
});
