import type { VFile } from 'vfile';
import { DocumentMemos } from '../cache/document-memos.js';
import type { Severity } from '../config/load-config.js';
import type { CheckResources } from './check-files-cached.js';
import type { checkPair as CheckPair, DocumentInput } from './check-pair.js';
import type { MarkdownSyntax } from '../markdown/markdown-syntax.js';
import { crashFile } from './crash-file.js';
import { pairMemos } from './pair-memos.js';
import { createTranslate, type ReportLanguage } from './translate.js';
import type { RuleId } from './types.js';

/** A document pair to check, as plain data (it is sent to worker threads). */
export interface PairJob {
  /** The files as found (absolute, or from the working folder): they name the pair's memos. */
  source: string;
  target: string;
  /** The documents as read, with their paths as reported. */
  en: DocumentInput;
  ru: DocumentInput;
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

/** What checking a pair gave: its report, and whether it is a crash (never cached). */
export interface JobResult {
  file: VFile;
  crashed: boolean;
}

/**
 * Check one pair with its memos (saved afterwards); a pair that throws becomes a `crashFile`.
 * The same in the main thread and in a worker.
 *
 * @example checkJob(job, settings, resources, checkPair).file.messages
 */
export function checkJob(job: PairJob, settings: JobSettings, resources: CheckResources, check: typeof CheckPair): JobResult {
  try {
    const memos = new DocumentMemos(settings.memoRoot);
    const file = check(job.en, job.ru, { severities: settings.severities, lang: settings.lang, terms: resources.terms, align: resources.align, memos: pairMemos(memos, job.source, job.target), glossary: settings.glossary, syntax: settings.syntax, lockedPairs: job.lockedPairs });
    memos.save();
    return { file, crashed: false };
  } catch (error) {
    return { file: crashFile(job.ru.file, error, createTranslate(settings.lang)), crashed: true };
  }
}
