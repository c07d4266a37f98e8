import type { DiglotConfig } from '../config/load-config.js';
import { createMessages } from '../i18n/create-messages.js';
import type { I18nProblem } from '../i18n/i18n-error-code.js';
import { STYLESHEET_NAME } from './assets.js';
import { collectStatus } from './status-collect.js';
import type { TermFinder } from './load-term-finder.js';
import { STATUS_JSON, statusJson } from './status-json.js';
import { articleNotices, type ArticleNotices } from './status-notices.js';
import { renderStatusPage, STATUS_PAGE } from './status-page.js';
import type { ProjectStatus } from './status-types.js';

/** The status of a build: its output files and what each article's pages show of it. */
export interface BuildStatus {
  status: ProjectStatus;
  /** `status.html` and `status.json`, relative to the output folder. */
  files: Array<{ file: string; data: string }>;
  /** The banners and stale rows of an article (undefined: none). */
  notices: (slug: string) => ArticleNotices | undefined;
  /** Interface-string problems of the status page. */
  problems: I18nProblem[];
}

/**
 * Collect the status of every document (`collectStatus`) and render `status.html` (in the
 * source language) and `status.json`; the notices go into the articles' pages.
 *
 * @param config the project configuration
 * @param slugs every article of the project
 * @param useCache false: neither read nor write `.diglot-cache/`
 * @param terms the glossary's term finder, shared with the pages (alignments agree and share memos)
 * @example (await buildStatus(config, findArticles(config), true)).files.map((f) => f.file) // ['status.html', 'status.json']
 */
export async function buildStatus(
  config: DiglotConfig,
  slugs: readonly string[],
  useCache: boolean,
  terms?: () => Promise<TermFinder | undefined>,
): Promise<BuildStatus> {
  const status = await collectStatus(config, slugs, { useCache, ...(terms ? { terms } : {}) });
  const messages = createMessages(config.sourceLanguage);
  const files = [
    { file: STATUS_PAGE, data: renderStatusPage(status, messages, STYLESHEET_NAME) },
    { file: STATUS_JSON, data: statusJson(status) },
  ];
  return { status, files, notices: (slug) => articleNotices(status, slug), problems: messages.problems };
}
