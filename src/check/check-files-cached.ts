import { existsSync } from 'node:fs';
import { VFile } from 'vfile';
import { hashOf } from '../util/hash-of.js';
import { readDocument } from '../util/read-document.js';
import type { CheckCache } from './check-cache.js';
import type { CheckFilesOptions } from './check-files.js';
import { checkGroup, type JobResult, type JobSettings, type PairJob } from './check-job.js';
import { groupBySource } from './group-by-source.js';
import type { DocumentInput } from './check-pair.js';
import { crashFile } from './crash-file.js';
import { missingTranslationFile } from './missing-translation-file.js';
import { codeFingerprint } from '../cache/code-fingerprint.js';
import type { AlignPair } from '../pair/open-pair.js';
import { loadCheckResources, type ResourceSettings } from './load-check-resources.js';
import type { FilePair } from './resolve-file-set.js';
import type { TermLookup } from './term-lookup.js';
import { threadCount, type Jobs } from './thread-count.js';
import { createTranslate } from './translate.js';

/** Version of the check results: bump it when a rule or the engine changes what it reports. */
export const CHECK_VERSION = 'diglot-check/1';

/** What checking needs that is expensive to load (glossary index, aligner). */
export interface CheckResources {
  terms: TermLookup | undefined;
  /** The aligner with the glossary as anchors (`pairAligner`); units are paired by structure without one. */
  align: AlignPair | undefined;
}

/** Options of {@link checkFilesCached}. */
export interface CachedCheckOptions extends Pick<CheckFilesOptions, 'severities' | 'lang' | 'name' | 'syntax'> {
  cache: CheckCache;
  /** Hash of the glossary of `resources` (`glossaryHash`); part of every key. */
  glossary: string;
  /**
   * Where the glossary and aligner come from (`loadCheckResources`): loaded once, when some pair
   * is not in the cache (never when all are), by each thread that checks pairs.
   */
  resources: ResourceSettings;
  /** The project folder: documents are read only when they resolve inside it (default: the folder of the nearest `diglot.config.yaml` above each document). */
  root?: string | undefined;
  /** Project root under which `.diglot-cache/memo/` keeps per-chunk and per-unit results (none: not kept). */
  memoRoot?: string | undefined;
  /**
   * Threads to check the pairs not in the cache (`--jobs`): a number (1: the main thread; more:
   * so many workers, `checkInThreads`), or `auto` (the default: workers only when there is
   * enough to check, see `threadCount`).
   */
  jobs?: Jobs | undefined;
  /** The pairs the lock of a pair's document records (`projectLockedPairs`): aligner input, part of the pair's key. */
  lockedPairs?: ((pair: FilePair) => Record<string, string> | undefined) | undefined;
  /** The worker threads' entry module (tests give a stand-in; default: check-worker). */
  workerUrl?: URL | undefined;
}

/** What a run did: pairs in the file set, pairs checked, pairs reported from the cache. */
export interface CheckStats {
  pairs: number;
  checked: number;
  cached: number;
  /** Threads that checked pairs: 1 the main thread, 2 or more worker threads; 0 when none was checked. */
  threads: number;
  /** Pairs a worker thread took but did not report (it stopped), checked again in the main thread. */
  rechecked: number;
  /** Source documents read (each once, however many targets it has). */
  sources: number;
  /** Source documents segmented: at most one per source of the pairs checked (a worker that stopped aside). */
  sourceSegmentations: number;
  /**
   * Per target language, of the pairs checked: the unit pairs, and those the pair-scoped rules
   * checked again (the others' findings came from the memo). After a one-paragraph edit of a
   * source document, `rechecked` counts the unit pairs the edit touched.
   */
  languages: Record<string, { pairs: number; unitPairs: number; rechecked: number }>;
}

/**
 * Check many file pairs like `checkFiles`, reusing cached results: a pair whose inputs are
 * unchanged — both documents, the pairs their lock records, the glossary, the severities, the report language, the paths
 * as reported, the code of diglot (`CHECK_VERSION` and `codeFingerprint`) — is reported from
 * the cache; only the others are segmented, aligned and checked, and their results stored.
 * Missing translations and files that cannot be checked are reported as by `checkFiles` and
 * never cached. The engine (`checkPair`, rules, segmenter) is imported on the first miss, so a
 * run served wholly from the cache loads none of it. The pairs not in the cache are checked
 * after every pair was looked up: in the main thread, or in worker threads (`options.jobs`,
 * `threadCount`, `checkInThreads`) with the same results.
 *
 * @param pairs from `resolveFileSet`
 * @param options severities, report language, cache, glossary hash, how to load the resources
 * @returns one vfile per reported file, in order, and the counts
 * @throws InputError from `loadCheckResources` (an invalid glossary), before anything is reported
 * @example const { files, stats } = await checkFilesCached(pairs, { severities, cache, glossary: 'none', resources: { glossaryDir: undefined } });
 */
