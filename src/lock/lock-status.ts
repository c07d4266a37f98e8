import { alignDocuments } from '../align/align-documents.js';
import type { AlignOptions, Alignment } from '../align/types.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import { hashText } from './hash-text.js';
import { lockedPairs } from './locked-pairs.js';
import type { Lock, LockPair, PairState } from './types.js';

/** Options of {@link lockStatus}. */
export interface LockStatusOptions {
  /** The target language (default `ru`). */
  lang?: string;
  /** A ready alignment of `en` and `target`; computed when absent. */
  alignment?: Alignment;
  align?: AlignOptions;
}

/**
 * The state of every aligned pair against the lock:
 * `stale` (the English changed since the translation was made), `edited` (the translation
 * changed since the lock was written), `glossary-changed` (an entry the pair uses changed),
 * `new` (no lock entry), `untranslated` (English with no counterpart), `unaligned` (target
 * with no English), else `current`. Unless an alignment is given, the lock's one-to-one pairs
 * are the aligner's `lockedPairs`: a recorded translation still in the file stays paired.
 *
 * @param lock the lock
 * @param en the English document, segmented with `previous: previousUnits(lock)`
 * @param target the translation
 * @param glossaryHashes entry id → current hash (see glossaryEntryHash)
 * @example lockStatus(lock, en, ru, hashes).filter((s) => s.status !== 'current')
 */
export function lockStatus(lock: Lock, en: SegmentedDocument, target: SegmentedDocument, glossaryHashes: Readonly<Record<string, string>>, options: LockStatusOptions = {}): PairState[] {
  const alignment = options.alignment ?? alignDocuments(en, target, { lockedPairs: lockedPairs(lock, options.lang ?? 'ru'), ...options.align });
  const pairs = new Map<string, LockPair>();
  for (const pair of lock.targets[options.lang ?? 'ru']?.pairs ?? []) for (const id of pair.en) pairs.set(id, pair);
  return alignment.blocks.map((bead): PairState => {
    const enUnits = bead.en.map((i) => en.units[i] as Unit);
    const ruUnits = bead.ru.map((j) => target.units[j] as Unit);
    const state = (status: PairState['status'], entries?: string[]): PairState => ({
      en: enUnits.map((u) => u.id),
      ru: ruUnits.map((u) => u.id),
      status,
      ...(entries ? { entries } : {}),
    });
    if (enUnits.length === 0) return state('unaligned');
    if (ruUnits.length === 0) return state('untranslated');
    const locked = [...new Set(enUnits.map((u) => pairs.get(u.id)).filter((p): p is LockPair => p !== undefined))];
    if (locked.length === 0) return state('new');
    const pair = locked[0] as LockPair;
    const ids = enUnits.map((u) => u.id);
    if (locked.length > 1 || pair.en.length !== ids.length || pair.en.some((id, k) => id !== ids[k])) return state('stale');
    if (hashText(enUnits.map((u) => u.text).join('\n')) !== pair.enHash) return state('stale');
    if (hashText(ruUnits.map((u) => u.text).join('\n')) !== pair.targetHash) return state('edited');
    const changed = Object.entries(pair.glossary).filter(([id, hash]) => glossaryHashes[id] !== hash).map(([id]) => id);
    return changed.length ? state('glossary-changed', changed) : state('current');
  });
}
