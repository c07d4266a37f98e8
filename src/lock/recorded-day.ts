import { canonicalJson } from './canonical-json.js';
import type { LockPair } from './types.js';

/**
 * The day a pair is recorded on, as the lock writes it: `YYYY-MM-DD` in UTC.
 *
 * @param now the clock's time (tests pass a fixed one)
 * @example recordedDay(new Date('2026-03-12T23:30:00Z')) // '2026-03-12'
 */
export function recordedDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Whether two pairs record the same thing: the same English units, the same English and
 * translation hashes and the same glossary hashes (target unit IDs are informative and the
 * `recorded` day is not part of the record).
 *
 * @example sameRecord(pair, { ...pair, ru: ['u-other'] }) // true
 */
export function sameRecord(a: LockPair, b: LockPair): boolean {
  return (
    a.source.length === b.source.length &&
    a.source.every((id, k) => id === b.source[k]) &&
    a.sourceHash === b.sourceHash &&
    a.targetHash === b.targetHash &&
    canonicalJson(a.glossary) === canonicalJson(b.glossary)
  );
}

/**
 * Set the `recorded` day of the pairs of a target language: a pair that records what a
 * previous pair of the same English units recorded keeps that pair's day (or its absence, for
 * pairs recorded before the lock kept days), so refreshing an unchanged lock changes nothing;
 * any other pair — new, or re-recorded with another English, translation or glossary — is
 * recorded `today`.
 *
 * @param pairs the pairs (their `recorded` is replaced)
 * @param previous the previous lock's pairs of this language (glossary hashes migrated, see migrateGlossaryHashes)
 * @param today `YYYY-MM-DD` (see {@link recordedDay})
 * @example stampRecorded(pairs, lock.targets.ru?.pairs ?? [], recordedDay())
 */
export function stampRecorded(pairs: readonly LockPair[], previous: readonly LockPair[], today: string): LockPair[] {
  const byEnglish = new Map(previous.map((p) => [p.source.join('\u0000'), p]));
  return pairs.map((pair) => {
    const { recorded: _recorded, ...record } = pair;
    const old = byEnglish.get(pair.source.join('\u0000'));
    if (old && sameRecord(old, pair)) return old.recorded === undefined ? record : { ...record, recorded: old.recorded };
    return { ...record, recorded: today };
  });
}
