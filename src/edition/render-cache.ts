import { join } from 'node:path';
import { readCacheJson, writeCacheJson } from '../cache/cache-file.js';
import { CACHE_DIR } from '../cache/cache-dir.js';

/** Counts of one cache: how many pieces were rendered and how many came from the cache. */
export interface CacheStats {
  rendered: number;
  cached: number;
}

/**
 * A content-addressed cache of rendered HTML pieces (rows of the parallel edition, whole
 * monolingual pages). Keys are hashes of everything the piece depends on, so an entry is
 * never stale; saving keeps only the entries used by this build.
 */
export class RenderCache {
  readonly stats: CacheStats = { rendered: 0, cached: 0 };
  private readonly old: Record<string, string>;
  private readonly used: Record<string, string> = {};

  /**
   * @param file the cache file (`.diglot-cache/<slug>.json`), or undefined for no cache (`--no-cache`)
   * @example new RenderCache(join(root, CACHE_DIR, 'article.json'))
   */
  constructor(private readonly file: string | undefined) {
    this.old = file ? readEntries(file) : {};
  }

  /**
   * The cached piece for `key`, else `render()` (and remember it).
   *
   * @example cache.get(hashOf(spec), () => renderRow(spec))
   */
  get(key: string, render: () => string): string {
    const hit = this.used[key] ?? this.old[key];
    if (hit !== undefined) {
      this.stats.cached++;
      this.used[key] = hit;
      return hit;
    }
    this.stats.rendered++;
    const value = render();
    this.used[key] = value;
    return value;
  }

  /** Write the entries used by this build (atomically); a no-op without a cache file. */
  save(): void {
    if (!this.file) return;
    const sorted = Object.fromEntries(Object.entries(this.used).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeCacheJson(this.file, FORMAT, { format: FORMAT, entries: sorted });
  }
}

const FORMAT = 'diglot-render-cache/2';

/** The entries of a sealed cache file; anything else (absent, edited, not a map of strings) is none. */
function readEntries(file: string): Record<string, string> {
  const data = readCacheJson(file, FORMAT) as { format?: unknown; entries?: unknown } | undefined;
  if (!data || data.format !== FORMAT || typeof data.entries !== 'object' || data.entries === null || Array.isArray(data.entries)) return {};
  const entries = Object.create(null) as Record<string, string>;
  for (const [key, value] of Object.entries(data.entries)) if (typeof value === 'string') entries[key] = value;
  return entries;
}

/** The cache file of an article. */
export function cacheFile(root: string, name: string): string {
  return join(root, CACHE_DIR, `${name}.json`);
}
