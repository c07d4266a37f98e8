import { resolve } from 'node:path';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { checkPair, type CheckPairOptions } from '../check/check-pair.js';
import type { Rule } from '../check/create-rule.js';
import { loadCheckResources } from '../check/load-check-resources.js';
import { InputError } from '../errors.js';
import { projectLockedPairs } from '../lock/project-locked-pairs.js';
import { allRules } from '../rules/all-rules.js';
import { fileSettings, type FileSettings, type FileSettingsOptions } from './file-settings.js';
import { inputErrorMessage } from './input-error-message.js';
import { DOCUMENT_RULES } from './remark-preset-diglot.js';
import { languageOf } from './segment-file.js';

/** The rules that compare a translation with its source: every rule the one-document preset does not run. */
export const PAIR_RULES: readonly Rule[] = allRules.filter((rule) => !DOCUMENT_RULES.includes(rule));

/** Options of {@link checkFilePair}. */
export interface FilePairOptions extends Omit<CheckPairOptions, 'rules'> {
  /** The source document's language (default: `source.data.lang`, else its project's). */
  sourceLang?: string;
  /** The translation's language (default: `target.data.lang`, else its project's). */
  targetLang?: string;
  /** The rules to run (default {@link PAIR_RULES}; `allRules` adds the one-document rules). */
  rules?: readonly Rule[];
  /** The project configuration; `false` never looks for diglot.config.yaml. */
  config?: FileSettingsOptions['config'];
}

/**
 * Check a translation against its source, two vfiles in, messages out: the pair-scoped rules of
 * `diglot check` (terms, numbers, markup, code, untranslated, missing and extra translation,
 * translator notes, consistency) with `diglot-ignore` comments applied. The messages (rule id,
 * `source: 'diglot'`, place in the target, `expected`/`actual`, the source unit as `cause`,
 * `fatal` for errors) are added to `target.messages` and returned.
 *
 * What the options leave out comes from the files and their project, as `diglot check` takes
 * it: languages from `file.data.lang` or the language folders, severities from `rules`, the
 * glossary (terms and alignment anchors) from `glossaryDir`, the pairs the lock records. A file
 * that cannot be read fails with a fatal message on that file (the promise rejects with it).
 *
 * @param source the source document (e.g. English)
 * @param target its translation
 * @param options languages, rules, severities, glossary (`terms`), aligner, report language
 * @returns the messages on the target, sorted by place
 * @example await checkFilePair(new VFile({ path: 'en/a.md', value: en }), new VFile({ path: 'ru/a.md', value: ru }), { sourceLang: 'en', targetLang: 'ru' })
 */
export async function checkFilePair(source: VFile, target: VFile, options: FilePairOptions = {}): Promise<VFileMessage[]> {
  const config = options.config === undefined ? {} : { config: options.config };
  const sourceSettings = fileSettings(source, { ...config, ...(options.sourceLang ? { lang: options.sourceLang } : {}) });
  const targetSettings = fileSettings(target, { ...config, ...(options.targetLang ? { lang: options.targetLang } : {}) });
  const sourceLang = languageOf(source, sourceSettings);
  const targetLang = languageOf(target, targetSettings);
  const project = targetSettings.config ?? sourceSettings.config;
  const given = options.terms !== undefined || options.align !== undefined;
  const resources = given ? {} : await loadCheckResources({ glossaryDir: project?.glossaryDir });
  const lockedPairs = options.lockedPairs ?? projectPairs(source, sourceSettings, targetLang);
  const syntax = options.syntax ?? targetSettings.syntax;
  let checked: VFile;
  try {
    checked = checkPair(
      { file: sourceSettings.file, markdown: String(source.value ?? ''), lang: sourceLang },
      { file: targetSettings.file, markdown: String(target.value ?? ''), lang: targetLang },
      {
        ...resources,
        ...options,
        rules: options.rules ?? PAIR_RULES,
        severities: options.severities ?? targetSettings.severities,
        ...(syntax ? { syntax } : {}),
        ...(lockedPairs ? { lockedPairs } : {}),
      },
    );
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw inputErrorMessage(error.place?.file === sourceSettings.file ? source : target, error, 'check');
  }
  target.messages.push(...checked.messages);
  return checked.messages;
}

/** The unit pairs the project's lock records for the source document and the target language. */
function projectPairs(source: VFile, settings: FileSettings, lang: string): Record<string, string> | undefined {
  if (!settings.config || !source.path) return undefined;
  return projectLockedPairs(settings.config, resolve(source.cwd, source.path), lang);
}
