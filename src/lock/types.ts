/**
 * The lock: one checked-in JSON file per document (`content/<slug>.lock.json`) remembering
 * every English unit and, per target language, which units translate which and from what.
 */

/** An English unit as the lock remembers it. */
export interface LockUnit {
  id: string;
  kind: string;
  /** `sha256:` + 16 hex digits of the unit's coded text. */
  hash: string;
  /** The coded text (relinks IDs after edits; the previous English for `diglot update`). */
  text: string;
}

/** An aligned pair of a target language. */
export interface LockPair {
  source: string[];
  /** Target unit IDs (informative: target units are matched by alignment and hash). */
  target: string[];
  /** Hash of the English (unit texts joined by a newline) the translation was made from. */
  sourceHash: string;
  /** Hash of the translation (target unit texts joined by a newline). */
  targetHash: string;
  /**
   * Glossary entry id → hash of the entry as this target language sees it (its triggers,
   * shared fields and this language's column: see glossaryLanguageHash), for the entries the
   * unit uses. Locks written before per-language hashes hold the whole entry's hash
   * (glossaryEntryHash), still accepted; `diglot lock` rewrites it.
   */
  glossary: Record<string, string>;
  /**
   * The day (`YYYY-MM-DD`, UTC) the pair was recorded: set when the pair is first recorded or
   * re-recorded (another English, translation or glossary), never when a refresh leaves it as
   * it was. Absent in pairs recorded before the lock kept days.
   */
  recorded?: string;
}

/** The pairs of one target language. */
export interface LockTarget {
  file: string;
  pairs: LockPair[];
  /**
   * Hashes (see hashCode) of the English code blocks the translation's code blocks were copied
   * from, in the English order. Absent in locks written before code blocks were recorded: no
   * record, never a change.
   */
  code?: string[];
}

/** A document's lock. */
export interface Lock {
  version: 2;
  source: { file: string; lang: string };
  units: LockUnit[];
  /** Target language → its pairs. */
  targets: Record<string, LockTarget>;
}

/** The state of an aligned pair against its lock. */
export type PairStatus = 'current' | 'stale' | 'edited' | 'glossary-changed' | 'new' | 'untranslated' | 'unaligned';

/** One row of {@link lockStatus}. */
export interface PairState {
  source: string[];
  target: string[];
  status: PairStatus;
  /** For `glossary-changed`: the entries whose hash changed (or that disappeared). */
  entries?: string[];
}
