import { relative } from 'node:path';
import { cacheFolderProblem } from '../cache/cache-file.js';
import { withProjectLock, type ProjectLockOptions } from '../util/project-lock.js';

/** Why the build lock cannot be created where the cache is unusable: read-only, full, not permitted. */
const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOTDIR', 'ELOOP', 'EEXIST']);

/**
 * Run a build that uses the cache under the build lock (`.diglot-cache/build.lock`, see
 * docs/concurrency.md), treating the cache folder as untrusted (docs/security.md):
 *
 * - a `.diglot-cache` (or `blobs/`, `check/`, `memo/`) that is a symbolic link or not a folder is
 *   never used, so the lock is not taken in it either (a lock file is never created, read or
 *   removed through a link): the build runs without the cache, and warns (`build(true)` finds the
 *   same problem and reports it);
 * - a lock that cannot be created because the cache folder cannot be written (read-only, full
 *   disk, no permission) does not fail the build: it runs without the cache (`build(false)`),
 *   with a warning added to its `cacheWarnings`.
 *
 * A lock held by another diglot is waited for as usual; an error of the build itself is thrown.
 *
 * @param root the project root (whose `.diglot-cache` is checked)
 * @param lockFile the build lock
 * @param lock the lock's options (command, name, notes)
 * @param build the build, told whether it may use the cache
 * @returns what the build returned
 * @example const report = await buildUnderLock(config.root, buildLockPath(config), { command: 'build' }, (cache) => buildSite(config, { cache }))
 */
export async function buildUnderLock<T extends { cacheWarnings: string[] }>(
  root: string,
  lockFile: string,
  lock: ProjectLockOptions,
  build: (cache: boolean) => Promise<T>,
): Promise<T> {
  if (cacheFolderProblem(root) !== undefined) return build(true);
  let started = false;
  try {
    return await withProjectLock(lockFile, lock, () => {
      started = true;
      return build(true);
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (started || code === undefined || !UNWRITABLE.has(code)) throw error;
    const report = await build(false);
    report.cacheWarnings.unshift(
      `Ignoring the cache: cannot create the build lock \`${lock.name ?? (relative(root, lockFile) || lockFile)}\` (${code}); the run goes on without it`,
    );
    return report;
  }
}
