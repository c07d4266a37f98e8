import { alignDocuments } from '../align/align-documents.js';
import type { AlignOptions, Alignment } from '../align/types.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import { acceptsHash, type GlossaryHashes } from './entry-hashes.js';
import { hashText } from './hash-text.js';
import { lockedPairs } from './locked-pairs.js';
import type { Lock, LockPair, PairState } from './types.js';
import { isTranslatorNote, sourceFootnoteKeys } from '../segment/translator-notes.js';

/** Options of {@link lockStatus}. */
export interface LockStatusOptions {
  /** The target language, the key of its pairs in the lock (default: the target document's `lang`). */
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
 * with no English; a translator's note is left out), else `current`. Unless an alignment is given, the lock's one-to-one pairs
 * are the aligner's `lockedPairs`: a recorded translation still in the file stays paired.
 *
 * @param lock the lock
 * @param source the English document, segmented with `previous: previousUnits(lock)`
 * @param target the translation (its `lang` chooses the lock's pairs unless `options.lang` is given)
 * @param glossaryHashes entry id → its accepted hashes for this target language
 *   (`glossaryHashesFor(entries, lang)`, `lockGlossary.hashes(lang)`): a recorded hash equal to
 *   the per-language hash or to the legacy whole-entry hash is current
 * @example lockStatus(lock, en, de, hashes).filter((s) => s.status !== 'current')
 */
export function lockStatus(
  lock: Lock,
  source: SegmentedDocument,
  target: SegmentedDocument,
  glossaryHashes: GlossaryHashes,
  options: LockStatusOptions = {},
): PairState[] {
  const targetLang = options.lang ?? target.lang;
  const alignment = options.alignment ?? alignDocuments(source, target, { lockedPairs: lockedPairs(lock, targetLang), ...options.align });
  const pairs = new Map<string, LockPair>();
  for (const pair of lock.targets[targetLang]?.pairs ?? []) for (const id of pair.source) pairs.set(id, pair);
  const sourceKeys = sourceFootnoteKeys(source);
  return alignment.blocks.flatMap((bead): PairState[] => {
    const sourceUnits = bead.source.map((i) => source.units[i] as Unit);
    const targetUnits = bead.target.map((j) => target.units[j] as Unit);
    // A translator's note has no source by design: it is kept in the file, never a lock pair.
    if (sourceUnits.length === 0 && targetUnits.length > 0 && targetUnits.every((u) => isTranslatorNote(u, sourceKeys))) return [];
    const state = (status: PairState['status'], entries?: string[]): PairState[] => [
      {
        source: sourceUnits.map((u) => u.id),
        target: targetUnits.map((u) => u.id),
        status,
        ...(entries ? { entries } : {}),
      },
    ];
    if (sourceUnits.length === 0) return state('unaligned');
    if (targetUnits.length === 0) return state('untranslated');
    const locked = [...new Set(sourceUnits.map((u) => pairs.get(u.id)).filter((p): p is LockPair => p !== undefined))];
    if (locked.length === 0) return state('new');
    const pair = locked[0] as LockPair;
    const ids = sourceUnits.map((u) => u.id);
    if (locked.length > 1 || pair.source.length !== ids.length || pair.source.some((id, k) => id !== ids[k])) return state('stale');
    if (hashText(sourceUnits.map((u) => u.text).join('\n')) !== pair.sourceHash) return state('stale');
    if (hashText(targetUnits.map((u) => u.text).join('\n')) !== pair.targetHash) return state('edited');
    const changed = Object.entries(pair.glossary)
      .filter(([id, hash]) => !acceptsHash(glossaryHashes[id], hash))
      .map(([id]) => id);
    return changed.length ? state('glossary-changed', changed) : state('current');
  });
}
