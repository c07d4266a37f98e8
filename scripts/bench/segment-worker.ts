/** Worker thread of segmentInWorkers: segments its share of documents and posts the totals. */
import { parentPort, workerData } from 'node:worker_threads';
import { segmentFiles, type SegmentJob } from './segment-files.js';

parentPort?.postMessage(segmentFiles(workerData as SegmentJob[]));
