import type { CommandFinding } from '../report/command-finding.js';
import { findingOfError } from './error-finding.js';

/**
 * The finding that reports one document a command could not process (unreadable, refused, or
 * a pair that cannot be aligned): a `document-failed` error on that document, with its place
 * in the run, so the others are still processed and the run exits 1. An input error keeps its
 * own place (`content/ru/x.md:3:1`), expected and actual; else the document's file is named.
 *
 * @param error what stopped this document
 * @param file the document's path as shown
 * @param index its 0-based position among the documents of the run
 * @param total how many documents the run has
 * @example formatFinding(documentFailure(new Error('boom'), 'content/en/sub/x.md', 73, 103))
 * // 'content/en/sub/x.md: error document-failed: Cannot process document 74 of 103: boom; the others were processed'
 */
export function documentFailure(error: unknown, file: string, index: number, total: number): CommandFinding {
  return findingOfError(error, 'document-failed', {
    severity: 'error',
    file,
    prefix: `Cannot process document ${index + 1} of ${total}: `,
    suffix: '; the others were processed',
  });
}
