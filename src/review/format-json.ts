import type { DocumentDiff } from './types.js';

/**
 * The JSON report of `diglot diff`: `{ "version": 2, "documents": [DocumentDiff, …] }`, every
 * English unit included (unchanged ones too), see docs/review.md.
 *
 * @example JSON.parse(formatJson(diffs)).documents[0].summary.source.edited
 */
export function formatJson(diffs: readonly DocumentDiff[]): string {
  return `${JSON.stringify({ version: 2, documents: diffs }, null, 2)}\n`;
}
