import type { Lock } from './types.js';

/**
 * The one-to-one pairs a lock records for a target language, as the aligner takes them
 * (`AlignOptions.lockedPairs`): English unit ID → hash of the translation made for it. An
 * import, `diglot lock` and `diglot update` record these; the aligner keeps such a pair
 * together when the target file still holds that translation, however its length compares.
 *
 * @param lock the document's lock, if any
 * @param lang the target language
 * @returns English unit ID → target text hash (empty without a lock)
 * @example alignDocuments(en, ru, { lockedPairs: lockedPairs(lock, 'ru') })
 */
export function lockedPairs(lock: Lock | undefined, lang: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of lock?.targets[lang]?.pairs ?? []) {
    if (pair.source.length === 1 && pair.target.length === 1) out[pair.source[0] as string] = pair.targetHash;
  }
  return out;
}
