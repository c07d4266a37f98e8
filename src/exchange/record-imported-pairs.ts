import { hashText } from '../lock/hash-text.js';
import { pairGlossaryHashes, type LockGlossary } from '../lock/lock-glossary.js';
import { lockUnits } from '../lock/lock-units.js';
import { recordedDay, stampRecorded } from '../lock/recorded-day.js';
import type { Lock, LockPair, LockUnit } from '../lock/types.js';
import { wrapsLines, type WrapMode } from '../segment/reassemble.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import { codedTextKey } from './verify-import.js';

/** A translation imported for an older English: what it was made from. */
export interface StaleImport {
  /** Hash of the English the translation was made from (the export stamp's, else of the file's source). */
  sourceHash: string;
  /** That English as coded text, when the exchange file has it. */
  source?: string;
}

/** The input of {@link recordImportedPairs}. */
export interface RecordImportedPairsInput {
  /** The document's lock, if it has one. */
  lock: Lock | undefined;
  /** The English document (as now). */
  source: SegmentedDocument;
  /** The target document as written by the import. */
  target: SegmentedDocument;
  lang: string;
  /** English unit ID → the translation the import wrote for it (target coded text). */
  written: ReadonlyMap<string, string>;
  /** English unit ID → what its imported translation was made from, when an older English. */
  stale: ReadonlyMap<string, StaleImport>;
  /** The glossary, for the hashes of the entries a fresh pair uses. */
  glossary?: LockGlossary | undefined;
  /** The `wrap` the import wrote with: unless `preserve`, texts are matched up to white space (lines were wrapped). */
  wrap?: WrapMode | undefined;
}

/**
 * Record in the lock the pairs an import made: each unit written gets a one-to-one pair of its
 * English unit and the target unit that holds the translation as written (found by its text,
 * not by the alignment: the user paired them, whatever their lengths; up to white space when
 * the import wrapped its lines), so that the aligner
 * keeps them together (`lockedPairs`) and `check`, `update` and `lock --check` see a pair.
 *
 * A translation of the current English records the current English and glossary (`current`);
 * one made from an older English records that English's hash, and the lock unit keeps the
 * older text when the file had it (`stale`, and what `update` and `export` show as the
 * previous English). Pairs of other units are left as they were. A document without a lock has
 * nothing to record in (`diglot lock` creates one).
 *
 * @param input the lock, both documents, what was written and what was stale
 * @returns the new lock, or undefined when there is nothing to record
 * @example recordImportedPairs({ lock, en, target, lang: 'ru', written: result.written, stale: result.stale })?.targets.ru?.pairs.length
 */
export function recordImportedPairs(input: RecordImportedPairsInput): Lock | undefined {
  const { lock: base, source: source, target, lang } = input;
  if (!base || input.written.size === 0) return undefined;
  const sourceById = new Map(source.units.map((u) => [u.id, u]));
  const previous = base.targets[lang];
  const oldPair = (id: string): LockPair | undefined => previous?.pairs.find((p) => p.source.length === 1 && p.source[0] === id);
  // The target units, by their text with codes numbered in order (as the import verified them).
  const collapse = wrapsLines(input.wrap);
  const byKey = new Map<string, Unit[]>();
  for (const unit of target.units) {
    const key = codedTextKey(unit.text, collapse);
    byKey.set(key, [...(byKey.get(key) ?? []), unit]);
  }
  const claimed = new Set<string>();
  const added = new Map<string, LockPair>();
  const older = new Map<string, LockUnit>();
  for (const unit of source.units) {
    const text = input.written.get(unit.id);
    if (text === undefined) continue;
    const candidates = (byKey.get(codedTextKey(text, collapse)) ?? []).filter((u) => !claimed.has(u.id));
    const targetUnit = candidates.find((u) => oldPair(unit.id)?.target.includes(u.id)) ?? candidates[0];
    if (!targetUnit) continue;
    claimed.add(targetUnit.id);
    const stale = input.stale.get(unit.id);
    if (stale) {
      const known = base.units.find((u) => u.id === unit.id);
      if (known && known.hash === stale.sourceHash) older.set(unit.id, known);
      else if (stale.source !== undefined && hashText(stale.source) === stale.sourceHash)
        older.set(unit.id, { id: unit.id, kind: unit.kind, hash: stale.sourceHash, text: stale.source });
      else older.set(unit.id, known ?? { id: unit.id, kind: unit.kind, hash: hashText(unit.text), text: unit.text });
    }
    const glossary = stale ? { ...(oldPair(unit.id)?.glossary ?? {}) } : pairGlossaryHashes(input.glossary, unit.text, targetUnit.text, lang);
    added.set(unit.id, {
      source: [unit.id],
      target: [targetUnit.id],
      sourceHash: stale ? stale.sourceHash : hashText(unit.text),
      targetHash: hashText(targetUnit.text),
      glossary,
    });
  }
  if (added.size === 0) return undefined;
  const kept = (previous?.pairs ?? []).filter((p) => !p.source.some((id) => added.has(id)));
  const order = new Map(source.units.map((u, i) => [u.id, i]));
  const position = (p: LockPair): number => Math.min(...p.source.map((id) => order.get(id) ?? Number.POSITIVE_INFINITY));
  // A pair the import records anew is dated today; one it records exactly as before keeps its day.
  const pairs = [...kept, ...stampRecorded([...added.values()], previous?.pairs ?? [], recordedDay())].sort((a, b) => position(a) - position(b));
  // The lock's units: the English each translation was made from. Units already kept with an
  // older English stay so (unless a translation of the current one was imported); stale imports
  // keep theirs.
  const oldUnits = new Map(base.units.map((u) => [u.id, older.get(u.id) ?? u]));
  for (const [id, unit] of older) if (!oldUnits.has(id)) oldUnits.set(id, unit);
  const keepPrevious = new Set<string>(older.keys());
  for (const u of base.units) {
    const now = sourceById.get(u.id);
    if ((!now || hashText(now.text) !== u.hash) && !(added.has(u.id) && !older.has(u.id))) keepPrevious.add(u.id);
  }
  const units = lockUnits(source, oldUnits, keepPrevious);
  return { ...base, units, targets: { ...base.targets, [lang]: { ...(previous ?? {}), file: previous?.file ?? target.file, pairs } } };
}
