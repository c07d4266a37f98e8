/**
 * The project's cache folder, relative to its root: rendered pages, check results, memos and
 * blobs. Everything in it can be deleted; nothing in it is ever read as content.
 *
 * @example join(config.root, CACHE_DIR, 'check') // '/project/.diglot-cache/check'
 */
export const CACHE_DIR = '.diglot-cache';
