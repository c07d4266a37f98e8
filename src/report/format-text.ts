import { createTranslate } from '../check/translate.js';
import { findingLanguage } from './finding-language.js';
import { findingLine } from './finding-line.js';
import { displayPath, messageFields } from './message-fields.js';
import type { Formatter } from './report-types.js';

/**
 * The text report: one line per message in the layout of every command's findings
 * (`findingLine`: `file:line:column: severity rule-id (lang): message`, the target language
 * when the run names it), then the source unit as related location; a summary at the end.
 *
 * @example formatText([file], { lang: 'en', cwd, targetLanguages }) // 'content/ru/a.md:14:126: error markup-mismatch (ru): Unexpected …'
 */
export const formatText: Formatter = (files, options) => {
  const t = createTranslate(options.lang);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const path = displayPath(file.path, options.cwd);
    for (const message of file.messages) {
      const m = messageFields(message, options.cwd);
      if (m.severity === 'error') errors++;
      else warnings++;
      // The message states what was expected and found itself (every rule's convention).
      lines.push(
        findingLine({
          path,
          line: m.line,
          column: m.column,
          severity: t(m.severity === 'error' ? 'severity.error' : 'severity.warning'),
          ruleId: m.ruleId,
          lang: findingLanguage(file, m, options),
          message: m.message,
        }),
      );
      if (m.related)
        lines.push(`  ${t('label.english')}: ${m.related.file}:${m.related.line}:${m.related.column}: ${m.related.message.replace(/^[^:]*:\s*/, '')}`);
    }
  }
  const count = errors + warnings;
  lines.push(count === 0 ? t('label.clean') : t('label.summary', { count, errors, warnings }));
  return `${lines.join('\n')}\n`;
};
