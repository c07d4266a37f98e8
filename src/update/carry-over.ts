import { createLock } from '../lock/create-lock.js';
import { hashText } from '../lock/hash-text.js';
import { pairGlossaryHashes, type LockGlossary } from '../lock/lock-glossary.js';
import { lockUnits } from '../lock/lock-units.js';
import { recordedDay } from '../lock/recorded-day.js';
import { stalePairUnits } from '../lock/stale-pair-units.js';
import type { Lock, LockPair, LockUnit } from '../lock/types.js';
import type { UnitLinks } from '../review/align-units.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import type { ObsoleteEntry } from './obsolete-file.js';
import { LOCK_VERSION } from '../lock/upgrade-lock.js';

/** A target document and its alignment with the new English. */
export interface CarryTarget {
  lang: string;
  doc: SegmentedDocument;
  links: UnitLinks;
  /**
   * The translation file is missing (`doc` is empty): the lock's pairs of this language are
   * kept exactly as they were, with the English they were made from, and no rows are reported.
   */
  missing?: boolean;
}

/** What happened to one English unit (per target language). */
export interface CarryRow {
  lang: string;
  id: string;
  /** `current`: translation made from this English; `stale`: made from older English (kept); `new`: a translation found by alignment, recorded now; `untranslated`: none. */
  status: 'current' | 'stale' | 'new' | 'untranslated';
}

/** The result of {@link carryOver}. */
export interface CarryResult {
  lock: Lock;
  rows: CarryRow[];
  /** Translations whose English is gone (to add to the obsolete file). */
  obsolete: ObsoleteEntry[];
}

/**
 * Carry the translations a lock records over to a new version of the English. The lock is the
 * truth about what translates what; for each of its pairs:
 *
 * - the English unchanged → kept as is (current);
 * - some English still there but changed (edited, split, partly merged away) → the pair is kept
 *   with the hash of the English it was made from, and the lock keeps that previous English as
 *   the unit's `text` (units merged away stay in the lock's `units` too) — stale;
 * - no English left → the translation goes to the obsolete list, with its English.
 *
 * A pair's translation is found by its target unit IDs, else by the alignment, else as the one
 * unclaimed target unit whose text has the recorded hash; only a translation found none of these
 * ways is `translation-missing` (obsolete, with an empty target and the recorded hash).
 *
 * English units no pair claims are paired by the alignment when it finds an unclaimed
 * translation (`new`), else they are `untranslated`. A target whose file is `missing`, and a
 * language of the lock that is not among the targets, keep their pairs verbatim (and the lock
 * keeps the English of those that are stale): a file that is briefly gone never rewrites what
 * the lock remembers. Nothing is written; nothing is dropped.
 *
 * @param lock the lock (undefined: a first lock is created from the alignment)
 * @param source the new English, segmented with `previous: previousUnits(lock)`
 * @param targets the current translations and their alignments
 * @example carryOver(lock, en, [{ lang: 'ru', doc: ru, links: alignUnits(en, ru) }]).rows
 */
