import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { InputError } from '../errors.js';
import { ruleUrl } from './create-rule.js';
import type { Translate } from './translate.js';

/**
 * The report of a file that could not be checked: one fatal message. A file diglot refuses or
 * cannot read as a document of its pair (an InputError: a link outside the project, a device,
 * over a limit, binary, not UTF-8, invalid front matter, not a translation of its original) is
 * `unreadable-file`, on the file the error names; anything else is a crash, `internal-error`.
 *
 * @param path the file as reported (an InputError that names its file is reported on that file)
 * @param error what was thrown (an InputError gives the place)
 * @example crashFile('content/ru/a.md', new InputError('Expected a text file, found a NUL byte', { file: 'content/ru/a.md' }), createTranslate('en')).messages[0]?.ruleId // 'unreadable-file'
 */
export function crashFile(path: string, error: unknown, t: Translate): VFile {
  // An input error names the file it is about (the English of the pair, a glossary file): report it there.
  if (error instanceof InputError && error.place?.file) path = error.place.file;
  const file = new VFile({ path });
  const reason = error instanceof InputError ? error.toString() : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const place =
    error instanceof InputError && error.place?.line !== undefined ? { line: error.place.line, column: error.place.column ?? 1 } : { line: 1, column: 1 };
  const ruleId = error instanceof InputError ? 'unreadable-file' : 'internal-error';
  const message = new VFileMessage(t(`message.${ruleId}`, { error: reason }), {
    ruleId,
    source: 'diglot',
    place,
    cause: error instanceof Error ? error : undefined,
  });
  message.file = path;
  message.url = ruleUrl(ruleId);
  message.fatal = true;
  file.messages.push(message);
  return file;
}
