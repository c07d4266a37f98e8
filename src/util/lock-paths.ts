import { join } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';

/**
 * The write lock of the content folder, taken by every command that writes into it
 * (`import`, `update`, `lock`): `<contentDir>/.diglot-write.lock`.
 *
 * @example contentLockPath(config) // '/project/content/.diglot-write.lock'
 */
export function contentLockPath(config: DiglotConfig): string {
  return join(config.contentDir, '.diglot-write.lock');
}

/**
 * The lock of the build cache and output, taken by `diglot build` (unless `--no-cache`):
 * `<root>/.diglot-cache/build.lock`.
 *
 * @example buildLockPath(config) // '/project/.diglot-cache/build.lock'
 */
export function buildLockPath(config: DiglotConfig): string {
  return join(config.root, '.diglot-cache', 'build.lock');
}
