import type { VFile } from 'vfile';
import { formatGithub } from './format-github.js';
import { formatGitlab } from './format-gitlab.js';
import { formatJson } from './format-json.js';
import { formatSarif } from './format-sarif.js';
import { formatText } from './format-text.js';
import type { Formatter, ReportFormat, ReportOptions } from './report-types.js';

const FORMATTERS: Readonly<Record<ReportFormat, Formatter>> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  gitlab: formatGitlab,
};

/**
 * The one reporter of `diglot check`: every file's messages in the chosen format.
 *
 * @param files checked files (vfiles with messages)
 * @param format `text`, `json`, `sarif`, `github` (workflow commands) or `gitlab` (Code Quality)
 * @param options report language and the folder paths are relative to
 * @returns the report, printed once
 * @example formatReport(files, 'sarif', { lang: 'en', cwd: process.cwd() })
 */
export function formatReport(files: readonly VFile[], format: ReportFormat, options: ReportOptions): string {
  return FORMATTERS[format](files, options);
}
