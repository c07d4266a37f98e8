import { existsSync } from 'node:fs';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { Severity } from '../config/load-config.js';
import { InputError } from '../errors.js';
import { readDocument } from '../util/read-document.js';
import { checkPair, type CheckPairOptions } from './check-pair.js';
import { ruleUrl } from './create-rule.js';
import type { FilePair } from './resolve-file-set.js';
import { createTranslate } from './translate.js';
import type { RuleId } from './types.js';

/** Options of {@link checkFiles}: those of checkPair, plus how to show paths. */
export interface CheckFilesOptions extends CheckPairOptions {
  severities: Readonly<Record<RuleId, Severity>>;
  /** Turn an absolute path into the name used in messages (e.g. relative to the working folder). */
  name?: (path: string) => string;
}

/**
 * Check many file pairs. A pair whose target file is missing gets a `missing-translation`
 * message on the source file; a pair that fails (unreadable file, invalid front matter, an
 * internal error) gets one fatal `internal-error` message on its file and the others are
 * still checked.
 *
 * @param pairs from `resolveFileSet`
 * @param options severities, glossary, report language, aligner
 * @returns one vfile per checked file, in order
 * @example const files = checkFiles(resolveFileSet([], config, cwd), { severities });
 */
export function checkFiles(pairs: readonly FilePair[], options: CheckFilesOptions): VFile[] {
  const name = options.name ?? ((p: string) => p);
  const t = createTranslate(options.lang ?? 'en');
  const files: VFile[] = [];
  for (const pair of pairs) {
    if (!existsSync(pair.target)) {
      if (options.severities['missing-translation'] === 'off') continue;
      const file = new VFile({ path: name(pair.source) });
      const message = new VFileMessage(t('message.missing-file', { expected: name(pair.target) }), { ruleId: 'missing-translation', source: 'diglot', place: { line: 1, column: 1 } });
      message.file = file.path;
      message.url = ruleUrl('missing-translation');
      message.expected = [name(pair.target)];
      message.fatal = options.severities['missing-translation'] === 'error';
      file.messages.push(message);
      files.push(file);
      continue;
    }
    try {
      const en = { file: name(pair.source), source: readDocument(pair.source), lang: pair.sourceLang };
      const ru = { file: name(pair.target), source: readDocument(pair.target), lang: pair.targetLang };
      files.push(checkPair(en, ru, options));
    } catch (error) {
      files.push(crashFile(name(pair.target), error, t));
    }
  }
  return files;
}

function crashFile(path: string, error: unknown, t: ReturnType<typeof createTranslate>): VFile {
  const file = new VFile({ path });
  const reason = error instanceof InputError ? error.toString() : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const place = error instanceof InputError && error.place?.line !== undefined ? { line: error.place.line, column: error.place.column ?? 1 } : { line: 1, column: 1 };
  const message = new VFileMessage(t('message.internal-error', { error: reason }), { ruleId: 'internal-error', source: 'diglot', place, cause: error instanceof Error ? error : undefined });
  message.file = path;
  message.url = ruleUrl('internal-error');
  message.fatal = true;
  file.messages.push(message);
  return file;
}
