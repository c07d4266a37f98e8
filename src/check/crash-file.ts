import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { InputError } from '../errors.js';
import { ruleUrl } from './create-rule.js';
import type { Translate } from './translate.js';

/**
 * The report of a file that could not be checked: one fatal `internal-error` message.
 *
 * @param path the file as reported (an InputError that names its file is reported on that file)
 * @param error what was thrown (an InputError gives the place)
 * @example crashFile('content/ru/a.md', error, createTranslate('en')).messages[0]?.fatal // true
 */
export function crashFile(path: string, error: unknown, t: Translate): VFile {
  // An input error names the file it is about (the English of the pair, a glossary file): report it there.
  if (error instanceof InputError && error.place?.file) path = error.place.file;
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