export async function checkFilesCached(pairs: readonly FilePair[], options: CachedCheckOptions): Promise<{ files: VFile[]; stats: CheckStats }> {
  const name = options.name ?? ((p: string) => p);
  const lang = options.lang ?? 'en';
  const t = createTranslate(lang);
  const stats: CheckStats = { pairs: pairs.length, checked: 0, cached: 0, threads: 0, rechecked: 0, sources: 0, sourceSegmentations: 0, languages: {} };
  // Each source document is read (and hashed) once, however many targets it has.
  const sources = new Map<string, { input?: DocumentInput; hash?: string; error?: unknown }>();
  const within = options.root !== undefined ? { roots: [options.root] } : {};
  const sourceOf = (pair: FilePair): { input?: DocumentInput; hash?: string; error?: unknown } => {
    let read = sources.get(pair.source);
    if (!read) {
      try {
        const input = { file: name(pair.source), markdown: readDocument(pair.source, name(pair.source), within), lang: pair.sourceLang };
        read = { input, hash: hashOf('source', input.markdown) };
      } catch (error) {
        read = { error };
      }
      sources.set(pair.source, read);
    }
    return read;
  };
  // One report (or none: a missing translation whose rule is off) per pair, in order; the pairs
  // not in the cache are checked after all were looked up, so they can be shared among threads.
  const reports: Array<VFile | undefined> = [];
  const misses: Array<{ at: number; job: PairJob; slot: string; key: string }> = [];
  for (const pair of pairs) {
    if (!existsSync(pair.target)) {
      stats.checked++;
      reports.push(missingTranslationFile(pair, options));
      continue;
    }
    let source: DocumentInput;
    let sourceHash: string;
    let target: DocumentInput;
    let lockedPairs: Record<string, string> | undefined;
    try {
      const read = sourceOf(pair);
      if (!read.input || read.hash === undefined) throw read.error;
      source = read.input;
      sourceHash = read.hash;
      target = { file: name(pair.target), markdown: readDocument(pair.target, name(pair.target), within), lang: pair.targetLang };
      lockedPairs = options.lockedPairs?.(pair);
    } catch (error) {
      stats.checked++;
      reports.push(crashFile(name(pair.target), error, t));
      continue;
    }
    const slot = hashOf('check-slot', source.file, target.file, lang);
    // The key's field names are those of earlier versions, so their cached results still count.
    const key = hashOf(
      CHECK_VERSION,
      codeFingerprint(),
      {
        glossary: options.glossary,
        severities: options.severities,
        lang,
        syntax: options.syntax ?? null,
        en: [source.file, source.lang],
        ru: [target.file, target.lang],
      },
      sourceHash,
      target.markdown,
      ...(lockedPairs ? [{ lockedPairs }] : []),
    );
    const hit = options.cache.get(slot, key);
    if (hit) {
      stats.cached++;
      const file = new VFile({ path: target.file });
      file.messages = hit;
      reports.push(file);
      continue;
    }
    stats.checked++;
    misses.push({
      at: reports.length,
      job: { sourcePath: pair.source, targetPath: pair.target, source, target, ...(lockedPairs ? { lockedPairs } : {}) },
      slot,
      key,
    });
    reports.push(undefined);
  }
  if (misses.length > 0) {
    const settings: JobSettings = { severities: options.severities, lang, glossary: options.glossary, memoRoot: options.memoRoot, syntax: options.syntax };
    const threads = threadCount(
      options.jobs ?? 'auto',
      misses.map((m) => Buffer.byteLength(m.job.source.markdown) + Buffer.byteLength(m.job.target.markdown)),
    );
    const done = (miss: (typeof misses)[number], result: JobResult): void => {
      if (!result.crashed) options.cache.set(miss.slot, miss.key, result.file.messages);
      reports[miss.at] = result.file;
      const language = (stats.languages[miss.job.target.lang] ??= { pairs: 0, unitPairs: 0, rechecked: 0 });
      language.pairs++;
      language.unitPairs += result.counts.unitPairs;
      language.rechecked += result.counts.rechecked;
      if (result.segmentedSource) stats.sourceSegmentations++;
    };
    stats.threads = threads;
    if (threads > 1) {
      const { checkInThreads } = await import('./check-in-threads.js');
      const { results, stats: threadStats } = await checkInThreads(
        misses.map((m) => m.job),
        { threads, settings, resources: options.resources, workerUrl: options.workerUrl },
      );
      stats.rechecked = threadStats.rechecked;
      misses.forEach((miss, i) => done(miss, results[i] as JobResult));
    } else {
      const [resources, { checkPair }] = await Promise.all([loadCheckResources(options.resources), import('./check-pair.js')]);
      for (const group of groupBySource(misses.map((m) => m.job))) {
        const results = checkGroup(
          group.map((i) => (misses[i] as (typeof misses)[number]).job),
          settings,
          resources,
          checkPair,
        );
        group.forEach((i, k) => done(misses[i] as (typeof misses)[number], results[k] as JobResult));
      }
    }
  }
  stats.sources = sources.size;
  return { files: reports.filter((f): f is VFile => f !== undefined), stats };
}
