import type { Measurement } from './measure.js';

/** The summary of repeated runs of one workload. */
export interface Summary {
  runs: number;
  /** Median seconds of the measured work. */
  seconds: number;
  /** Median CPU seconds (user + system), when known. */
  cpu: number | undefined;
  /** Largest peak RSS over the runs, MB. */
  rssMB: number;
  /** Figures reported by the last run (units, sentences, …). */
  info: Record<string, number | string>;
}

/**
 * The median of numbers (mean of the middle two for an even count).
 *
 * @example median([3, 1, 2]) // 2
 */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Summarise runs: median time and CPU, worst peak RSS.
 *
 * @example summarize([m1, m2, m3]).seconds
 */
export function summarize(runs: readonly Measurement[]): Summary {
  const cpus = runs.map((r) => r.cpu).filter((c): c is number => c !== undefined);
  return {
    runs: runs.length,
    seconds: median(runs.map((r) => r.seconds)),
    cpu: cpus.length ? median(cpus) : undefined,
    rssMB: Math.max(...runs.map((r) => r.rssMB)),
    info: runs.at(-1)?.info ?? {},
  };
}
