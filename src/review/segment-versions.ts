import type { PreviousUnit } from '../segment/assign-ids.js';
import type { TreeMemo } from '../markdown/parse-remembered.js';
import type { SegmentMemo } from '../segment/chunk-memo.js';
import { segmentMarkdown } from '../segment/segment-markdown.js';
import type { SegmentedDocument } from '../segment/types.js';

/**
 * Segment two versions of a document so their unit IDs correspond: the old version with the
 * lock's units (if any), the new one with the old version's units as `previous`, so an edited
 * unit keeps its ID (and is marked `edited`). A missing version is an empty document.
 *
 * @param before the old Markdown (undefined: the file did not exist)
 * @param after the new Markdown (undefined: the file was deleted)
 * @param options file name, language, the lock's units, and the remembered chunk segmentations
 *   and trees of the document (see DocumentMemos): chunks unchanged since any earlier run are
 *   not parsed or split again
 * @example const { before, after } = segmentVersions(oldMd, newMd, { file: 'content/en/a.md', lang: 'en' })
 */
export function segmentVersions(
  before: string | undefined,
  after: string | undefined,
  options: { file: string; lang: string; previous?: readonly PreviousUnit[]; memo?: SegmentMemo | undefined; trees?: TreeMemo | undefined },
): { before: SegmentedDocument; after: SegmentedDocument } {
  const base = { file: options.file, lang: options.lang, ...(options.memo ? { memo: options.memo } : {}), ...(options.trees ? { trees: options.trees } : {}) };
  const old = before === undefined ? { ...base, units: [] } : segmentMarkdown(before, options.previous ? { ...base, previous: options.previous } : base);
  const previous = old.units.map((u) => ({ id: u.id, kind: u.kind, text: u.text }));
  const next = after === undefined ? { ...base, units: [] } : segmentMarkdown(after, { ...base, previous });
  return { before: old, after: next };
}
