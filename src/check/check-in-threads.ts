import { VFile } from 'vfile';
import { checkGroup, type JobResult, type JobSettings, type PairJob } from './check-job.js';
import { groupBySource } from './group-by-source.js';
import type { CheckWorkerData, CheckWorkerMessage } from './check-worker.js';
import { loadCheckResources, type ResourceSettings } from './load-check-resources.js';
import { restoreMessages } from './store-messages.js';
import { startWorker } from '../util/start-worker.js';

/** Options of {@link checkInThreads}. */
export interface ThreadOptions {
  /** Worker threads to start (1 or more). */
  threads: number;
  settings: JobSettings;
  /** What the workers load their resources from. */
  resources: ResourceSettings;
  /** The module the workers run (default: check-worker; tests replace it with one that dies). */
  workerUrl?: URL | undefined;
}

/** What {@link checkInThreads} did besides the results. */
export interface ThreadStats {
  /** Pairs checked by each worker. */
  checked: number[];
  /** Pairs a worker took but did not report (it died or could not start), checked in the main thread. */
  rechecked: number;
  /** Time each worker took to load the engine and its resources (ms). */
  loadMs: number[];
  /** Time each worker spent checking pairs (ms). */
  checkMs: number[];
}

/**
 * The old-space limit of a worker (MB). The work never comes near it (a worker's live heap was
 * under 100 MB on the largest repository measured); it bounds how far V8 lets the heap grow
 * between collections. The main thread's heap grows to 4× its live size (Node's default limit
 * on a machine with much memory); so did a worker's without a limit, and two threads then took
 * 620–660 MB. A worker that runs out of it dies, and its pairs are checked in the main thread.
 */
const WORKER_OLD_SPACE_MB = 1536;

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './check-worker.ts' : './check-worker.js', import.meta.url);

/**
 * Check pairs in `threads` worker threads. The workers take the pairs, grouped by source document
 * (all targets of a source go to one worker, which segments the source once) and largest group
 * first, from one shared queue (an atomic counter), so one that starts late or gets slow pairs takes fewer;
 * each loads its own engine, glossary and aligner, writes the memos of the pairs it checks, and
 * posts each pair's messages as the cache stores them (`storeMessages`), so they report exactly
 * as when checked in the main thread. A pair that throws is a `crashFile`, as in one thread.
 * The main thread only waits (it has read and hashed the documents, and writes the cache and
 * the report): checking there too was 0.6 s faster on the largest repository measured but took
 * 60 MB more, over the 500 MB budget, its heap growing more freely than a worker's.
 * A worker that dies (or cannot start) loses nothing: the pairs it took and did not report are
 * checked in the main thread.
 *
 * @param jobs the pairs, in report order
 * @returns one result per pair, in the order of `jobs`, and what each worker did
 * @throws what `loadCheckResources` throws, when pairs are left to the main thread (an invalid glossary makes every worker die)
 * @example const { results } = await checkInThreads(jobs, { threads: 2, settings, resources });
 */
export async function checkInThreads(jobs: readonly PairJob[], options: ThreadOptions): Promise<{ results: JobResult[]; stats: ThreadStats }> {
  // Pairs of one source stay together (one worker segments it once, for all its targets); sources largest first.
  const grouped = groupBySource(jobs, true);
  const order = grouped.flat();
  const groups: Array<[number, number]> = [];
  for (const group of grouped) groups.push([groups.at(-1)?.[1] ?? 0, (groups.at(-1)?.[1] ?? 0) + group.length]);
  const data: CheckWorkerData = {
    settings: options.settings,
    resources: options.resources,
    jobs: order.map((i) => jobs[i] as PairJob),
    groups,
    next: new SharedArrayBuffer(4),
  };
  const results: Array<JobResult | undefined> = new Array<JobResult | undefined>(jobs.length);
  const stats: ThreadStats = { checked: [], rechecked: 0, loadMs: [], checkMs: [] };
  const finished = Array.from({ length: options.threads }, (_, w) => {
    stats.checked[w] = 0;
    const worker = startWorker(options.workerUrl ?? WORKER_URL, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB } });
    return new Promise<void>((resolve) => {
      worker.on('message', (message: CheckWorkerMessage) => {
        if (message.type === 'done') {
          stats.loadMs[w] = Math.round(message.loadMs);
          stats.checkMs[w] = Math.round(message.checkMs);
          return;
        }
        const index = order[message.index] as number;
        const messages = restoreMessages(message.messages);
        if (!messages) return; // cannot happen; checked again below
        const file = new VFile({ path: (jobs[index] as PairJob).target.file });
        file.messages = messages;
        results[index] = { file, crashed: message.crashed, counts: message.counts, segmentedSource: message.segmentedSource };
        stats.checked[w] = (stats.checked[w] ?? 0) + 1;
      });
      worker.on('error', () => {}); // an uncaught error in the worker: it exits, its pairs are checked below
      worker.on('exit', () => resolve());
    });
  });
  await Promise.all(finished);
  const left = jobs.flatMap((job, index) => (results[index] ? [] : [index]));
  if (left.length > 0) {
    const [resources, { checkPair }] = await Promise.all([loadCheckResources(options.resources), import('./check-pair.js')]);
    for (const group of groupBySource(left.map((index) => jobs[index] as PairJob))) {
      const checked = checkGroup(
        group.map((k) => jobs[left[k] as number] as PairJob),
        options.settings,
        resources,
        checkPair,
      );
      group.forEach((k, i) => void (results[left[k] as number] = checked[i]));
    }
    stats.rechecked = left.length;
  }
  return { results: results as JobResult[], stats };
}
