import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import { collectStatus } from '../../src/edition/status-collect.js';
import { renderStatusPage } from '../../src/edition/status-page.js';
import type { ProjectStatus, StaleSince } from '../../src/edition/status-types.js';
import { staleSinceLock } from '../../src/edition/stale-since-lock.js';
import { main } from '../../src/cli.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createMessages } from '../../src/i18n/create-messages.js';
import { createLock } from '../../src/lock/create-lock.js';
import { previousUnits } from '../../src/lock/previous-units.js';
import { parseLock, readLock } from '../../src/lock/read-lock.js';
import { serializeLock } from '../../src/lock/serialize-lock.js';
import type { Lock, LockPair } from '../../src/lock/types.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SLUG = 'us-ussr-recognition-1933';
const EN = readFileSync(join(ROOT, 'content', 'en', `${SLUG}.md`), 'utf8');
const RU = readFileSync(join(ROOT, 'content', 'ru', `${SLUG}.md`), 'utf8');
const EN_JUNE = 'In June 1933, the Head of the Soviet Delegation';
const EN_EDIT: [string, string] = ['to the amount of $1 billion', 'to the amount of one billion dollars'];
const RU_EDIT: [string, string] = ['заявил, что его правительство готово', 'сообщил, что его правительство готово'];
const DAY1 = '2026-01-15';
const DAY2 = '2026-02-20';
const clock = (day: string) => (): Date => new Date(`${day}T23:59:00Z`);
const tmp = mkdtempSync(join(tmpdir(), 'diglot-lock-recorded-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function lockOf(day: string, { en = EN, ru = RU, previous, accept = false }: { en?: string; ru?: string; previous?: Lock; accept?: boolean } = {}): Lock {
  const enDoc = segmentMarkdown(en, { file: 'en.md', lang: 'en', ...(previous ? { previous: previousUnits(previous) } : {}) });
  const ruDoc = segmentMarkdown(ru, { file: 'ru.md', lang: 'ru' });
  return createLock({
    source: enDoc,
    targets: [{ lang: 'ru', doc: ruDoc, alignment: alignDocuments(enDoc, ruDoc) }],
    ...(previous ? { previous } : {}),
    accept,
    now: clock(day),
  });
}
const juneOf = (lock: Lock): LockPair | undefined => lock.targets.ru?.pairs.find((p) => lock.units.find((u) => u.id === p.source[0])?.text.startsWith(EN_JUNE));
const days = (lock: Lock): string[] => (lock.targets.ru?.pairs ?? []).map((p) => p.recorded ?? 'none');
const undated = (lock: Lock): Lock => ({
  ...lock,
  targets: Object.fromEntries(Object.entries(lock.targets).map(([lang, t]) => [lang, { ...t, pairs: t.pairs.map(({ recorded: _r, ...p }) => p) }])),
});

describe('the day a pair was recorded', () => {
  const first = lockOf(DAY1);

  it('dates every pair of a new lock by the injected clock, as the last key of the pair', () => {
    expect(first.targets.ru?.pairs.length).toBeGreaterThan(50);
    expect(new Set(days(first))).toEqual(new Set([DAY1]));
    expect(serializeLock(first)).toContain(`"glossary": {},\n          "recorded": "${DAY1}"\n        }`);
    expect(parseLock(serializeLock(first), 'a.lock.json')).toEqual(first);
  });

  it('a refresh of unchanged files on another day writes the same bytes', () => {
    expect(serializeLock(lockOf(DAY2, { previous: first }))).toBe(serializeLock(first));
    // A lock written before days were kept stays undated.
    const old = undated(first);
    expect(serializeLock(lockOf(DAY2, { previous: old }))).toBe(serializeLock(old));
  });

  it('re-dates exactly the pair whose translation was edited', () => {
    const ru = RU.replace(...RU_EDIT);
    const next = lockOf(DAY2, { ru, previous: first });
    expect(juneOf(next)?.recorded).toBe(DAY2);
    expect(days(next).filter((d) => d === DAY2)).toHaveLength(1);
    expect(days(next).filter((d) => d === DAY1)).toHaveLength(days(first).length - 1);
  });

  it('keeps the day of a stale pair (the English changed, its record did not) until it is accepted', () => {
    const en = EN.replace(...EN_EDIT);
    const stale = lockOf(DAY2, { en, previous: first });
    expect(juneOf(stale)?.recorded).toBe(DAY1);
    const accepted = lockOf(DAY2, { en, previous: stale, accept: true });
    expect(juneOf(accepted)?.recorded).toBe(DAY2);
    expect(days(accepted).filter((d) => d === DAY2)).toHaveLength(1);
  });

  it('refuses a `recorded` that is not a day', () => {
    const text = serializeLock(first).replace(`"recorded": "${DAY1}"`, '"recorded": "yesterday"');
    expect(() => parseLock(text, 'a.lock.json')).toThrow(/Unexpected `recorded` "yesterday" of pair 0 of `targets.ru`, expected a day `YYYY-MM-DD`/);
  });
});

describe('stale since, from the lock', () => {
  const lockFile = join(tmp, 'dated.lock.json');
  writeFileSync(lockFile, '{}');
  const fileDay = new Date('2026-03-01T12:00:00Z');
  utimesSync(lockFile, fileDay, fileDay);
  const pair = (recorded?: string): LockPair => ({
    source: ['u-1'],
    target: ['u-2'],
    sourceHash: 'sha256:0',
    targetHash: 'sha256:1',
    glossary: {},
    ...(recorded ? { recorded } : {}),
  });

  it('is the earliest day a stale pair was recorded; the file’s day only for pairs recorded without one, and says so', () => {
    expect(staleSinceLock(lockFile, [pair('2026-02-10'), pair('2026-01-05')])).toEqual({ from: 'recorded', date: '2026-01-05' });
    expect(staleSinceLock(join(tmp, 'no-such.lock.json'), [pair('2026-01-05')])).toEqual({ from: 'recorded', date: '2026-01-05' });
    expect(staleSinceLock(lockFile, [pair()])).toEqual({ from: 'lock', date: '2026-03-01' });
    expect(staleSinceLock(lockFile, [pair('2026-02-10'), pair()])).toEqual({ from: 'recorded', date: '2026-02-10' });
    expect(staleSinceLock(lockFile, [pair('2026-04-10'), pair()])).toEqual({ from: 'lock', date: '2026-03-01' });
    expect(staleSinceLock(join(tmp, 'no-such.lock.json'), [pair()])).toBeUndefined();
  });

  it('the status page names a recorded day apart from the lock file’s day', () => {
    const page = (since: StaleSince): string => {
      const status: ProjectStatus = {
        sourceLanguage: 'en',
        targetLanguages: ['ru'],
        documents: [
          {
            slug: 'a',
            source: 'content/en/a.md',
            sourceHref: 'en/a.md',
            sourcePage: 'en/a.html',
            languages: [
              { lang: 'ru', state: 'stale', file: 'content/ru/a.md', locked: true, units: 3, staleUnits: 1, untranslatedUnits: 0, since, stalePaths: [] },
            ],
          },
        ],
        totals: [],
      };
      const messages = createMessages('en');
      const html = renderStatusPage(status, messages, 'diglot.css');
      expect(messages.problems).toEqual([]);
      return html.replace(/<[^>]+>/g, '');
    };
    expect(page({ from: 'recorded', date: '2026-01-05' })).toContain('after January 5, 2026 (lock record)');
    expect(page({ from: 'lock', date: '2026-01-05' })).toContain('Lock file of January 5, 2026');
  });
});

describe('diglot lock and the days it records', () => {
  const project = join(tmp, 'project');
  const lockPath = join(project, 'content', `${SLUG}.lock.json`);
  const run = async (...args: string[]): Promise<number> => main(args, { cwd: project, stdout: () => {}, stderr: () => {} });

  it('leaves the lock of an unchanged project byte-identical', async () => {
    for (const name of ['content/en', 'content/ru', 'glossary']) cpSync(join(ROOT, name), join(project, name), { recursive: true });
    writeFileSync(join(project, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\n');
    expect(await run('lock')).toBe(0);
    const written = readFileSync(lockPath, 'utf8');
    expect(new Set(readLock(lockPath)?.targets.ru?.pairs.map((p) => /^\d{4}-\d{2}-\d{2}$/.test(p.recorded ?? '')))).toEqual(new Set([true]));
    expect(await run('lock')).toBe(0);
    expect(readFileSync(lockPath, 'utf8')).toBe(written);
  });

  it('dates a stale translation on the status page by the day its pair was recorded, without git', async () => {
    // The days a lock written earlier recorded, and a copy that reset the file's time.
    const lock = readLock(lockPath) as Lock;
    const dated = {
      ...lock,
      targets: { ru: { ...(lock.targets.ru as Lock['targets'][string]), pairs: (lock.targets.ru?.pairs ?? []).map((p) => ({ ...p, recorded: DAY1 })) } },
    };
    writeFileSync(lockPath, serializeLock(dated));
    const copied = new Date('2026-05-05T12:00:00Z');
    utimesSync(lockPath, copied, copied);
    writeFileSync(join(project, 'content', 'en', `${SLUG}.md`), EN.replace(...EN_EDIT));
    const status = await collectStatus(loadConfig({ cwd: project }), [SLUG], { useCache: false });
    expect(status.documents[0]?.languages[0]).toMatchObject({ lang: 'ru', state: 'stale', staleUnits: 1, since: { from: 'recorded', date: DAY1 } });
  });
});
