import { takeCacheWarnings } from '../cache/cache-warnings.js';
import type { FindingReporter } from '../report/finding-reporter.js';

/**
 * Report the cache warnings noted during the run (`takeCacheWarnings`) as `cache-ignored`
 * at info level: the run went on without that part of the cache, so nothing it reports depends on
 * it, and the exit code is unaffected (docs/security.md).
 *
 * @example reportCacheWarnings(reporter) // diglot: info cache-ignored: Ignoring the cache file `…`: …
 */
export function reportCacheWarnings(reporter: FindingReporter, warnings: readonly string[] = takeCacheWarnings()): void {
  for (const message of warnings) reporter.report({ ruleId: 'cache-ignored', severity: 'info', message });
}
