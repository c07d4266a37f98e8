import { readFileSync, statSync } from 'node:fs';
import { hostname } from 'node:os';

/** Who holds a write lock: the JSON a lock file holds. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the lock was taken, ISO 8601. */
  since: string;
  /** The command line that took it, e.g. `import ru.po`. */
  command: string;
  /** Random: lets the holder release only its own lock. */
  token: string;
}

/** What is known about the process behind a lock. */
export type HolderState = 'alive' | 'dead' | 'unknown';

/** A lock file that cannot be parsed is taken over only after this long (its writer died mid-write). */
const UNREADABLE_STALE_MS = 5_000;

/**
 * Read a lock file.
 *
 * @returns the raw text (to compare before a takeover) and the holder, undefined when the text
 *   is not a holder (a lock being written right now, or garbage); undefined when there is no file
 * @example readLockHolder('content/.diglot-write.lock')?.holder?.pid
 */
export function readLockHolder(path: string): { raw: string; holder: LockHolder | undefined; ageMs: number } | undefined {
  let raw: string;
  let ageMs: number;
  try {
    raw = readFileSync(path, 'utf8');
    ageMs = Date.now() - statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(raw) as Partial<LockHolder>;
    const ok =
      Number.isInteger(data.pid) &&
      typeof data.host === 'string' &&
      typeof data.since === 'string' &&
      typeof data.command === 'string' &&
      typeof data.token === 'string';
    return { raw, holder: ok ? (data as LockHolder) : undefined, ageMs };
  } catch {
    return { raw, holder: undefined, ageMs };
  }
}

/**
 * Whether the process that took a lock still runs. Only a lock of this host can be judged:
 * `dead` when its pid does not exist, or exists but was started after the lock was taken (the
 * pid was reused); `unknown` for another host (the lock might be on a shared file system).
 * An unreadable lock is `dead` once it is older than a few seconds, else `alive`.
 *
 * @example holderState(readLockHolder(path)) // 'alive'
 */
export function holderState(read: { holder: LockHolder | undefined; ageMs: number }): HolderState {
  const { holder } = read;
  if (!holder) return read.ageMs > UNREADABLE_STALE_MS ? 'dead' : 'alive';
  if (holder.host !== hostname()) return 'unknown';
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return 'dead';
    return 'alive'; // EPERM: it exists, owned by someone else
  }
  const started = processStart(holder.pid);
  const since = Date.parse(holder.since);
  // Clock ticks are 1/100 s and boot time is rounded to the second: allow 2 s.
  return started !== undefined && Number.isFinite(since) && started > since + 2_000 ? 'dead' : 'alive';
}

/** Start time of a process (ms since the epoch) from Linux's /proc, or undefined. */
function processStart(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]); // field 22 of stat(5); fields[0] is field 3
    const boot = /^btime (\d+)$/m.exec(readFileSync('/proc/stat', 'utf8'))?.[1];
    if (!Number.isFinite(ticks) || boot === undefined) return undefined;
    return Number(boot) * 1000 + ticks * 10;
  } catch {
    return undefined;
  }
}

/**
 * The holder in words, for messages: `pid 123 on host h, \`diglot import ru.po\`, since 2026-… (4 s ago)`.
 *
 * @example describeHolder(holder)
 */
export function describeHolder(holder: LockHolder | undefined, ageMs: number): string {
  const ago =
    ageMs < 120_000
      ? `${Math.max(0, Math.round(ageMs / 1000))} s ago`
      : ageMs < 7_200_000
        ? `${Math.round(ageMs / 60_000)} min ago`
        : `${Math.round(ageMs / 3_600_000)} h ago`;
  if (!holder) return `unknown holder (an unreadable lock file, written ${ago})`;
  return `pid ${holder.pid} on host ${holder.host}, \`diglot ${holder.command}\`, since ${holder.since} (${ago})`;
}
