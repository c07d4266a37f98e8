import { availableParallelism } from 'node:os';

/** `--jobs`: a number of threads, or `auto` (see {@link threadCount}). */
export type Jobs = number | 'auto';

/**
 * The rule of `--jobs auto`, from cold runs of the compiled CLI on a 2-core machine (docs/check.md).
 * One thread already keeps about 1.3 cores busy (V8 compiles hot code and collects garbage on
 * helper threads), and each worker starts in 0.25–0.3 s and then compiles the hot code again in
 * its own isolate, so two workers pay only on a cold run over several MB of documents: against
 * one thread they took +25 % at 0.76 MB, +21 % at 3.0 MB, ±0 at 5.3 MB, −10 % at 8.3 MB and
 * −12 % at 10.6 MB.
 */
export const AUTO_THREADS = {
  /** The bytes (both sides) a second thread must be able to take off the first: half of 7 MB. */
  minShared: 3_500_000,
  /** At most this many threads (and never more than `os.availableParallelism()`). */
  maxThreads: 2,
};

/**
 * How many threads check the pairs of a run.
 *
 * @param jobs `--jobs`: a number of threads (never more than there are pairs or cores) or `auto`
 * @param sizes the size of each pair to check (missed the cache), both sides, in bytes
 * @param cores `os.availableParallelism()`
 * @returns 1 (the main thread alone) or more (so many worker threads)
 * @example threadCount('auto', [6e6, 5e6], 2) // 2
 */
export function threadCount(jobs: Jobs, sizes: readonly number[], cores = availableParallelism()): number {
  if (sizes.length <= 1) return 1;
  if (jobs !== 'auto') return Math.max(1, Math.min(jobs, sizes.length, cores));
  const bytes = sizes.reduce((n, s) => n + s, 0);
  // With the largest pair in one thread, what the other threads can share of the rest.
  const shared = Math.min(bytes - Math.max(...sizes), bytes / 2);
  if (shared < AUTO_THREADS.minShared) return 1;
  return Math.max(1, Math.min(AUTO_THREADS.maxThreads, cores, sizes.length));
}
