import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { InputError } from '../errors.js';
import { describeHolder, holderState, readLockHolder, type LockHolder } from './lock-holder.js';

/** How long to wait for a busy lock by default: `DIGLOT_LOCK_TIMEOUT` seconds, else 10 s. */
export const DEFAULT_LOCK_TIMEOUT_MS = 10_000;

/** Options of {@link withProjectLock}. */
export interface ProjectLockOptions {
  /** The command that takes the lock, as messages show it (`import ru.po`). */
  command: string;
  /** How messages name the lock file (default: its path). */
  name?: string;
  /** How long to wait for another holder, ms (default: {@link lockTimeoutMs}). 0: do not wait. */
  timeoutMs?: number;
  /** Notes (a stale lock taken over), e.g. the command's stderr. */
  note?: (text: string) => void;
}

/**
 * Another diglot holds the lock and did not let go in time (exit 2: nothing was written).
 * The message names the holder and how to remove a lock left behind.
 */
export class LockBusyError extends InputError {
  override name = 'LockBusyError';
}

/**
 * Run `work` while holding a project write lock: a file created with `O_CREAT|O_EXCL` (`wx`)
 * holding the holder's pid, host, start time and command, removed when `work` settles. A lock
 * held by another diglot is waited for with backoff, up to `timeoutMs`, then a
 * {@link LockBusyError} names the holder. A lock whose process is gone (same host: the pid
 * does not exist, or was reused after the lock was taken; an unreadable lock older than 5 s) is
 * stale: it is taken over with a note. A lock of another host is never taken over.
 *
 * `work` must read what it changes after the lock is taken (never act on a read made before).
 *
 * @param path the lock file, e.g. `content/.diglot-write.lock`
 * @param options the command (for messages), timeout and a sink for notes
 * @param work what to do while holding the lock
 * @returns what `work` returns
 * @throws LockBusyError when another diglot holds the lock for longer than the timeout
 * @example await withProjectLock(contentLockPath(config), { command: 'update' }, () => applyUpdate(planUpdate(…)))
 */
export async function withProjectLock<T>(path: string, options: ProjectLockOptions, work: () => T | Promise<T>): Promise<T> {
  const release = await acquire(path, options);
  try {
    return await work();
  } finally {
    release();
  }
}

/**
 * The lock timeout from `DIGLOT_LOCK_TIMEOUT` (seconds, may be fractional; 0: fail at once).
 *
 * @throws InputError when the variable is not a non-negative number
 * @example lockTimeoutMs({ DIGLOT_LOCK_TIMEOUT: '30' }) // 30000
 */
export function lockTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.DIGLOT_LOCK_TIMEOUT;
  if (value === undefined || value === '') return DEFAULT_LOCK_TIMEOUT_MS;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0)
    throw new InputError(`Unexpected DIGLOT_LOCK_TIMEOUT \`${value}\`, expected a number of seconds (e.g. 10)`, { file: 'DIGLOT_LOCK_TIMEOUT' });
  return seconds * 1000;
}

async function acquire(path: string, options: ProjectLockOptions): Promise<() => void> {
  const name = options.name ?? path;
  const timeout = options.timeoutMs ?? lockTimeoutMs();
  const deadline = Date.now() + timeout;
  const holder: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    command: options.command,
    token: randomBytes(8).toString('hex'),
  };
  mkdirSync(dirname(path), { recursive: true });
  let delay = 15;
  for (;;) {
    if (tryCreate(path, holder)) return releaser(path, holder.token);
    const read = readLockHolder(path);
    if (!read) {
      // Released between our attempt and the read: try again (a lock we cannot read fails at the deadline).
      if (Date.now() >= deadline)
        throw new LockBusyError(`Cannot ${options.command}: the write lock cannot be taken or read. Nothing was written.`, { file: name });
      await sleep(1);
      continue;
    }
    if (holderState(read) === 'dead') {
      if (takeOver(path, read.raw))
        options.note?.(`diglot: note: took over the stale lock ${name} of ${describeHolder(read.holder, read.ageMs)}: that process is gone\n`);
      continue;
    }
    if (Date.now() >= deadline) {
      const other = read.holder && read.holder.host !== hostname() ? ` It was taken on another host: diglot cannot tell whether that process still runs.` : '';
      throw new LockBusyError(
        `Cannot ${options.command} while another diglot (${describeHolder(read.holder, read.ageMs)}) holds the write lock; waited ${formatSeconds(timeout)} (set DIGLOT_LOCK_TIMEOUT to wait longer). Nothing was written.${other} If no diglot is running, remove the lock file: rm ${shellQuote(name)}`,
        { file: name },
      );
    }
    await sleep(Math.min(delay * (0.75 + Math.random() / 2), Math.max(1, deadline - Date.now())));
    delay = Math.min(delay * 2, 500);
  }
}

/** Create the lock file exclusively and write the holder; false when it exists. */
function tryCreate(path: string, holder: LockHolder): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, `${JSON.stringify(holder)}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Remove a stale lock, unless it changed since it was judged stale (another waiter took it over
 * and a new holder took it). A short-lived `<lock>.takeover` file, created exclusively, makes
 * the check and the removal one step among waiters.
 */
function takeOver(path: string, seen: string): boolean {
  const guard = `${path}.takeover`;
  let fd: number;
  try {
    fd = openSync(guard, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A takeover takes microseconds: a guard older than 10 s was left by a process that died in it.
    try {
      if (Date.now() - statSync(guard).mtimeMs > 10_000) rmSync(guard, { force: true });
    } catch {
      // gone already
    }
    return false;
  }
  try {
    let now: string;
    try {
      now = readFileSync(path, 'utf8');
    } catch {
      return false;
    }
    if (now !== seen) return false;
    unlinkSync(path);
    return true;
  } finally {
    closeSync(fd);
    rmSync(guard, { force: true });
  }
}

/** Release: remove the lock file if it is still ours; also on process exit if never released. */
function releaser(path: string, token: string): () => void {
  let released = false;
  const release = (): void => {
    if (released) return;
    released = true;
    process.removeListener('exit', release);
    try {
      const read = readLockHolder(path);
      if (read?.holder?.token === token) unlinkSync(path);
    } catch {
      // already gone
    }
  };
  process.on('exit', release);
  return release;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

function shellQuote(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
