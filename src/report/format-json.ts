import { displayPath, messageFields } from './message-fields.js';
import type { Formatter } from './report-types.js';

/**
 * The JSON report: `{ files: [{ file, messages: [...] }], errors, warnings }`, one object per
 * message with place, severity, rule id, message, expected, actual, url and the related English location.
 *
 * @example JSON.parse(formatJson([file], { lang: 'en', cwd })).errors // 2
 */
export const formatJson: Formatter = (files, options) => {
  let errors = 0;
  let warnings = 0;
  const out = files.map((file) => ({
    file: displayPath(file.path, options.cwd),
    messages: file.messages.map((message) => {
      const m = messageFields(message, options.cwd);
      if (m.severity === 'error') errors++;
      else warnings++;
      return m;
    }),
  }));
  return `${JSON.stringify({ files: out, errors, warnings }, null, 2)}\n`;
};
