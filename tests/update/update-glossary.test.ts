import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { glossaryLanguageHash } from '../../src/lock/entry-hashes.js';
import type { Lock } from '../../src/lock/types.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const fixture = join(repoRoot, 'tests', 'fixtures', 'review-history');
const NEW_EN = 'On 16 November 1933 M.M. Litvinov and President Roosevelt exchanged notes verbales.';
const NEW_RU = '16 ноября 1933 г. М. М. Литвинов и президент Рузвельт обменялись вербальными нотами.';

describe('diglot update and the glossary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-update-glossary-'));
  const en = join(dir, 'content', 'en', 'brief.md');
  const ru = join(dir, 'content', 'ru', 'brief.md');
  const lockPath = join(dir, 'content', 'brief.lock.json');
  const hash = (id: string): string => glossaryLanguageHash(loadGlossary(join(dir, 'glossary')).entries.find((e) => e.id === id) as object, 'ru');
  const pairOf = (lock: Lock, fragment: string) => {
    const unit = lock.units.find((u) => u.text.includes(fragment));
    return lock.targets.ru?.pairs.find((p) => unit !== undefined && p.source.includes(unit.id));
  };

  beforeAll(() => {
    mkdirSync(join(dir, 'content', 'en'), { recursive: true });
    mkdirSync(join(dir, 'content', 'ru'), { recursive: true });
    mkdirSync(join(dir, 'glossary'));
    cpSync(join(repoRoot, 'glossary', 'article.yaml'), join(dir, 'glossary', 'article.yaml'));
    cpSync(join(repoRoot, 'glossary', 'forms.json'), join(dir, 'glossary', 'forms.json'));
    writeFileSync(join(dir, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\n');
    writeFileSync(en, readFileSync(join(fixture, 'en.md')));
    writeFileSync(ru, readFileSync(join(fixture, 'ru.md')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('records the glossary entries of the pairs of a first lock', async () => {
    expect((await runCli(['update'], dir)).code).toBe(0);
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as Lock;
    expect(pairOf(lock, 'Litvinov arrived in Washington')?.glossary).toEqual({ litvinov: hash('litvinov'), roosevelt: hash('roosevelt') });
    expect(pairOf(lock, 'William Bullitt became')?.glossary).toEqual({ ambassador: hash('ambassador'), bullitt: hash('bullitt') });
    expect(pairOf(lock, 'Neither side would give way')?.glossary).toEqual({});
  });

  it('records the glossary entries of a pair it adds (`new`), and keeps those of the pairs it carries over', async () => {
    const before = JSON.parse(readFileSync(lockPath, 'utf8')) as Lock;
    writeFileSync(en, readFileSync(en, 'utf8').replace('## Debts', `${NEW_EN}\n\n## Debts`));
    writeFileSync(ru, readFileSync(ru, 'utf8').replace('## Долги', `${NEW_RU}\n\n## Долги`));
    const { code, stdout } = await runCli(['update'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/: 13 current, 0 stale, 1 new, 0 untranslated \(0 with a suggestion\), 0 obsolete; wrote content\/brief\.lock\.json$/m);
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as Lock;
    expect(pairOf(lock, NEW_EN)?.glossary).toEqual({
      litvinov: hash('litvinov'),
      'note-verbale': hash('note-verbale'),
      president: hash('president'),
      roosevelt: hash('roosevelt'),
    });
    expect(pairOf(lock, 'Litvinov arrived in Washington')).toEqual(pairOf(before, 'Litvinov arrived in Washington'));
  });
});
