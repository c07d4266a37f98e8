import { stripCodes } from '../segment/coded-text.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import type { UnitLinks } from '../review/align-units.js';
import type { ObsoleteFile } from './obsolete-file.js';
import type { MemoryEntry } from './translation-memory.js';
import type { Lock } from '../lock/types.js';

/**
 * Translation-memory entries from an aligned document pair: one per aligned block (units joined).
 *
 * @example memoryFromAlignment(en, ru, alignUnits(en, ru))
 */
export function memoryFromAlignment(source: SegmentedDocument, target: SegmentedDocument, links: UnitLinks): MemoryEntry[] {
  return links.blocks
    .filter((b) => b.source.length > 0 && b.target.length > 0)
    .map((b) => ({
      source: plain(b.source.map((i) => source.units[i] as Unit)),
      target: plain(b.target.map((j) => target.units[j] as Unit)),
      origin: `${source.file}#${b.source.map((i) => (source.units[i] as Unit).id).join('+')}`,
    }));
}

/**
 * Translation-memory entries from the obsolete translations a document kept.
 *
 * @example memoryFromObsolete(readObsoleteFile('content/a.obsolete.json'), 'content/a.obsolete.json')
 */
export function memoryFromObsolete(file: ObsoleteFile, name: string): MemoryEntry[] {
  return file.entries
    .filter((e) => e.target.length > 0)
    .map((e) => ({
      source: stripCodes(e.source.map((u) => u.text).join(' ')),
      target: stripCodes(e.target.map((u) => u.text).join(' ')),
      origin: `${name}#${e.source.map((u) => u.id).join('+')}`,
    }));
}

function plain(units: readonly Unit[]): string {
  return stripCodes(units.map((u) => u.text).join(' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Translation-memory entries from a lock's history: each pair's English as the lock remembers
 * it (for stale pairs, the English the translation was made from) with the translation found in
 * the target document by ID.
 *
 * @example memoryFromLock(lock, ru, 'content/a.lock.json')
 */
export function memoryFromLock(lock: Lock, target: SegmentedDocument, name: string): MemoryEntry[] {
  const units = new Map(lock.units.map((u) => [u.id, u]));
  const targetById = new Map(target.units.map((u) => [u.id, u]));
  return (lock.targets[target.lang]?.pairs ?? []).flatMap((p) => {
    const source = p.source.map((id) => units.get(id)?.text);
    const tr = p.target.map((id) => targetById.get(id)?.text);
    if (source.some((t) => t === undefined) || tr.length === 0 || tr.some((t) => t === undefined)) return [];
    return [
      {
        source: stripCodes(source.join(' ')).replace(/\s+/g, ' ').trim(),
        target: stripCodes(tr.join(' ')).replace(/\s+/g, ' ').trim(),
        origin: `${name}#${p.source.join('+')}`,
      },
    ];
  });
}
