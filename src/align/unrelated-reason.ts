/**
 * Decide whether a block alignment is evidence that the two files are unrelated (the Russian
 * file belongs to another document), rather than a translation with gaps.
 */
import type { AlignItem } from './bead-cost.js';
import { matchAnchors } from './match-anchors.js';
import type { Bead } from './types.js';

/** Below this share of units in pairs, the files are unrelated. */
const MIN_PAIRED = 0.35;
/** Below this share of matched anchors (when there are enough anchors to judge), unrelated. */
const MIN_ANCHOR_AGREEMENT = 0.12;

/**
 * Why the alignment looks like two different documents, or undefined when it looks like a translation.
 *
 * @param blocks the block beads
 * @param source English unit items (for anchors)
 * @param target Russian unit items
 * @returns a short reason, e.g. `only 12% of units pair up`
 * @example unrelatedReason(blocks, enItems, ruItems, 40, 38) // undefined
 */
export function unrelatedReason(blocks: readonly Bead[], source: readonly AlignItem[], target: readonly AlignItem[], n: number, m: number): string | undefined {
  if (n === 0 || m === 0) return n === m ? undefined : `${n === 0 ? 'the English' : 'the Russian'} file has no translatable units`;
  let paired = 0;
  let matched = 0;
  let unmatched = 0;
  for (const bead of blocks) {
    if (bead.source.length === 0 || bead.target.length === 0) continue;
    paired += bead.source.length + bead.target.length;
    const evidence = matchAnchors(
      bead.source.map((i) => (source[i] as AlignItem).anchors),
      bead.target.map((j) => (target[j] as AlignItem).anchors),
    );
    matched += evidence.matched;
    unmatched += evidence.unmatched;
  }
  const share = paired / (n + m);
  if (share < MIN_PAIRED) return `only ${Math.round(share * 100)}% of units pair up`;
  if (matched + unmatched >= 6 && matched / (matched + unmatched) < MIN_ANCHOR_AGREEMENT) {
    return `only ${Math.round((matched / (matched + unmatched)) * 100)}% of numbers, links, codes and names agree`;
  }
  return undefined;
}
