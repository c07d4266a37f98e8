import type { Memo } from '../cache/memo-file.js';
import type { SentenceSpan } from './split-sentences.js';
import type { Point, Unit } from './types.js';

/** A unit as segmentation finds it, before IDs: positions, text, codes. */
export type Draft = Omit<Unit, 'id' | 'sentences'>;

/** A draft with its sentence spans (once split, never split again). */
export interface SplitDraft extends Draft {
  spans: SentenceSpan[];
}

/**
 * The segmentation of one chunk of a document, as remembered between runs: drafts whose
 * positions count from the chunk's first character and line, whose paths count top-level
 * blocks from the chunk's first, and how many top-level blocks the chunk holds.
 */
export interface ChunkSegments {
  blocks: number;
  drafts: SplitDraft[];
}

/** Where a chunk sits in its document. */
export interface ChunkPlace {
  /** Offset of its first character. */
  offset: number;
  /** Lines before it. */
  lines: number;
  /** Top-level blocks before it. */
  blocks: number;
}

/**
 * Move drafts found in a chunk parsed on its own to their place in the document (or, with a
 * negative place, back): offsets, lines and the top-level index of `root/…` paths. Columns do
 * not change: chunks start at the beginning of a line.
 *
 * @example shiftDrafts(segments.drafts, { offset: 4096, lines: 120, blocks: 31 })
 */
export function shiftDrafts(drafts: readonly SplitDraft[], place: ChunkPlace): SplitDraft[] {
  const point = (p: Point): Point => ({ line: p.line + place.lines, column: p.column, offset: p.offset + place.offset });
  return drafts.map((draft) => ({
    ...draft,
    path: shiftPath(draft.path, place.blocks),
    start: point(draft.start),
    end: point(draft.end),
  }));
}

function shiftPath(path: string, blocks: number): string {
  if (blocks === 0) return path;
  return path.replace(/^(root\/[^[/]+\[)(\d+)\]/, (_, head: string, index: string) => `${head}${Number(index) + blocks}]`);
}

/** Where remembered chunk segmentations are looked up and stored (a MemoFile fits). */
export type SegmentMemo = Memo<ChunkSegments>;
