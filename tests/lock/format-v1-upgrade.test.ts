import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLock, readLock } from '../../src/lock/read-lock.js';
import type { Lock } from '../../src/lock/types.js';
import { LOCK_VERSION } from '../../src/lock/upgrade-lock.js';
import { OBSOLETE_VERSION, readObsoleteFile } from '../../src/update/obsolete-file.js';
import { repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

/**
 * `tests/fixtures/format-v1` was written by diglot before the lock named a pair's sides
 * `source`/`target` (commit 0a6fb13): a lock with `en`/`ru`/`enHash` pairs, recorded before the
 * second English paragraph was edited (so one pair is stale), and an obsolete file of the same
 * version holding a removed paragraph's translation.
 */
const fixture = join(repoRoot, 'tests', 'fixtures', 'format-v1');
const copy = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-v1-'));
  cpSync(fixture, dir, { recursive: true });
  return dir;
};
type V1Pair = { en: string[]; ru: string[]; enHash: string; targetHash: string };
const v1Pairs = (): V1Pair[] =>
  (JSON.parse(readFileSync(join(fixture, 'content', 'brief.lock.json'), 'utf8')) as { targets: { ru: { pairs: V1Pair[] } } }).targets.ru.pairs;

describe('locks and obsolete files of version 1 are read and upgraded, never lost', () => {
  it('readLock gives every version-1 pair its source, target and sourceHash', () => {
    const lock = readLock(join(fixture, 'content', 'brief.lock.json')) as Lock;
    expect(lock.version).toBe(LOCK_VERSION);
    const pairs = lock.targets.ru?.pairs ?? [];
    expect(pairs.map((p) => [p.source, p.target, p.sourceHash, p.targetHash])).toEqual(v1Pairs().map((p) => [p.en, p.ru, p.enHash, p.targetHash]));
    expect(pairs.every((p) => !('en' in p) && !('ru' in p) && !('enHash' in p))).toBe(true);
  });

  it('refuses a version-1 pair without its fields and a version it does not know, naming the file', () => {
    const text = readFileSync(join(fixture, 'content', 'brief.lock.json'), 'utf8');
    expect(() => parseLock(text.replace('"enHash"', '"hash"'), 'a.lock.json')).toThrow(/`targets\.ru\.pairs\[0\]` of a version-1 lock/);
    expect(() => parseLock(text.replace('"version": 1', '"version": 3'), 'a.lock.json')).toThrow(/Unexpected lock version `3`, expected `1` or `2`/);
  });

  it('lock --check sees the same state in a version-1 lock (one stale pair) and lock writes version 2 with the same pairs', async () => {
    const dir = copy();
    const check = await runCli(['lock', '--check'], dir);
    expect(check.code).toBe(1);
    expect(check.stderr + check.stdout).toMatch(/lock-stale/);
    expect((check.stderr + check.stdout).match(/lock-stale/g)).toHaveLength(1);
    expect((await runCli(['lock'], dir)).code).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'content', 'brief.lock.json'), 'utf8')) as {
      version: number;
      targets: { ru: { pairs: Array<Record<string, unknown>> } };
    };
    expect(written.version).toBe(2);
    // The stale pair keeps the hash of the English it was made from; the others are as recorded.
    expect(written.targets.ru.pairs.map((p) => [p.source, p.target, p.sourceHash, p.targetHash])).toEqual(
      v1Pairs().map((p) => [p.en, p.ru, p.enHash, p.targetHash]),
    );
    expect(written.targets.ru.pairs.every((p) => Object.keys(p).every((k) => !['en', 'ru', 'enHash'].includes(k)))).toBe(true);
    expect(Object.values(await runCli(['lock', '--check'], dir)).join('\n')).toMatch(/lock-stale/);
  });

  it('update keeps the version-1 obsolete entries, upgraded, when it adds to the file', async () => {
    const dir = copy();
    const before = readObsoleteFile(join(fixture, 'content', 'brief.obsolete.json'), 'content/en/brief.md');
    expect(before.version).toBe(OBSOLETE_VERSION);
    expect(before.entries.map((e) => [e.source[0]?.text, e.target[0]?.text, e.sourceHash])).toEqual([
      ['The debts were never settled.', 'Долги так и не были урегулированы.', 'sha256:eda44b044c4973f4'],
    ]);
    // Remove the first paragraph from the English: its translation becomes obsolete too.
    const en = join(dir, 'content', 'en', 'brief.md');
    writeFileSync(en, readFileSync(en, 'utf8').replace('In November 1933 the United States recognised the Soviet Union.\n\n', ''));
    expect((await runCli(['update'], dir)).code).toBe(0);
    const after = JSON.parse(readFileSync(join(dir, 'content', 'brief.obsolete.json'), 'utf8')) as {
      version: number;
      entries: Array<{ source: Array<{ text: string }>; target: Array<{ text: string }> }>;
    };
    expect(after.version).toBe(2);
    expect(after.entries.map((e) => e.target[0]?.text)).toEqual(['Долги так и не были урегулированы.', 'В ноябре 1933 г. США признали Советский Союз.']);
  });
});
