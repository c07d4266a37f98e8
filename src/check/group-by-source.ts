import type { PairJob } from './check-job.js';

/**
 * The pairs of a run grouped by source document (the same `source` file: one pair per target
 * language), so that each source is segmented once and its side shared by its targets
 * (`checkGroup`). Groups come in the order of their first pair, pairs in their own order; with
 * `largestFirst`, groups by their total size, largest first (ties in order), as worker threads
 * take them.
 *
 * @param jobs the pairs, in report order
 * @returns indices into `jobs`, one array per source document
 * @example groupBySource([ruJobOfA, ruJobOfB, ukJobOfA]) // [[0, 2], [1]]
 */
export function groupBySource(jobs: readonly PairJob[], largestFirst = false): number[][] {
  const groups = new Map<string, number[]>();
  jobs.forEach((job, index) => {
    const group = groups.get(job.sourcePath);
    if (group) group.push(index);
    else groups.set(job.sourcePath, [index]);
  });
  const list = [...groups.values()];
  if (!largestFirst) return list;
  const size = (group: number[]): number =>
    group.reduce((n, i) => n + (jobs[i] as PairJob).source.markdown.length + (jobs[i] as PairJob).target.markdown.length, 0);
  return list
    .map((group, at) => ({ group, at, size: size(group) }))
    .sort((a, b) => b.size - a.size || a.at - b.at)
    .map((g) => g.group);
}
