import { pairAligner, pairSegmented, type PairingOptions } from '../pair/open-pair.js';
import type { SegmentedDocument } from '../segment/types.js';

/** Aligned unit indices: for every source unit index its target unit indices, and back. */
export interface UnitLinks {
  blocks: Array<{ source: number[]; target: number[] }>;
  targetOf: Map<number, number[]>;
  sourceOf: Map<number, number[]>;
}

/**
 * Align two documents' units (`pairSegmented` of src/pair); when the aligner refuses (the
 * documents look unrelated, e.g. one is empty or heavily rewritten), the units are paired by
 * structure, so a review or an update always has an answer.
 *
 * @param options the aligner (default `pairAligner()`: `alignDocuments` without a glossary; e.g.
 *   `diglot check`'s, with glossary anchors), the pair's remembered alignments and its lock's pairs
 * @example alignUnits(sourceDoc, targetDoc).targetOf.get(3) // [3]
 */
export function alignUnits(source: SegmentedDocument, target: SegmentedDocument, options: Omit<PairingOptions, 'unaligned'> = {}): UnitLinks {
  const { alignment } = pairSegmented(source, target, { ...options, align: options.align ?? pairAligner(), unaligned: 'structure' });
  const blocks = source.units.length === 0 || target.units.length === 0 ? [] : alignment.blocks.map((b) => ({ source: [...b.source], target: [...b.target] }));
  const targetOf = new Map<number, number[]>();
  const sourceOf = new Map<number, number[]>();
  for (const block of blocks) {
    if (block.source.length === 0 || block.target.length === 0) continue;
    for (const i of block.source) targetOf.set(i, block.target);
    for (const j of block.target) sourceOf.set(j, block.source);
  }
  return { blocks, targetOf, sourceOf };
}