export function carryOver(lock: Lock | undefined, source: SegmentedDocument, targets: readonly CarryTarget[], glossary?: LockGlossary): CarryResult {
  if (!lock) {
    const next = createLock({
      source: source,
      targets: targets.map((t) => ({ lang: t.lang, doc: t.doc, alignment: { blocks: t.links.blocks.map((b) => ({ ...b, score: 1 })), sentences: [] } })),
      ...(glossary ? { glossary } : {}),
    });
    const rows = targets.flatMap((t) => {
      const paired = new Set(next.targets[t.lang]?.pairs.flatMap((p) => p.source));
      return source.units.map((u): CarryRow => ({ lang: t.lang, id: u.id, status: paired.has(u.id) ? 'new' : 'untranslated' }));
    });
    return { lock: next, rows, obsolete: [] };
  }
  const current = new Map(source.units.map((u, i) => [u.id, { unit: u, index: i }]));
  const oldUnits = new Map(lock.units.map((u) => [u.id, u]));
  const keepPrevious = new Set<string>();
  const rows: CarryRow[] = [];
  const obsolete: ObsoleteEntry[] = [];
  const targetsOut: Lock['targets'] = {};
  for (const target of targets) {
    if (target.missing) continue;
    const targetById = new Map(target.doc.units.map((u, j) => [u.id, { unit: u, index: j }]));
    const claimedEn = new Set<string>();
    const claimedRu = new Set<string>();
    const pairs: LockPair[] = [];
    const status = new Map<string, CarryRow['status']>();
    for (const old of lock.targets[target.lang]?.pairs ?? []) {
      const alive = old.source.filter((id) => current.has(id));
      let targetIds = old.target.filter((id) => targetById.has(id) && !claimedRu.has(id));
      if (alive.length === 0) {
        obsolete.push(
          obsoleteEntry(
            target.lang,
            old,
            oldUnits,
            targetIds.map((id) => targetById.get(id)?.unit as Unit),
          ),
        );
        targetIds.forEach((id) => claimedRu.add(id));
        continue;
      }
      if (targetIds.length === 0) {
        const aligned = [...new Set(alive.flatMap((id) => target.links.targetOf.get(current.get(id)?.index ?? -1) ?? []))].sort((a, b) => a - b);
        targetIds = aligned.map((j) => (target.doc.units[j] as Unit).id).filter((id) => !claimedRu.has(id));
      }
      if (targetIds.length === 0) {
        // The recorded translation itself, still in the file (one unit of that hash, unclaimed):
        // the pair is current, whatever the alignment made of it.
        const same = target.doc.units.filter((u) => !claimedRu.has(u.id) && hashText(u.text) === old.targetHash);
        if (same.length === 1) targetIds = [(same[0] as Unit).id];
      }
      if (targetIds.length === 0) {
        obsolete.push({ ...obsoleteEntry(target.lang, old, oldUnits, []), reason: 'translation-missing' });
        continue;
      }
      const stale = old.source.length !== alive.length || hashText(old.source.map((id) => current.get(id)?.unit.text ?? '').join('\n')) !== old.sourceHash;
      if (stale) old.source.forEach((id) => keepPrevious.add(id));
      alive.forEach((id) => (claimedEn.add(id), status.set(id, stale ? 'stale' : 'current')));
      targetIds.forEach((id) => claimedRu.add(id));
      pairs.push({
        source: [...old.source],
        target: targetIds,
        sourceHash: old.sourceHash,
        targetHash: old.targetHash,
        glossary: { ...old.glossary },
        ...(old.recorded !== undefined ? { recorded: old.recorded } : {}),
      });
    }
    for (const block of target.links.blocks) {
      const sourceUnits = block.source.map((i) => source.units[i] as Unit);
      const targetUnits = block.target.map((j) => target.doc.units[j] as Unit);
      if (sourceUnits.length === 0 || targetUnits.length === 0) continue;
      if (sourceUnits.some((u) => claimedEn.has(u.id)) || targetUnits.some((u) => claimedRu.has(u.id))) continue;
      const sourceText = sourceUnits.map((u) => u.text).join('\n');
      const targetText = targetUnits.map((u) => u.text).join('\n');
      pairs.push({
        source: sourceUnits.map((u) => u.id),
        target: targetUnits.map((u) => u.id),
        sourceHash: hashText(sourceText),
        targetHash: hashText(targetText),
        glossary: pairGlossaryHashes(glossary, sourceText, targetText, target.lang),
        recorded: recordedDay(),
      });
      sourceUnits.forEach((u) => (claimedEn.add(u.id), status.set(u.id, 'new')));
    }
    const position = (p: LockPair): number => Math.min(...p.source.map((id) => current.get(id)?.index ?? Number.POSITIVE_INFINITY));
    pairs.sort((a, b) => position(a) - position(b));
    // The code blocks' record is `diglot lock`'s: an update keeps it as it was.
    const code = lock.targets[target.lang]?.code;
    targetsOut[target.lang] = { file: lock.targets[target.lang]?.file ?? target.doc.file, pairs, ...(code ? { code: [...code] } : {}) };
    for (const u of source.units) rows.push({ lang: target.lang, id: u.id, status: status.get(u.id) ?? 'untranslated' });
  }
  for (const [lang, t] of Object.entries(lock.targets)) {
    if (targetsOut[lang]) continue;
    targetsOut[lang] = t;
    for (const id of stalePairUnits(t.pairs, source)) keepPrevious.add(id);
  }
  return {
    lock: {
      version: LOCK_VERSION,
      source: { file: lock.source.file, lang: lock.source.lang },
      units: lockUnits(source, oldUnits, keepPrevious),
      targets: targetsOut,
    },
    rows,
    obsolete,
  };
}

function obsoleteEntry(lang: string, pair: LockPair, units: ReadonlyMap<string, LockUnit>, target: readonly Unit[]): ObsoleteEntry {
  return {
    lang,
    reason: 'removed',
    source: pair.source.map((id) => {
      const u = units.get(id);
      return { id, kind: u?.kind ?? 'paragraph', text: u?.text ?? '' };
    }),
    target: target.map((u) => ({ id: u.id, text: u.text })),
    sourceHash: pair.sourceHash,
    targetHash: pair.targetHash,
  };
}
