/**
 * Pages `build` had to sanitise after assembly (content that came from the cache or another
 * source and was not diglot's own: see sanitize-page.ts), noted where the page is written and
 * reported once by the build as `page-sanitized` findings at info level: the page written is
 * safe, so the exit code is unaffected, but the run says what it removed (docs/security.md).
 */
const pending: string[] = [];

/**
 * Note a sanitised page.
 *
 * @example notePageSanitized('dist/en/a.html: removed unsafe content that came from the cache (a <script> element)')
 */
export function notePageSanitized(message: string): void {
  if (!pending.includes(message)) pending.push(message);
}

/**
 * The pages noted since the last call, in order; the list is emptied.
 *
 * @example takeSanitizedPages().length // 0 after a clean build
 */
export function takeSanitizedPages(): string[] {
  return pending.splice(0, pending.length);
}
