import type { VFile } from 'vfile';
import type { MessageFields } from './message-fields.js';
import type { ReportOptions } from './report-types.js';

/**
 * The target language a finding of `diglot check` is about: the language of the checked file
 * (`targetLanguages`, keyed by the file's reported path), or, for a `missing-translation` on the
 * source, the language of the missing file it names. Every format prints it (text as
 * `rule-id (lang)`, the CI formats in their own fields).
 *
 * @returns the language tag, or undefined for a finding on a file of no target (e.g. an
 *   unreadable source document)
 * @example findingLanguage(file, messageFields(message, cwd), { lang: 'en', cwd, targetLanguages: new Map([['content/de/a.md', 'de']]) }) // 'de'
 */
export function findingLanguage(
  file: VFile,
  fields: Pick<MessageFields, 'ruleId' | 'expected'>,
  options: Pick<ReportOptions, 'targetLanguages'>,
): string | undefined {
  const map = options.targetLanguages;
  if (!map) return undefined;
  return map.get(file.path) ?? (fields.ruleId === 'missing-translation' && fields.expected?.[0] !== undefined ? map.get(fields.expected[0]) : undefined);
}
