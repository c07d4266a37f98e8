import { parentPort, workerData } from 'node:worker_threads';
import type { UnitCounts } from './check-pair.js';
import { checkGroup, type JobSettings, type PairJob } from './check-job.js';
import { loadCheckResources, type ResourceSettings } from './load-check-resources.js';
import { storeMessages, type StoredMessage } from './store-messages.js';

/** What a check worker is started with (`workerData`). */
export interface CheckWorkerData {
  settings: JobSettings;
  resources: ResourceSettings;
  /** Every pair of the run, grouped by source document, largest group first. */
  jobs: PairJob[];
  /** The groups: `[start, end)` in `jobs` of the pairs of one source document. */
  groups: Array<[number, number]>;
  /** One Int32: the index in `groups` of the next group to take (shared by all workers, `Atomics.add`). */
  next: SharedArrayBuffer;
}

/** What a check worker posts: one message per pair it checked, then `done`. */
export type CheckWorkerMessage =
  | { type: 'result'; index: number; messages: StoredMessage[]; crashed: boolean; counts: UnitCounts; segmentedSource: boolean }
  | { type: 'done'; loadMs: number; checkMs: number };

// The entry of a worker thread of `diglot check` (see check-in-threads.ts): load the glossary
// and the aligner, then take groups of pairs (one source document, its targets) from the shared queue until it is empty.
const data = workerData as CheckWorkerData;
const port = parentPort;
if (port) {
  const started = performance.now();
  const [resources, { checkPair }] = await Promise.all([loadCheckResources(data.resources), import('./check-pair.js')]);
  const loadMs = performance.now() - started;
  const next = new Int32Array(data.next);
  const checking = performance.now();
  for (let g = Atomics.add(next, 0, 1); g < data.groups.length; g = Atomics.add(next, 0, 1)) {
    const [start, end] = data.groups[g] as [number, number];
    const results = checkGroup(data.jobs.slice(start, end), data.settings, resources, checkPair);
    results.forEach((result, k) =>
      port.postMessage({
        type: 'result',
        index: start + k,
        messages: storeMessages(result.file.messages),
        crashed: result.crashed,
        counts: result.counts,
        segmentedSource: result.segmentedSource,
      } satisfies CheckWorkerMessage),
    );
  }
  port.postMessage({ type: 'done', loadMs, checkMs: performance.now() - checking } satisfies CheckWorkerMessage);
}
