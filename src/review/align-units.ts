import { alignDocuments } from '../align/align-documents.js';
import type { AlignOptions } from '../align/types.js';
import { pairUnits, type BlockAlignment } from '../check/pair-units.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';

/** Aligned unit indices: for every English unit index its Russian unit indices, and back. */
export interface UnitLinks {
  blocks: Array<{ en: number[]; ru: number[] }>;
  ruOf: Map<number, number[]>;
  enOf: Map<number, number[]>;
}

/**
 * Align two documents' units with `alignDocuments` (src/align); when the aligner refuses (the
 * documents look unrelated, e.g. one is empty or heavily rewritten), fall back to pairing by
 * structure (`pairUnits` of src/check), so a review or an update always has an answer.
 *
 * @param options the aligner's options
 * @param aligner another aligner with the same contract (e.g. `diglot check`'s, with glossary
 *   anchors and remembered alignments); default `alignDocuments`
 * @example alignUnits(en, ru).ruOf.get(3) // [3]
 */
export function alignUnits(en: SegmentedDocument, ru: SegmentedDocument, options: AlignOptions = {}, aligner: (en: SegmentedDocument, ru: SegmentedDocument, options: AlignOptions) => BlockAlignment = alignDocuments): UnitLinks {
  let blocks: Array<{ en: number[]; ru: number[] }>;
  if (en.units.length === 0 || ru.units.length === 0) blocks = [];
  else {
    try {
      blocks = aligner(en, ru, options).blocks.map((b) => ({ en: [...b.en], ru: [...b.ru] }));
    } catch {
      const enIndex = new Map<Unit, number>(en.units.map((u, i) => [u, i]));
      const ruIndex = new Map<Unit, number>(ru.units.map((u, i) => [u, i]));
      blocks = pairUnits(en, ru).map((p) => ({ en: p.en.map((u) => enIndex.get(u) as number), ru: p.ru.map((u) => ruIndex.get(u) as number) }));
    }
  }
  const ruOf = new Map<number, number[]>();
  const enOf = new Map<number, number[]>();
  for (const block of blocks) {
    if (block.en.length === 0 || block.ru.length === 0) continue;
    for (const i of block.en) ruOf.set(i, block.ru);
    for (const j of block.ru) enOf.set(j, block.en);
  }
  return { blocks, ruOf, enOf };
}
