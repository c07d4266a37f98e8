// A stand-in for src/check/check-worker.ts that takes one pair from the shared queue, leaves a
// mark (`<memoRoot>/died`) and dies without reporting it: the main thread must check it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import type { CheckWorkerData } from '../../src/check/check-worker.js';

const data = workerData as CheckWorkerData;
const index = Atomics.add(new Int32Array(data.next), 0, 1);
writeFileSync(join(data.settings.memoRoot ?? '.', 'died'), String(index));
throw new Error(`worker died with pair ${index}`);
