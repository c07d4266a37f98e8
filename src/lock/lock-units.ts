import type { SegmentedDocument } from '../segment/types.js';
import { hashText } from './hash-text.js';
import type { LockUnit } from './types.js';

/**
 * The `units` of a lock: the current English, except that units in `keepPrevious` keep the
 * previous lock's unit (the English their translation was made from); such units that are gone
 * from the English (merged away) stay too, after the unit that preceded them.
 *
 * @param source the current English
 * @param old the previous lock's units by ID
 * @param keepPrevious the IDs of stale units
 * @example lockUnits(en, new Map(lock.units.map((u) => [u.id, u])), new Set(['u-5d1f0c2a']))
 */
export function lockUnits(source: SegmentedDocument, old: ReadonlyMap<string, LockUnit>, keepPrevious: ReadonlySet<string>): LockUnit[] {
  const present = new Set(source.units.map((u) => u.id));
  const out: LockUnit[] = [];
  const vanished = [...keepPrevious].filter((id) => !present.has(id) && old.has(id));
  const oldOrder = [...old.keys()];
  const after = new Map<string, LockUnit[]>();
  for (const id of vanished) {
    const k = oldOrder.indexOf(id);
    const anchor =
      oldOrder
        .slice(0, k)
        .reverse()
        .find((x) => present.has(x)) ?? '';
    after.set(anchor, [...(after.get(anchor) ?? []), old.get(id) as LockUnit]);
  }
  out.push(...(after.get('') ?? []));
  for (const u of source.units) {
    const previous = old.get(u.id);
    out.push(previous && keepPrevious.has(u.id) ? previous : { id: u.id, kind: u.kind, hash: hashText(u.text), text: u.text });
    out.push(...(after.get(u.id) ?? []));
  }
  return out;
}
