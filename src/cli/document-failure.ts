import { formatPlace, InputError } from '../errors.js';
import { summarizeError } from './describe-error.js';

/**
 * The line that reports one document a command could not process (unreadable, refused, or a
 * pair that cannot be aligned): an error-level finding on that document, with its place in
 * the run, so the others are still processed and the run exits 1. An input error keeps its
 * own place (`content/ru/x.md:3:1`), else the document's file is named.
 *
 * @param error what stopped this document
 * @param file the document's path as shown
 * @param index its 0-based position among the documents of the run
 * @param total how many documents the run has
 * @example documentFailure(new Error('boom'), 'content/en/sub/x.md', 73, 103)
 * // 'content/en/sub/x.md: error Cannot process document 74 of 103: boom; the others were processed  document-failed\n'
 */
export function documentFailure(error: unknown, file: string, index: number, total: number): string {
  let place = `${file}: `;
  let message = summarizeError(error);
  if (error instanceof InputError && error.place) {
    place = formatPlace(error.place);
    if (message.startsWith(place)) message = message.slice(place.length);
  }
  return `${place}error Cannot process document ${index + 1} of ${total}: ${message}; the others were processed  document-failed\n`;
}
