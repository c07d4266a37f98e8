import { upFrom } from './find-articles.js';
import { staleNotice, type StaleNotice } from './stale-banner.js';
import type { ProjectStatus } from './status-types.js';

/** What the pages of one article show of its status: plain data (part of the article's cache key). */
export interface ArticleNotices {
  /** Target language → the banner of its page (only for stale or partial translations). */
  banners: Record<string, StaleNotice>;
  /** Target language → paths of the stale English units (the rows its parallel edition marks). */
  stalePaths: Record<string, string[]>;
}

/**
 * The banners and stale rows of an article's pages, or undefined when none of its translations
 * is stale or partial (its pages are then exactly as without a status).
 *
 * @param status from `collectStatus`
 * @param slug the article
 * @example articleNotices(status, 'a')?.banners.ru?.since?.date // '2026-03-12'
 */
export function articleNotices(status: ProjectStatus, slug: string): ArticleNotices | undefined {
  const doc = status.documents.find((d) => d.slug === slug);
  if (!doc) return undefined;
  const banners: Record<string, StaleNotice> = {};
  const stalePaths: Record<string, string[]> = {};
  // From `<lang>/<slug>.html` to `<source>/<slug>.html`.
  const originalHref = `${upFrom(slug)}../${status.sourceLanguage}/${slug}.html`;
  for (const entry of doc.languages) {
    const notice = staleNotice(entry, status.sourceLanguage, originalHref);
    if (notice) banners[entry.lang] = notice;
    if (entry.stalePaths.length > 0) stalePaths[entry.lang] = [...entry.stalePaths];
  }
  return Object.keys(banners).length > 0 || Object.keys(stalePaths).length > 0 ? { banners, stalePaths } : undefined;
}
