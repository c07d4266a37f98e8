import type { SegmentedDocument } from '../segment/types.js';
import { hashText } from './hash-text.js';
import type { LockPair } from './types.js';

/**
 * The English unit IDs of the pairs whose English changed or is gone since their translation
 * was made. When pairs are kept verbatim (their translation file is missing, or their language
 * is no longer configured), the lock must keep these units' previous text too, or it would
 * forget what the translation was made from.
 *
 * @param pairs the kept pairs
 * @param source the current English
 * @example stalePairUnits(lock.targets.ru.pairs, en) // ['u-5d1f0c2a']
 */
export function stalePairUnits(pairs: readonly LockPair[], source: SegmentedDocument): string[] {
  const text = new Map(source.units.map((u) => [u.id, u.text]));
  const out: string[] = [];
  for (const pair of pairs) {
    const now = pair.source.map((id) => text.get(id));
    if (now.some((t) => t === undefined) || hashText(now.join('\n')) !== pair.sourceHash) out.push(...pair.source);
  }
  return out;
}
