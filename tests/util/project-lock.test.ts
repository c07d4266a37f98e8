import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holderState, readLockHolder, type LockHolder } from '../../src/util/lock-holder.js';
import { LockBusyError, lockTimeoutMs, withProjectLock } from '../../src/util/project-lock.js';

const fresh = (): string => join(mkdtempSync(join(tmpdir(), 'diglot-lock-')), '.diglot-write.lock');
const holder = (over: Partial<LockHolder>): string =>
  `${JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString(), command: 'import other.po', token: 'feedbeef', ...over })}\n`;

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('withProjectLock', () => {
  it('holds the lock file, with pid, host, time and command, only while the work runs', async () => {
    const path = fresh();
    const seen = await withProjectLock(path, { command: 'update' }, () => readLockHolder(path)?.holder);
    expect(seen).toMatchObject({ pid: process.pid, host: hostname(), command: 'update' });
    expect(Date.parse(seen?.since ?? '')).toBeGreaterThan(0);
    expect(existsSync(path)).toBe(false);
  });

  it('releases the lock when the work throws', async () => {
    const path = fresh();
    await expect(withProjectLock(path, { command: 'update' }, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(path)).toBe(false);
  });

  it('runs holders one at a time: a waiter starts only after the holder released', async () => {
    const path = fresh();
    const events: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = withProjectLock(path, { command: 'a' }, async () => {
      events.push('a in');
      await gate;
      events.push('a out');
    });
    const second = withProjectLock(path, { command: 'b', timeoutMs: 60_000 }, () => void events.push('b in'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toEqual(['a in']);
    release();
    await Promise.all([first, second]);
    expect(events).toEqual(['a in', 'a out', 'b in']);
  });

  it('gives up after the timeout, naming the holder, its command and how to remove the file; the work never runs', async () => {
    const path = fresh();
    const other = holder({});
    writeFileSync(path, other);
    let ran = false;
    const error = await withProjectLock(path, { command: 'import a.po', name: 'content/.diglot-write.lock', timeoutMs: 100 }, () => (ran = true)).catch(
      (e: unknown) => e,
    );
    expect(ran).toBe(false);
    expect(error).toBeInstanceOf(LockBusyError);
    const message = (error as LockBusyError).toString();
    expect(message).toMatch(
      new RegExp(
        `^content/\\.diglot-write\\.lock: Cannot import a\\.po while another diglot \\(pid ${process.pid} on host ${hostname().replace(/[.]/g, '\\.')}, \`diglot import other\\.po\`, since \\S+ \\(0 s ago\\)\\) holds the write lock; waited 0\\.1 s`,
      ),
    );
    expect(message).toContain('If no diglot is running, remove the lock file: rm content/.diglot-write.lock');
    expect(readFileSync(path, 'utf8')).toBe(other);
  });

  it('takes over a lock whose process is gone, with a note', async () => {
    const path = fresh();
    const pid = deadPid();
    writeFileSync(path, holder({ pid }));
    const notes: string[] = [];
    const ran = await withProjectLock(
      path,
      { command: 'update', name: 'L', timeoutMs: 0, note: (t) => void notes.push(t) },
      () => readLockHolder(path)?.holder?.pid,
    );
    expect(ran).toBe(process.pid);
    expect(notes.join('')).toMatch(new RegExp(`^diglot: note: took over the stale lock L of pid ${pid} on host .*: that process is gone\\n$`));
    expect(existsSync(path)).toBe(false);
  });

  it.runIf(existsSync('/proc/self/stat'))('takes over a lock whose pid now belongs to a process started after the lock (a reused pid)', () => {
    const read = { holder: JSON.parse(holder({ since: new Date(Date.now() - 3_600_000 * 24 * 365).toISOString() })) as LockHolder, ageMs: 0 };
    expect(holderState(read)).toBe('dead');
    expect(holderState({ ...read, holder: JSON.parse(holder({})) as LockHolder })).toBe('alive');
  });

  it('never takes over a lock of another host, and says so', async () => {
    const path = fresh();
    writeFileSync(path, holder({ pid: deadPid(), host: `not-${hostname()}` }));
    const error = await withProjectLock(path, { command: 'update', timeoutMs: 30 }, () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockBusyError);
    expect((error as Error).message).toContain('It was taken on another host: diglot cannot tell whether that process still runs.');
    expect(existsSync(path)).toBe(true);
  });

  it('waits for an unreadable lock (being written), takes it over once it is old', async () => {
    const path = fresh();
    writeFileSync(path, '');
    await expect(withProjectLock(path, { command: 'update', timeoutMs: 30 }, () => undefined)).rejects.toThrow(/unknown holder \(an unreadable lock file/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    await expect(withProjectLock(path, { command: 'update', timeoutMs: 0 }, () => 'ran')).resolves.toBe('ran');
  });

  it('does not remove a lock that is no longer its own', async () => {
    const path = fresh();
    const other = holder({ token: 'another' });
    await withProjectLock(path, { command: 'update' }, () => writeFileSync(path, other));
    expect(readFileSync(path, 'utf8')).toBe(other);
  });
});

describe('lockTimeoutMs', () => {
  it('reads DIGLOT_LOCK_TIMEOUT in seconds, 10 s by default, and refuses nonsense', () => {
    expect(lockTimeoutMs({})).toBe(10_000);
    expect(lockTimeoutMs({ DIGLOT_LOCK_TIMEOUT: '2.5' })).toBe(2_500);
    expect(lockTimeoutMs({ DIGLOT_LOCK_TIMEOUT: '0' })).toBe(0);
    expect(() => lockTimeoutMs({ DIGLOT_LOCK_TIMEOUT: 'soon' })).toThrow('Unexpected DIGLOT_LOCK_TIMEOUT `soon`, expected a number of seconds');
  });
});
