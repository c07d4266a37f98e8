/**
 * Compare the anchors of the English and Russian sides of a candidate bead.
 */
import { compileAnchors, type AnchorEvidence } from './anchor-table.js';
import type { AnchorSet } from './extract-anchors.js';

export type { AnchorEvidence } from './anchor-table.js';

/**
 * Match the anchors of the English texts against those of the Russian texts of a bead: exact
 * keys (numbers, codes, terms) by count, Latin words of the Russian against the English words,
 * names by consonant skeleton, cognates. For many beads over the same items, compile the items
 * once with `compileAnchors` instead.
 *
 * @param source anchor sets of the English side
 * @param target anchor sets of the Russian side
 * @returns matched and unmatched (weighted) counts and the resulting cost
 * @example matchAnchors([anchorsOf('In 1933.', 'en')], [anchorsOf('В 1933 г.', 'ru')]).matched // 1
 */
export function matchAnchors(source: readonly AnchorSet[], target: readonly AnchorSet[]): AnchorEvidence {
  return compileAnchors(source, target).evidence(0, 0, source.length, target.length);
}
