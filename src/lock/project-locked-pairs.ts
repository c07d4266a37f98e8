import { join, relative, resolve, sep } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';
import { lockedPairs } from './locked-pairs.js';
import { readLock } from './read-lock.js';

/**
 * The one-to-one pairs the lock of a project document records for a target language (see
 * {@link lockedPairs}), read from `content/<slug>.lock.json`: what `check` gives its aligner.
 *
 * @param config the project configuration
 * @param sourcePath the English document (absolute)
 * @param lang the target language
 * @returns English unit ID → translation hash; undefined when the document is not under the
 *   source-language content folder or has no lock (or no pairs for `lang`)
 * @throws InputError when the lock is not a valid lock
 * @example projectLockedPairs(config, '/p/content/en/a.md', 'ru')?.['u-8d8a0e4b'] // 'sha256:…'
 */
export function projectLockedPairs(config: DiglotConfig, sourcePath: string, lang: string): Record<string, string> | undefined {
  const sourceDir = join(config.contentDir, config.sourceLanguage);
  const rel = relative(sourceDir, resolve(sourcePath));
  if (rel === '' || rel.startsWith('..') || rel.split(sep).includes('..') || !rel.endsWith('.md')) return undefined;
  const pairs = lockedPairs(readLock(join(config.contentDir, `${rel.slice(0, -'.md'.length)}.lock.json`)), lang);
  return Object.keys(pairs).length > 0 ? pairs : undefined;
}
