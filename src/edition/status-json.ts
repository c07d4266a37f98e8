import type { LanguageStatus, ProjectStatus } from './status-types.js';

/** The file name of the status data in the output folder. */
export const STATUS_JSON = 'status.json';

/** The format tag of `status.json` (bumped when a field changes meaning). */
export const STATUS_FORMAT = 'diglot-status/1';

/**
 * The status as `status.json`: the same data as the status page, for scripts and dashboards.
 * No build time is written, so an unchanged project gives the same bytes (and the file is
 * not rewritten).
 *
 * @example JSON.parse(statusJson(status)).totals[0].stale // 1
 */
export function statusJson(status: ProjectStatus): string {
  const documents = status.documents.map((d) => ({ ...d, languages: d.languages.map(ordered) }));
  return `${JSON.stringify({ format: STATUS_FORMAT, ...status, documents }, null, 2)}\n`;
}

/** The fields of a language entry in reading order (whatever order they were set in). */
function ordered(entry: LanguageStatus): Record<keyof LanguageStatus, unknown> {
  const { lang, file, state, locked, units, staleUnits, untranslatedUnits, since, errors, page, parallel, problem, stalePaths } = entry;
  return { lang, file, state, locked, units, staleUnits, untranslatedUnits, since, errors, page, parallel, problem, stalePaths };
}
