import { parentPort, workerData } from 'node:worker_threads';
import { checkJob, type JobSettings, type PairJob } from './check-job.js';
import { loadCheckResources, type ResourceSettings } from './load-check-resources.js';
import { storeMessages, type StoredMessage } from './store-messages.js';

/** What a check worker is started with (`workerData`). */
export interface CheckWorkerData {
  settings: JobSettings;
  resources: ResourceSettings;
  /** Every pair of the run, largest first. */
  jobs: PairJob[];
  /** One Int32: the index in `jobs` of the next pair to take (shared by all workers, `Atomics.add`). */
  next: SharedArrayBuffer;
}

/** What a check worker posts: one message per pair it checked, then `done`. */
export type CheckWorkerMessage = { type: 'result'; index: number; messages: StoredMessage[]; crashed: boolean } | { type: 'done'; loadMs: number; checkMs: number };

// The entry of a worker thread of `diglot check` (see check-in-threads.ts): load the glossary
// and the aligner, then take pairs from the shared queue until it is empty.
const data = workerData as CheckWorkerData;
const port = parentPort;
if (port) {
  const started = performance.now();
  const [resources, { checkPair }] = await Promise.all([loadCheckResources(data.resources), import('./check-pair.js')]);
  const loadMs = performance.now() - started;
  const next = new Int32Array(data.next);
  const checking = performance.now();
  for (let index = Atomics.add(next, 0, 1); index < data.jobs.length; index = Atomics.add(next, 0, 1)) {
    const result = checkJob(data.jobs[index] as PairJob, data.settings, resources, checkPair);
    port.postMessage({ type: 'result', index, messages: storeMessages(result.file.messages), crashed: result.crashed } satisfies CheckWorkerMessage);
  }
  port.postMessage({ type: 'done', loadMs, checkMs: performance.now() - checking } satisfies CheckWorkerMessage);
}
