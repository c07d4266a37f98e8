import { join, relative } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';
import { readLock } from './read-lock.js';

/**
 * How many pairs the lock of an English document records for a target language: when its
 * translation file is missing, these are translations the lock remembers, which must not be
 * forgotten or written over by a command that sees no file.
 *
 * @param config the project configuration
 * @param sourcePath the English document (absolute)
 * @param lang the target language
 * @returns the lock file and the number of pairs (0 without a lock)
 * @example recordedPairs(config, '/p/content/en/a.md', 'ru').pairs // 80
 */
export function recordedPairs(config: DiglotConfig, sourcePath: string, lang: string): { lockPath: string; pairs: number } {
  const rel = relative(join(config.contentDir, config.sourceLanguage), sourcePath);
  const lockPath = join(config.contentDir, `${rel.replace(/\.md$/, '')}.lock.json`);
  return { lockPath, pairs: readLock(lockPath)?.targets[lang]?.pairs.length ?? 0 };
}
