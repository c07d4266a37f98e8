import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { CheckCache, checkCacheDir } from '../check/check-cache.js';
import { checkFilesCached } from '../check/check-files-cached.js';
import { glossaryHash } from '../check/glossary-hash.js';
import type { FilePair } from '../check/resolve-file-set.js';
import { resolveSeverities } from '../check/rule-severities.js';
import type { DiglotConfig } from '../config/load-config.js';
import { projectLockedPairs } from '../lock/project-locked-pairs.js';

/** Findings at error level per translation, or why they could not be counted. */
export interface ErrorCounts {
  /** Translation file relative to the project root (`/`-separated) → findings at error level. */
  errors: Map<string, number>;
  /** Set when the check could not run (the counts are then unknown, never zero). */
  problem?: string;
}

/**
 * Run `diglot check` on every translation that exists (the config's severities and glossary,
 * the check cache `.diglot-cache/check/` unless `useCache` is false, paths named from the
 * project root as `diglot check` run there names them, so its results are shared) and count
 * the findings at error level of each translation file.
 *
 * @param config the project configuration
 * @param pairs the source/target files of the documents
 * @param useCache false: neither read nor write the check cache
 * @example (await countErrors(config, pairs, true)).errors.get('content/ru/a.md') // 0
 */
export async function countErrors(config: DiglotConfig, pairs: readonly FilePair[], useCache: boolean): Promise<ErrorCounts> {
  const name = (p: string): string => relative(config.root, p).split('\\').join('/') || p;
  const existing = pairs.filter((p) => existsSync(p.target));
  const errors = new Map<string, number>(existing.map((p) => [name(p.target), 0]));
  if (existing.length === 0) return { errors };
  try {
    const { files } = await checkFilesCached(existing, {
      severities: resolveSeverities(config.rules, config.file),
      lang: 'en',
      name,
      cache: new CheckCache(useCache ? checkCacheDir(config.root) : undefined),
      glossary: glossaryHash(config.glossaryDir),
      resources: { glossaryDir: config.glossaryDir },
      root: config.root,
      memoRoot: useCache ? config.root : undefined,
      jobs: 1,
      syntax: config.syntax,
      lockedPairs: (pair) => projectLockedPairs(config, pair.source, pair.targetLang),
    });
    for (const file of files) {
      const path = file.path.split('\\').join('/');
      if (!errors.has(path)) continue;
      errors.set(path, (errors.get(path) ?? 0) + file.messages.filter((m) => m.fatal === true).length);
    }
    return { errors };
  } catch (error) {
    return { errors: new Map(), problem: error instanceof Error ? error.message : String(error) };
  }
}
