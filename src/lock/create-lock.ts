import { LOCK_VERSION } from './upgrade-lock.js';
import type { Alignment } from '../align/types.js';
import type { CodeBlock } from '../markdown/find-code-blocks.js';
import { lockCode } from './lock-code.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import { migrateGlossaryHashes } from './entry-hashes.js';
import type { LockGlossary } from './lock-glossary.js';
import { lockUnits } from './lock-units.js';
import { recordedDay, stampRecorded } from './recorded-day.js';
import { refreshPairs, type PairBead } from './refresh-pairs.js';
import { stalePairUnits } from './stale-pair-units.js';
import type { Lock, LockPair } from './types.js';

export type { LockGlossary } from './lock-glossary.js';

/** The input of {@link createLock}. */
export interface CreateLockInput {
  source: SegmentedDocument;
  targets: ReadonlyArray<{ lang: string; doc: SegmentedDocument; alignment: Alignment }>;
  glossary?: LockGlossary;
  /** The lock being refreshed: pairs whose translation did not change keep what they were made from. */
  previous?: Lock;
  /** Accept every pair as reviewed: record the current English and glossary for all. */
  accept?: boolean;
  /** The code blocks of the English and of each target (see lockCode); without them a target keeps its previous record. */
  code?: { source: readonly CodeBlock[]; targets: Readonly<Record<string, readonly CodeBlock[]>> };
  /** The clock that dates the pairs recorded now (`recorded`); default: the system clock. */
  now?: () => Date;
}

/**
 * Build a lock from the English document and its aligned translations. When refreshing a
 * previous lock, a pair whose translation is unchanged keeps the English hash and glossary
 * hashes it was made from — also when English units were merged or split since (the previous
 * pairs it overlaps are kept, see {@link refreshPairs}) — so `stale` and `glossary-changed`
 * persist until the translation is updated or `accept` is given; a new or edited translation
 * records the current ones. Units whose translation is stale keep their previous English in
 * `units` (merged-away units included). A target language of the previous lock that is not
 * among `targets` (its file is missing, or it is no longer configured) keeps its pairs verbatim,
 * and the English of those that are stale: a missing file never rewrites what the lock remembers.
 *
 * Glossary hashes of the previous lock in the legacy whole-entry form that still match are
 * rewritten as per-language hashes (the same entry: not a change, see migrateGlossaryHashes).
 * A pair recorded now (new, or re-recorded with another English, translation or glossary) is
 * dated `recorded: YYYY-MM-DD` by `now`; a pair a refresh leaves as it was keeps its day, so
 * refreshing an unchanged project writes the same bytes.
 *
 * @example createLock({ en, targets: [{ lang: 'ru', doc: ru, alignment: alignDocuments(en, ru) }] })
 */
export function createLock(input: CreateLockInput): Lock {
  const { source: source, previous, accept = false } = input;
  const today = recordedDay((input.now ?? (() => new Date()))());
  const keepPrevious = new Set<string>();
  const targets: Lock['targets'] = {};
  for (const target of input.targets) {
    const beads: PairBead[] = target.alignment.blocks
      .filter((bead) => bead.source.length > 0 && bead.target.length > 0)
      .map((bead) => ({ source: bead.source.map((i) => source.units[i] as Unit), target: bead.target.map((j) => target.doc.units[j] as Unit) }));
    const hashes = input.glossary?.hashes(target.lang);
    const previousPairs = (previous?.targets[target.lang]?.pairs ?? []).map((p): LockPair =>
      hashes ? { ...p, glossary: migrateGlossaryHashes(p.glossary, hashes) } : p,
    );
    const result = refreshPairs({ beads, previous: previousPairs, source: source, target: target.doc, glossary: input.glossary, lang: target.lang, accept });
    for (const id of result.keepPrevious) keepPrevious.add(id);
    const previousCode = previous?.targets[target.lang]?.code;
    const targetCode = input.code?.targets[target.lang];
    const code = input.code && targetCode ? lockCode(input.code.source, targetCode, previousCode, accept) : previousCode && [...previousCode];
    targets[target.lang] = { file: target.doc.file, pairs: stampRecorded(result.pairs, previousPairs, today), ...(code ? { code } : {}) };
  }
  for (const [lang, kept] of Object.entries(previous?.targets ?? {})) {
    if (targets[lang]) continue;
    targets[lang] = {
      file: kept.file,
      pairs: kept.pairs.map((p) => ({
        source: [...p.source],
        target: [...p.target],
        sourceHash: p.sourceHash,
        targetHash: p.targetHash,
        glossary: { ...p.glossary },
        ...(p.recorded !== undefined ? { recorded: p.recorded } : {}),
      })),
      ...(kept.code ? { code: [...kept.code] } : {}),
    };
    for (const id of stalePairUnits(kept.pairs, source)) keepPrevious.add(id);
  }
  const units = lockUnits(source, new Map((previous?.units ?? []).map((u) => [u.id, u])), keepPrevious);
  return { version: LOCK_VERSION, source: { file: source.file, lang: source.lang }, units, targets };
}
