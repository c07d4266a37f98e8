import { join } from 'node:path';
import type { VFileMessage } from 'vfile-message';
import { CACHE_DIR } from '../cache/cache-dir.js';
import { cacheFolderProblem, readCacheJson, sweepCacheFolder, writeCacheJson } from '../cache/cache-file.js';
import { warnCache } from '../cache/cache-warnings.js';
import { restoreMessages, storeMessages } from './store-messages.js';

/** Version of the cache file format (not of the rules: see `CHECK_VERSION`). */
const FORMAT = 'diglot-check-cache/2';
const SLOT_FILE = /^[0-9a-f]{32}\.json$/;

/**
 * The folder of the check cache in a project root: `.diglot-cache/check/`.
 *
 * @example checkCacheDir(config.root) // '/project/.diglot-cache/check'
 */
export function checkCacheDir(root: string): string {
  return join(root, CACHE_DIR, 'check');
}

/**
 * The result cache of `diglot check`: one small JSON file per file pair ("slot", named by a
 * hash of the pair's paths and report language) holding the key of the inputs it was
 * computed from and the pair's messages. A lookup hits only when the stored key equals the
 * current one, so an entry is never stale; a new result replaces the pair's old one. Each file
 * is sealed (`sealJson`: an HMAC of its contents, keyed by `DIGLOT_CACHE_KEY` when set), so an
 * edited entry — messages removed to hide an error — is a miss and the pair is checked again.
 * The cache is best-effort: an unusable folder (a symbolic link, a file), an unreadable, corrupt
 * or edited file is a miss with a warning (`takeCacheWarnings`), a failed write is warned about.
 */
export class CheckCache {
  private readonly used = new Set<string>();
  private writable = true;

  /**
   * @param dir the cache folder (`checkCacheDir(config.root)`), or undefined for no cache (`--no-cache`)
   * @example new CheckCache(checkCacheDir(config.root))
   */
  constructor(dir: string | undefined) {
    const problem = dir === undefined ? undefined : cacheFolderProblem(join(dir, '..', '..'));
    if (problem) warnCache(problem);
    this.dir = problem ? undefined : dir;
  }

  private readonly dir: string | undefined;

  /**
   * The cached messages of a pair, when computed from the same inputs.
   *
   * @param slot hash naming the pair
   * @param key hash of everything the result depends on
   * @returns fresh message objects, or undefined on a miss (absent, other key, corrupt)
   * @example cache.get(slot, key)?.length
   */
  get(slot: string, key: string): VFileMessage[] | undefined {
    if (!this.dir) return undefined;
    this.used.add(slot);
    const data = readCacheJson(join(this.dir, `${slot}.json`), FORMAT);
    if (typeof data !== 'object' || data === null) return undefined;
    const entry = data as { format?: unknown; key?: unknown; messages?: unknown };
    if (entry.format !== FORMAT || entry.key !== key) return undefined;
    return restoreMessages(entry.messages);
  }

  /**
   * Store the messages of a pair (atomically), replacing its previous entry.
   *
   * @example cache.set(slot, key, checkPair(en, ru, options).messages)
   */
  set(slot: string, key: string, messages: readonly VFileMessage[]): void {
    if (!this.dir || !this.writable) return;
    this.used.add(slot);
    if (!writeCacheJson(join(this.dir, `${slot}.json`), FORMAT, { format: FORMAT, key, messages: storeMessages(messages) })) this.writable = false;
  }

  /**
   * Delete the entries of pairs not looked up in this run (call after a run over the whole
   * project, so documents that were removed or renamed do not leave files behind).
   *
   * @returns how many entries were deleted
   * @example if (files.length === 0) cache.prune();
   */
  prune(): number {
    if (!this.dir) return 0;
    try {
      // Never through a symbolic link; only files named like entries.
      return sweepCacheFolder(
        this.dir,
        (name) => SLOT_FILE.test(name),
        (name) => this.used.has(name.slice(0, -'.json'.length)),
      );
    } catch {
      return 0; // best-effort: a folder we cannot clean is left as it is
    }
  }
}
