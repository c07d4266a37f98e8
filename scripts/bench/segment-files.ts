import { readFileSync } from 'node:fs';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { startWorker } from '../../src/util/start-worker.js';

const WORKER_URL = new URL('./segment-worker.ts', import.meta.url);

/** A document to segment. */
export interface SegmentJob {
  file: string;
  lang: string;
}

/** What segmenting a set of documents produced. */
export interface SegmentTotals {
  [key: string]: number;
  seconds: number;
  files: number;
  units: number;
  sentences: number;
  errors: number;
}

/**
 * Read, parse and segment documents one after the other (parse + units + sentences), timing
 * the whole; a document that cannot be segmented counts as an error. When `texts` is given,
 * every unit's coded text is appended to it (for the sentence benchmark).
 *
 * @example segmentFiles([{ file: 'content/en/a.md', lang: 'en' }]).units
 */
export function segmentFiles(jobs: readonly SegmentJob[], texts?: Array<{ lang: string; text: string }>): SegmentTotals {
  const started = performance.now();
  let units = 0;
  let sentences = 0;
  let errors = 0;
  for (const job of jobs) {
    try {
      const doc = segmentMarkdown(readFileSync(job.file, 'utf8'), { file: job.file, lang: job.lang });
      units += doc.units.length;
      for (const unit of doc.units) {
        sentences += unit.sentences.length;
        texts?.push({ lang: job.lang, text: unit.text });
      }
    } catch {
      errors++;
    }
  }
  return { seconds: (performance.now() - started) / 1000, files: jobs.length, units, sentences, errors };
}

/**
 * The same over `workers` worker threads: documents are dealt largest first to the least
 * loaded worker (by bytes), each worker segments its share; the time includes starting the
 * workers and loading the parser in each.
 *
 * @example await segmentInWorkers(jobs, 2)
 */
export async function segmentInWorkers(jobs: readonly SegmentJob[], workers: number): Promise<SegmentTotals> {
  const started = performance.now();
  const sized = jobs.map((job) => ({ job, size: readFileSync(job.file).length })).sort((a, b) => b.size - a.size);
  const shares: Array<{ jobs: SegmentJob[]; bytes: number }> = Array.from({ length: workers }, () => ({ jobs: [], bytes: 0 }));
  for (const { job, size } of sized) {
    const share = shares.reduce((min, s) => (s.bytes < min.bytes ? s : min));
    share.jobs.push(job);
    share.bytes += size;
  }
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<SegmentTotals>((resolve, reject) => {
          const worker = startWorker(WORKER_URL, { workerData: share.jobs });
          worker.once('message', (totals: SegmentTotals) => resolve(totals));
          worker.once('error', reject);
        }),
    ),
  );
  const sum = (key: keyof SegmentTotals): number => results.reduce((n, r) => n + (r[key] ?? 0), 0);
  return {
    seconds: (performance.now() - started) / 1000,
    files: sum('files'),
    units: sum('units'),
    sentences: sum('sentences'),
    errors: sum('errors'),
    workers,
  };
}
