/**
 * Warnings about the cache (`.diglot-cache/`) met during a run: a cache that cannot be used is
 * never an error — the run goes on without it — but it should not go unnoticed. Commands report
 * them once, as `cache-ignored` warnings (src/cli/cache-findings.ts): never exit 1 but with `--frail`.
 */
const pending = new Set<string>();

/**
 * Note a cache warning (each distinct text once per run).
 *
 * @example warnCache('Ignoring the cache folder `.diglot-cache`: it is a symbolic link')
 */
export function warnCache(message: string): void {
  pending.add(message);
}

/**
 * The warnings noted since the last call, in order; the list is emptied.
 *
 * @example reportCacheWarnings(reporter, takeCacheWarnings())
 */
export function takeCacheWarnings(): string[] {
  const out = [...pending];
  pending.clear();
  return out;
}
