import { hashText } from '../lock/hash-text.js';
import type { Unit } from '../segment/types.js';
import type { ImportedUnit } from './exchange-types.js';
import type { StaleImport } from './record-imported-pairs.js';

/** A unit whose translation changed both in the project and in the exchange file since the export. */
export interface ImportConflict {
  /** English unit ID. */
  id: string;
  line?: number;
  column?: number;
  /** The English now. */
  source: string;
  /** The translation in the project now (target coded text). */
  current: string;
  /** The translation in the exchange file (target coded text). */
  imported: string;
}

/**
 * What to do with an imported translation, given the three versions of it (exported, in the
 * project now, in the file): `apply` it (changed only in the file, or the file has no stamp);
 * `kept` (the project's changed since the export and the file has the exported one: the newer
 * one stays); `conflict` (changed in both, differently: not applied); `replace` (a conflict
 * applied with `--force`, the project's translation to be kept as obsolete).
 */
export type ConflictVerdict = { kind: 'apply' } | { kind: 'kept' } | { kind: 'conflict' | 'replace'; conflict: ImportConflict };

/** The input of {@link classifyConflict}. */
export interface ClassifyConflictInput {
  /** The English unit now. */
  unit: Unit;
  /** The target unit paired with it in the project, if any. */
  target: Unit | undefined;
  /** The file's translation, in the target unit's code numbers. */
  text: string;
  imported: ImportedUnit;
  /** Where the entry is in the exchange file, for the conflict's position. */
  place: { line?: number; column?: number };
  /** Apply conflicts too (`--force`). */
  force?: boolean | undefined;
}

/**
 * Classify an imported translation that differs from the project's against the export stamp.
 * Without a stamp or a target unit nothing can be compared: `apply`.
 *
 * @param input the English unit, its target unit, the file's translation and entry
 * @returns the verdict (with the conflict, for `conflict` and `replace`)
 * @example classifyConflict({ unit, target, text: 'Новый', imported, place: { line: 25 } }).kind // 'conflict'
 */
export function classifyConflict(input: ClassifyConflictInput): ConflictVerdict {
  const { unit, target, text, imported } = input;
  if (!target || !imported.stamp || hashText(target.text) === imported.stamp.targetHash) return { kind: 'apply' };
  // Changed in the project since the export: the file's translation, if it is still the
  // exported one, is older (kept out); changed differently in the file, it is a conflict.
  if (hashText(text) === imported.stamp.targetHash) return { kind: 'kept' };
  const conflict: ImportConflict = { id: unit.id, ...input.place, source: unit.text, current: target.text, imported: text };
  return { kind: input.force ? 'replace' : 'conflict', conflict };
}

/**
 * What an imported translation was made from, when that is not the English now: the export
 * stamp's source hash, else the hash of the source the file carries.
 *
 * @returns the older English (hash, and text when the file has it), or undefined when current or unknown
 * @example staleSource(unit, imported)?.sourceHash
 */
export function staleSource(unit: Unit, imported: ImportedUnit): StaleImport | undefined {
  const madeFrom = imported.stamp?.sourceHash ?? (imported.source !== undefined ? hashText(imported.source) : undefined);
  if (madeFrom === undefined || madeFrom === hashText(unit.text)) return undefined;
  return { sourceHash: madeFrom, ...(imported.source !== undefined ? { source: imported.source } : {}) };
}
