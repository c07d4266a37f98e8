import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import type { CheckFilesOptions } from './check-files.js';
import { ruleUrl } from './create-rule.js';
import type { FilePair } from './resolve-file-set.js';
import { createTranslate } from './translate.js';

/**
 * The report of a pair whose target file does not exist: a `missing-translation` message on
 * the source file.
 *
 * @returns the vfile, or undefined when the rule is `off`
 * @example missingTranslationFile(pair, { severities })?.messages[0]?.ruleId // 'missing-translation'
 */
export function missingTranslationFile(pair: FilePair, options: Pick<CheckFilesOptions, 'severities' | 'name' | 'lang'>): VFile | undefined {
  if (options.severities['missing-translation'] === 'off') return undefined;
  const name = options.name ?? ((p: string) => p);
  const t = createTranslate(options.lang ?? 'en');
  const file = new VFile({ path: name(pair.source) });
  const message = new VFileMessage(t('message.missing-file', { expected: name(pair.target) }), {
    ruleId: 'missing-translation',
    source: 'diglot',
    place: { line: 1, column: 1 },
  });
  message.file = file.path;
  message.url = ruleUrl('missing-translation');
  message.expected = [name(pair.target)];
  message.fatal = options.severities['missing-translation'] === 'error';
  file.messages.push(message);
  return file;
}
