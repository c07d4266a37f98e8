import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Start a worker thread from a module. A compiled `.js` entry starts as it is; a `.ts` entry
 * (the sources under tsx: tests, `npx tsx src/cli.ts`, the benchmark) cannot be loaded by
 * Node 20 in a worker, so the worker registers tsx first and then imports it. tsx is a
 * development dependency: the compiled product never takes that path.
 *
 * @example startWorker(new URL('./check-worker.js', import.meta.url), { workerData })
 */
export function startWorker(url: URL, options: WorkerOptions = {}): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(entry, { ...options, eval: true });
}
