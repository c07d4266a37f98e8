import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { findingHash, numberFingerprints } from './finding-fingerprint.js';
import { findingLanguage } from './finding-language.js';
import { messageFields, type MessageFields } from './message-fields.js';
import { repositoryPath } from './repository-path.js';
import type { ReportOptions } from './report-types.js';

/** Levels of the CI formats: a configured error, a warning, and a message without severity. */
export type FindingLevel = 'error' | 'warning' | 'note';

/** A finding as the CI formats (github, gitlab, sarif) report it. */
export interface CiFinding {
  fields: MessageFields;
  level: FindingLevel;
  /** The reported file, relative to the repository root. */
  path: string;
  /** The English file, relative to the repository root, when the finding has one. */
  relatedPath: string | undefined;
  /** The target language of the pair, when known. */
  language: string | undefined;
  /** Stable across unrelated edits (`finding-fingerprint.ts`). */
  fingerprint: string;
}

/**
 * Every message of the checked files, in report order, with repository-relative paths, its
 * level (`fatal` true, false, unset), target language and fingerprint. A missing translation is
 * reported on the English file; its language is that of the file it expects.
 *
 * @example ciFindings(files, { lang: 'en', cwd, root })[0]?.fingerprint // '3f1c…:1'
 */
export function ciFindings(files: readonly VFile[], options: ReportOptions): CiFinding[] {
  const found = files.flatMap((file) =>
    file.messages.map((message) => {
      const fields = messageFields(message, options.cwd);
      const causeFile = (message.cause as (VFileMessage & { file?: string }) | undefined)?.file;
      return {
        fields,
        level: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note',
        path: repositoryPath(file.path, options),
        relatedPath: fields.related && causeFile ? repositoryPath(causeFile, options) : undefined,
        language: findingLanguage(file, fields, options),
      } as const;
    }),
  );
  const hashes = found.map((f) =>
    findingHash({
      ruleId: f.fields.ruleId,
      path: f.path,
      language: f.language,
      expected: f.fields.expected,
      actual: f.fields.actual,
      english: f.fields.related && englishText(f.fields.related.message),
      reason: f.fields.message,
    }),
  );
  const fingerprints = numberFingerprints(hashes);
  return found.map((f, i) => ({ ...f, fingerprint: fingerprints[i] as string }));
}

/** The languages a run checked, sorted (for the SARIF category). */
export function runLanguages(options: Pick<ReportOptions, 'targetLanguages'>): string[] {
  return [...new Set(options.targetLanguages?.values() ?? [])].sort();
}

/** The English unit's text of a related message (`English: <text>`, in the report language). */
export function englishText(related: string): string {
  return related.replace(/^[^:]*:\s*/, '');
}
