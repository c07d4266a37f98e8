import type { PreviousUnit } from '../segment/assign-ids.js';
import type { UnitKind } from '../segment/types.js';
import type { Lock } from './types.js';

/**
 * The English units a lock remembers, for `segmentMarkdown(source, { previous })`, so unit IDs
 * survive edits of the English.
 *
 * @example segmentMarkdown(source, { file, lang: 'en', previous: previousUnits(lock) })
 */
export function previousUnits(lock: Lock): PreviousUnit[] {
  return lock.units.map((u) => ({ id: u.id, kind: u.kind as UnitKind, text: u.text }));
}
