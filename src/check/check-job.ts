import type { VFile } from 'vfile';
import { DocumentMemos } from '../pair/document-memos.js';
import type { Severity } from '../config/load-config.js';
import type { CheckResources } from './check-files-cached.js';
import type { checkPair as CheckPair, DocumentInput, UnitCounts } from './check-pair.js';
import type { MarkdownSyntax } from '../markdown/markdown-syntax.js';
import { crashFile } from './crash-file.js';
import { openText } from '../pair/open-document.js';
import { OpenedSources } from '../pair/opened-sources.js';
import { pairMemos } from './pair-memos.js';
import { createTranslate, type ReportLanguage } from './translate.js';
import type { RuleId } from './types.js';

/** A document pair to check, as plain data (it is sent to worker threads). */
export interface PairJob {
  /** The files as found (absolute, or from the working folder): they name the pair's memos. */
  sourcePath: string;
  targetPath: string;
  /** The documents as read, with their paths as reported. */
  source: DocumentInput;
  target: DocumentInput;
  /** The pairs the document's lock records (`projectLockedPairs`), if any. */
  lockedPairs?: Record<string, string> | undefined;
}

/** How every pair of a run is checked, as plain data (it is sent to worker threads). */
export interface JobSettings {
  severities: Readonly<Record<RuleId, Severity>>;
  lang: ReportLanguage;
  /** Hash of the glossary (`glossaryHash`). */
  glossary: string;
  /** Project root of `.diglot-cache/memo/` (undefined: nothing kept between runs). */
  memoRoot: string | undefined;
  /** Template tags and MDX attributes (the config's `syntax`; default: DEFAULT_SYNTAX). */
  syntax?: MarkdownSyntax | undefined;
}

/** What checking a pair gave: its report, whether it is a crash (never cached), and what was done (`--stats`). */
export interface JobResult {
  file: VFile;
  crashed: boolean;
  /** The pair's unit pairs, and those checked again (not in the memo). */
  counts: UnitCounts;
  /** Whether this pair's check segmented the source document (the first of its group does). */
  segmentedSource: boolean;
}

/**
 * Check one pair with its memos (saved afterwards); a pair that throws becomes a `crashFile`.
 * The same in the main thread and in a worker.
 *
 * @example checkJob(job, settings, resources, checkPair).file.messages
 */
export function checkJob(job: PairJob, settings: JobSettings, resources: CheckResources, check: typeof CheckPair): JobResult {
  return checkGroup([job], settings, resources, check)[0] as JobResult;
}

/**
 * Check the pairs of one source document (the same `source` file and text: one pair per target
 * language) with one set of memos, saved afterwards. The source is opened once (`OpenedSources`
 * of src/pair), by the first pair, and shared by all of them: however many targets, the source
 * of a document is parsed and segmented once per run. A pair that throws becomes a `crashFile`
 * (a source that cannot be segmented: every pair of the group). The same in the main thread and
 * in a worker.
 *
 * @param jobs the pairs of one source, in report order
 * @returns one result per pair, in order
 * @example checkGroup([ruJob, ukJob], settings, resources, checkPair).map((r) => r.file.messages.length)
 */
export function checkGroup(jobs: readonly PairJob[], settings: JobSettings, resources: CheckResources, check: typeof CheckPair): JobResult[] {
  const memos = new DocumentMemos(settings.memoRoot);
  const sources = new OpenedSources();
  const results = jobs.map((job): JobResult => {
    const counts: UnitCounts = { unitPairs: 0, rechecked: 0 };
    const opened = sources.segmented;
    try {
      const jobMemos = pairMemos(memos, job.sourcePath, job.targetPath);
      // A source that fails is tried again by each pair, and fails alike.
      const sourceSide = sources.open(job.source, undefined, () => openText(job.source, { memo: jobMemos.source, syntax: settings.syntax }), job.sourcePath);
      const file = check(job.source, job.target, {
        severities: settings.severities,
        lang: settings.lang,
        terms: resources.terms,
        align: resources.align,
        memos: jobMemos,
        glossary: settings.glossary,
        syntax: settings.syntax,
        lockedPairs: job.lockedPairs,
        sourceSide,
        counts,
      });
      return { file, crashed: false, counts, segmentedSource: sources.segmented > opened };
    } catch (error) {
      return {
        file: crashFile(job.target.file, error, createTranslate(settings.lang)),
        crashed: true,
        counts: { unitPairs: 0, rechecked: 0 },
        segmentedSource: sources.segmented > opened,
      };
    }
  });
  memos.save();
  return results;
}
