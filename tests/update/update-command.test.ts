import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashText } from '../../src/lock/hash-text.js';
import type { Lock } from '../../src/lock/types.js';
import type { ObsoleteFile } from '../../src/update/obsolete-file.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const fixture = join(repoRoot, 'tests', 'fixtures', 'review-history');
const EDITED_OLD = 'The policy of non-recognition lasted almost 16 years. Many problems accumulated during this period.';
const EDITED_NEW = 'The policy of non-recognition lasted for almost sixteen years. Many problems accumulated during this period.';
const REMOVED = 'Trade between the two countries grew slowly. Hopes for a large market were not fulfilled.';
const INSERTED = 'The question of debts remained open for many decades.';

describe('diglot update', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-update-'));
  const en = join(dir, 'content', 'en', 'brief.md');
  const ru = join(dir, 'content', 'ru', 'brief.md');
  const lockPath = join(dir, 'content', 'brief.lock.json');
  const obsoletePath = join(dir, 'content', 'brief.obsolete.json');
  const ruBytes = readFileSync(join(fixture, 'ru.md'));
  let first: Lock;

  beforeAll(async () => {
    mkdirSync(join(dir, 'content', 'en'), { recursive: true });
    mkdirSync(join(dir, 'content', 'ru'), { recursive: true });
    writeFileSync(join(dir, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\n');
    writeFileSync(en, readFileSync(join(fixture, 'en.md')));
    writeFileSync(ru, ruBytes);
    const { code, stdout } = await runCli(['update'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^content\/en\/brief\.md: 0 current, 0 stale, 13 new, 0 untranslated \(0 with a suggestion\), 0 obsolete \(first lock\); wrote content\/brief\.lock\.json$/m,
    );
    first = JSON.parse(readFileSync(lockPath, 'utf8')) as Lock;
    const text = readFileSync(en, 'utf8').replace(EDITED_OLD, EDITED_NEW).replace(`${REMOVED}\n`, '');
    writeFileSync(en, `${text.replace('## Debts', `${INSERTED}\n\n## Debts`)}`);
  });

  it('--dry-run reports and writes nothing', async () => {
    const before = readFileSync(lockPath, 'utf8');
    const { code, stdout } = await runCli(['update', '--dry-run'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/: 11 current, 1 stale, 0 new, 1 untranslated \(1 with a suggestion\), 1 obsolete; would write the lock and obsolete file$/m);
    expect(readFileSync(lockPath, 'utf8')).toBe(before);
    expect(existsSync(obsoletePath)).toBe(false);
  });

  it('keeps the edited unit stale with its previous English, suggests from memory, keeps the removed translation as obsolete', async () => {
    const { code, stdout } = await runCli(['update'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '11 current, 1 stale, 0 new, 1 untranslated (1 with a suggestion), 1 obsolete; wrote content/brief.obsolete.json, content/brief.lock.json',
    );
    expect(stdout).toMatch(/^ {2}stale {9}u-[0-9a-f]{8} {2}line 11 {2}The policy of non-recognition lasted for almost sixteen years\./m);
    expect(stdout).toContain(
      '\n                change: The policy of non-recognition lasted {+for +}almost [-16-]{+sixteen+} years. Many problems accumulated during this period.\n',
    );
    // 9 words against 14: 1 substitution + 5 deletions → 1 − 6/14 = 57 %.
    expect(stdout).toMatch(/^ {2}untranslated {2}u-[0-9a-f]{8} {2}line 19 {2}The question of debts remained open for many decades\.$/m);
    expect(stdout).toMatch(
      /^ {16}suggestion 57%: Вопрос о долгах оставался открытым много лет\. Ни одна из сторон не уступала\. {2}\(content\/en\/brief\.md#u-[0-9a-f]{8}\)$/m,
    );
    expect(stdout).toMatch(/^ {2}obsolete {6}u-[0-9a-f]{8} {2}Trade between the two countries grew slowly\./m);

    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as Lock;
    const unit = lock.units.find((u) => u.text === EDITED_OLD)!;
    expect(unit.hash).toBe(hashText(EDITED_OLD));
    const pair = lock.targets.ru!.pairs.find((p) => p.source.includes(unit.id))!;
    expect(pair.sourceHash).toBe(hashText(EDITED_OLD));
    expect(pair).toEqual(first.targets.ru!.pairs.find((p) => p.source.includes(unit.id)));
    expect(lock.targets.ru!.pairs).toHaveLength(12);

    const obsolete = JSON.parse(readFileSync(obsoletePath, 'utf8')) as ObsoleteFile;
    expect(obsolete.entries).toHaveLength(1);
    expect(obsolete.entries[0]).toMatchObject({
      lang: 'ru',
      reason: 'removed',
      source: [{ text: REMOVED }],
      target: [{ text: 'Торговля между двумя странами росла медленно. Надежды на большой рынок не оправдались.' }],
    });
    expect(readFileSync(ru)).toEqual(ruBytes);
  });

  it('is idempotent and never writes the translation', async () => {
    const { stdout } = await runCli(['update'], dir);
    // The removed translation was recorded once; the lock no longer has its pair.
    expect(stdout).toMatch(/: 11 current, 1 stale, 0 new, 1 untranslated \(1 with a suggestion\), 0 obsolete; nothing to write$/m);
    expect(readFileSync(ru)).toEqual(ruBytes);
    expect((JSON.parse(readFileSync(obsoletePath, 'utf8')) as ObsoleteFile).entries).toHaveLength(1);
  });

  it('prints JSON on request', async () => {
    const { stdout } = await runCli(['update', '--dry-run', '--format', 'json', 'brief'], dir);
    const json = JSON.parse(stdout) as { dryRun: boolean; documents: Array<{ source: string; units: Array<{ status: string; previous?: string }> }> };
    expect(json.dryRun).toBe(true);
    expect(json.documents[0]!.source).toBe('content/en/brief.md');
    expect(json.documents[0]!.units.filter((u) => u.status === 'stale').map((u) => u.previous)).toEqual([EDITED_OLD]);
  });
});
