import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lock } from '../../src/lock/types.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const fixture = join(repoRoot, 'tests', 'fixtures', 'review-history');
const EDITED_OLD = 'The policy of non-recognition lasted almost 16 years. Many problems accumulated during this period.';
const EDITED_NEW = 'The policy of non-recognition lasted for almost sixteen years. Many problems accumulated during this period.';

describe('a translation file that is briefly missing never rewrites the lock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-missing-'));
  const en = join(dir, 'content', 'en', 'brief.md');
  const ru = join(dir, 'content', 'ru', 'brief.md');
  const away = join(dir, 'brief.ru.md');
  const lockPath = join(dir, 'content', 'brief.lock.json');
  let lockBefore: string;

  beforeAll(async () => {
    mkdirSync(join(dir, 'content', 'en'), { recursive: true });
    mkdirSync(join(dir, 'content', 'ru'), { recursive: true });
    writeFileSync(join(dir, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\n');
    writeFileSync(en, readFileSync(join(fixture, 'en.md')));
    writeFileSync(ru, readFileSync(join(fixture, 'ru.md')));
    expect((await runCli(['update'], dir)).code).toBe(0);
    lockBefore = readFileSync(lockPath, 'utf8');
    writeFileSync(en, readFileSync(en, 'utf8').replace(EDITED_OLD, EDITED_NEW));
    renameSync(ru, away);
  });

  it('update warns, naming the file, and keeps every pair (nothing obsolete, the lock unchanged)', async () => {
    const { code, stdout, stderr } = await runCli(['update'], dir);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'content/ru/brief.md: warning translation-file-missing (ru): The translation file is missing; the lock keeps its 13 pairs as they were (nothing about ru was updated) (expected: the translation file the lock records; found: no such file)\n',
    );
    expect(stdout).toBe(
      'content/en/brief.md: 0 current, 0 stale, 0 new, 0 untranslated (0 with a suggestion), 0 obsolete, translation file missing (13 pairs kept); nothing to write\n',
    );
    expect(readFileSync(lockPath, 'utf8')).toBe(lockBefore);
    expect(existsSync(join(dir, 'content', 'brief.obsolete.json'))).toBe(false);
    const json = JSON.parse((await runCli(['update', '--dry-run', '--format', 'json'], dir)).stdout) as { documents: Array<{ missing: unknown }> };
    expect(json.documents[0]?.missing).toEqual([{ lang: 'ru', file: 'content/ru/brief.md', pairs: 13 }]);
  });

  it('lock keeps the pairs and the English they were made from; lock --check reports the missing file', async () => {
    const { code, stderr } = await runCli(['lock'], dir);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'content/ru/brief.md: warning translation-file-missing (ru): The translation file is missing; the lock keeps its 13 pairs as they were (expected: the translation file the lock records; found: no such file)\n',
    );
    const before = JSON.parse(lockBefore) as Lock;
    const after = JSON.parse(readFileSync(lockPath, 'utf8')) as Lock;
    expect(after.targets.ru).toEqual(before.targets.ru);
    expect(after.units.map((u) => u.text)).toContain(EDITED_OLD);
    const check = await runCli(['lock', '--check'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toBe(
      'content/ru/brief.md: error lock-target-missing (ru): Missing translation file: restore it (expected: the file the lock records 13 pairs of; found: no such file)\n',
    );
    writeFileSync(join(dir, 'warn.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\nrules:\n  lock-target-missing: warn\n');
    const warned = await runCli(['--config', 'warn.yaml', 'lock', '--check'], dir);
    expect(warned.code).toBe(0);
    expect(warned.stdout).toContain('content/ru/brief.md: warning lock-target-missing (ru): Missing translation file');
  });

  it('import refuses to start the missing file over from the English', async () => {
    const po = join(dir, 'a.po');
    writeFileSync(po, `msgid ""\nmsgstr ""\n"Language: ru\\n"\n"X-Diglot-Source: content/en/brief.md\\n"\n\nmsgctxt "u-00000000"\nmsgid "x"\nmsgstr "y"\n`);
    const { code, stderr } = await runCli(['import', po, '--no-validate'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'diglot: content/ru/brief.md: Cannot import `a.po` into `content/ru/brief.md`: the file is missing, but the lock `content/brief.lock.json` records 13 translated pairs in it; restore the file first. Nothing was written',
    );
    expect(existsSync(ru)).toBe(false);
  });

  it('once the file is back, the translation of the English edited meanwhile is stale, not current', async () => {
    renameSync(away, ru);
    const { code, stdout } = await runCli(['update'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^content\/en\/brief\.md: 12 current, 1 stale, 0 new, 0 untranslated/);
    expect((await runCli(['lock', '--check'], dir)).stdout).toMatch(
      /error lock-stale \(ru\): Changed English since the translation was made.*\(expected: the English the translation was made from; found: changed English\)\n$/,
    );
  });
});

describe('diglot lock <slug>', () => {
  const root = mkdtempSync(join(tmpdir(), 'diglot-slug-'));
  const dir = join(root, 'a', 'b', 'project');

  beforeAll(() => {
    mkdirSync(join(dir, 'content', 'en'), { recursive: true });
    mkdirSync(join(dir, 'content', 'ru'), { recursive: true });
    writeFileSync(join(dir, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\n');
    writeFileSync(join(dir, 'content', 'en', 'brief.md'), readFileSync(join(fixture, 'en.md')));
    writeFileSync(join(dir, 'content', 'ru', 'brief.md'), readFileSync(join(fixture, 'ru.md')));
    // A document outside the content folder, which `..` would reach.
    writeFileSync(join(root, 'a', 'x.md'), readFileSync(join(fixture, 'en.md')));
  });

  it('refuses a slug that is a path outside the content folder (exit 2, nothing written)', async () => {
    for (const arg of ['../../../x', '../../x', join(root, 'a', 'x'), '..', '.', 'brief/../../../../x', 'content/../../x.md']) {
      const { code, stderr } = await runCli(['lock', arg], dir);
      expect(code, arg).toBe(2);
      expect(stderr).toContain(`diglot: Unexpected \`${arg}\`, expected the slug of a document in \`content/en\``);
    }
    expect(readdirSync(join(root, 'a')).sort()).toEqual(['b', 'x.md']);
    expect(readdirSync(root)).toEqual(['a']);
    expect(readdirSync(join(dir, 'content')).sort()).toEqual(['en', 'ru']);
  });

  it('refuses every argument before writing any lock', async () => {
    const { code } = await runCli(['lock', 'brief', '../x'], dir);
    expect(code).toBe(2);
    expect(existsSync(join(dir, 'content', 'brief.lock.json'))).toBe(false);
    const missing = await runCli(['lock', 'brief', 'nosuch'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      'diglot: content/en/nosuch.md: Cannot lock `nosuch` without its English file (expected: an existing file; found: no such file)\n',
    );
    expect(existsSync(join(dir, 'content', 'brief.lock.json'))).toBe(false);
  });

  it('takes a slug, a slug with .md, or one of the document’s content files', async () => {
    for (const arg of ['brief', 'brief.md', 'content/ru/brief.md', join(dir, 'content', 'en', 'brief.md')]) {
      const { code, stdout } = await runCli(['lock', arg], dir);
      expect(code, arg).toBe(0);
      expect(stdout).toMatch(/^content\/brief\.lock\.json: \d+ units, ru: 13 pairs\n$/);
    }
  });
});
