/**
 * Bump when the HTML a row or page renders to changes for the same input (invalidates the
 * row, page and document caches).
 *
 * @example hashOf(RENDERER_VERSION, spec)
 */
export const RENDERER_VERSION = 'diglot-renderer/5';
