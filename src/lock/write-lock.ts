import { writeFileAtomic } from '../util/write-atomic.js';
import { serializeLock } from './serialize-lock.js';
import type { Lock } from './types.js';

/**
 * Write a lock atomically (temporary file + rename): a crash never leaves half a lock.
 *
 * @param path e.g. `content/us-ussr-recognition-1933.lock.json`
 * @param lock the lock
 * @example writeLock('content/article.lock.json', createLock({ en, targets: [] }))
 */
export function writeLock(path: string, lock: Lock): void {
  writeFileAtomic(path, serializeLock(lock));
}
