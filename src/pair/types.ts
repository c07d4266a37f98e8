/**
 * The shapes of an opened document pair: one document as read (`DocumentInput`), one side
 * opened (read, parsed, segmented: `OpenedDocument`), the unit pairs of a pair (`UnitPair`) and
 * the pair itself (`OpenedPair`), named by source and target with their language tags.
 */
import type { AlignmentResult } from '../align/types.js';
import type { InputError } from '../errors.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import type { LineIndex } from '../util/line-index.js';

/** A document as read: its path (as reported), its text and its language tag. */
export interface DocumentInput {
  file: string;
  markdown: string;
  lang: string;
}

/** One side of a pair, opened: the document as read, its units and a line index. */
export interface OpenedDocument extends DocumentInput {
  doc: SegmentedDocument;
  lines: LineIndex;
}

/** Aligned units: source units and target units (either may be empty: a missing or extra translation). */
export interface UnitPair {
  source: Unit[];
  target: Unit[];
}

/** How the units of a pair were paired. */
export type PairedBy = 'aligner' | 'structure';

/** A document pair, opened: both sides, the target's language, the alignment and the unit pairs. */
export interface OpenedPair {
  source: OpenedDocument;
  target: OpenedDocument;
  /** The target's language tag. */
  lang: string;
  /** Block and sentence beads (indices into each side's units and sentences) with the aligner's warnings. */
  alignment: AlignmentResult;
  /** The unit pairs, in document order. */
  pairs: UnitPair[];
  /** `aligner`, or `structure`: by unit shapes (asked for, or because the aligner refused: see `unaligned`). */
  pairedBy: PairedBy;
  /** Why the aligner refused the pair, when the units were paired by structure instead. */
  unaligned?: InputError;
}
