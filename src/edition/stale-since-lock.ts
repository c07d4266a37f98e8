import { statSync } from 'node:fs';
import type { LockPair } from '../lock/types.js';
import type { StaleSince } from './status-types.js';

/**
 * The lock's date of a stale translation, when git cannot date it: the earliest day its stale
 * pairs were recorded on (each pair's `recorded`), since the English of each changed after
 * that day (`from: 'recorded'`). A pair recorded before the lock kept days counts with the day
 * (UTC) the lock file was last written (its modification time, the latest day the pair can
 * have been recorded on; a copy that does not keep modification times gives the copy's day);
 * when that day is the date given, it says so (`from: 'lock'`).
 *
 * @param lockFile the document's lock file
 * @param stalePairs the document's recorded pairs found stale
 * @returns the date, or undefined when no pair is dated and there is no lock file
 * @example staleSinceLock('content/a.lock.json', [{ …, recorded: '2026-03-12' }]) // { from: 'recorded', date: '2026-03-12' }
 */
export function staleSinceLock(lockFile: string, stalePairs: readonly LockPair[]): StaleSince | undefined {
  const recorded = stalePairs.map((p) => p.recorded).filter((day): day is string => day !== undefined);
  const undated = recorded.length < stalePairs.length || stalePairs.length === 0;
  const stats = undated ? statSync(lockFile, { throwIfNoEntry: false }) : undefined;
  const fileDay = stats?.isFile() ? stats.mtime.toISOString().slice(0, 10) : undefined;
  const earliest = recorded.sort()[0];
  if (fileDay !== undefined && (earliest === undefined || fileDay < earliest)) return { from: 'lock', date: fileDay };
  return earliest === undefined ? undefined : { from: 'recorded', date: earliest };
}
