import { lockedPairs } from '../lock/locked-pairs.js';
import { lockStatus } from '../lock/lock-status.js';
import { pairAligner, pairSegmented, type PairAlignmentMemo } from '../pair/open-pair.js';
import type { PairGlossary } from '../pair/pair-glossary.js';
import type { Lock, LockPair } from '../lock/types.js';
import type { SegmentedDocument } from '../segment/types.js';

/** What the lock says about one translation of a document. */
export interface PairCounts {
  /** English units. */
  units: number;
  /** English units in stale pairs (the English changed since the translation was made). */
  staleUnits: number;
  /** English units with no counterpart. */
  untranslatedUnits: number;
  /** The lock pairs of the stale units (their recorded English is what git history is searched for). */
  stalePairs: LockPair[];
  /** Paths of the stale English units (`root/paragraph[3]`). */
  stalePaths: string[];
  /** Whether the lock records pairs of this language (else nothing can be stale). */
  locked: boolean;
}

/**
 * Count the stale and untranslated English units of a translation against the lock
 * (`lockStatus`, aligned with the lock's remembered pairs as check and lock do).
 *
 * @param lock the document's lock, or undefined (then nothing is stale)
 * @param source the source document, segmented with `previous: previousUnits(lock)`
 * @param target the translation
 * @param lang the target language (the key of its pairs in the lock)
 * @param memo alignments remembered between runs (shared with check, lock and build)
 * @param glossary the glossary's anchors, as the pages align with them (`TermFinder.anchors`)
 * @example pairCounts(lock, source, de, 'de').staleUnits // 1
 */
export function pairCounts(
  lock: Lock | undefined,
  source: SegmentedDocument,
  target: SegmentedDocument,
  lang: string,
  memo?: PairAlignmentMemo,
  glossary?: PairGlossary,
): PairCounts {
  // Aligned as every command aligns a pair (src/pair), with the lock's pairs kept together.
  const { alignment } = pairSegmented(source, target, { align: pairAligner(glossary), lockedPairs: lockedPairs(lock, lang), memo });
  const locked = (lock?.targets[lang]?.pairs.length ?? 0) > 0;
  const states = lock && locked ? lockStatus(lock, source, target, {}, { lang, alignment }) : undefined;
  const byId = new Map(source.units.map((u) => [u.id, u]));
  const recorded = new Map<string, LockPair>();
  for (const pair of lock?.targets[lang]?.pairs ?? []) for (const id of pair.source) recorded.set(id, pair);
  let staleUnits = 0;
  let untranslatedUnits = 0;
  const stalePairs = new Set<LockPair>();
  const stalePaths: string[] = [];
  if (states) {
    for (const state of states) {
      if (state.status === 'untranslated') untranslatedUnits += state.source.length;
      if (state.status !== 'stale') continue;
      staleUnits += state.source.length;
      for (const id of state.source) {
        const pair = recorded.get(id);
        if (pair) stalePairs.add(pair);
        const path = byId.get(id)?.path;
        if (path !== undefined) stalePaths.push(path);
      }
    }
  } else {
    // Without recorded pairs the alignment alone says which English has no counterpart.
    for (const bead of alignment.blocks) if (bead.target.length === 0) untranslatedUnits += bead.source.length;
  }
  return { units: source.units.length, staleUnits, untranslatedUnits, stalePairs: [...stalePairs], stalePaths, locked };
}
