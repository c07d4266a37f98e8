import { canonicalJson, glossaryEntryHash } from './canonical-json.js';
import { hashText } from './hash-text.js';

/**
 * The hashes a pair of one target language may record for a glossary entry and still be
 * current: `current` is what `diglot lock` writes (see {@link glossaryLanguageHash}); `legacy`
 * is the whole-entry hash that locks written before per-language hashes hold (see
 * glossaryEntryHash). A pair recording either hash is current; `diglot lock` rewrites a
 * legacy hash as the current one.
 */
export interface EntryHashes {
  current: string;
  legacy?: string;
}

/** Entry id → its accepted hashes; a plain string is the one accepted hash. */
export type GlossaryHashes = Readonly<Record<string, string | EntryHashes>>;

/**
 * The hash of a glossary entry as a pair of one target language records it: the entry's
 * source-language triggers and shared fields (`id`, `kind`, `en`, `enWhen`, anything else but
 * `targets`, `note` and `place`) and that language's column only. Adding or editing another
 * language's column leaves it unchanged. The `note` does not count: it is prose for people
 * (sources, background, remarks on every edition at once) that no check reads; what a
 * translation must use is in the language's column (term, forms, forbidden variants,
 * conditional renderings), and a change there does count.
 *
 * @param entry a glossary entry (`GlossaryEntry`, or any object of that shape)
 * @param lang the target language
 * @example glossaryLanguageHash({ id: 'litvinov', kind: 'person', en: ['Litvinov'], targets: { ru: { term: 'Литвинов' }, uk: { term: 'Литвинов' } } }, 'ru') // 'sha256:…'
 */
export function glossaryLanguageHash(entry: object, lang: string): string {
  const { place: _place, note: _note, targets, ...shared } = entry as { place?: unknown; note?: unknown; targets?: Record<string, unknown> };
  return hashText(canonicalJson({ shared, lang, target: targets?.[lang] }));
}

/**
 * The accepted hashes of every entry for one target language (what `lockStatus` compares a
 * pair's recorded hashes with).
 *
 * @param entries the glossary entries
 * @param lang the target language
 * @example glossaryHashesFor(loadGlossary('glossary').entries, 'uk').litvinov // { current: 'sha256:…', legacy: 'sha256:…' }
 */
export function glossaryHashesFor(entries: readonly { id: string }[], lang: string): Record<string, EntryHashes> {
  const out: Record<string, EntryHashes> = {};
  for (const entry of entries) out[entry.id] = { current: glossaryLanguageHash(entry, lang), legacy: glossaryEntryHash(entry) };
  return out;
}

/**
 * Whether a recorded hash is one of an entry's accepted hashes.
 *
 * @param accepted the entry's hashes (undefined: the entry is gone from the glossary)
 * @param recorded the hash the pair recorded
 * @example acceptsHash({ current: 'sha256:a', legacy: 'sha256:b' }, 'sha256:b') // true
 */
export function acceptsHash(accepted: string | EntryHashes | undefined, recorded: string): boolean {
  if (accepted === undefined) return false;
  if (typeof accepted === 'string') return accepted === recorded;
  return accepted.current === recorded || accepted.legacy === recorded;
}

/**
 * A pair's recorded glossary hashes with every legacy whole-entry hash that still matches
 * replaced by the entry's current per-language hash (the same entry, recorded the new way);
 * any other hash — a changed entry, a gone entry — is kept, so `glossary-changed` persists.
 *
 * @param recorded entry id → recorded hash
 * @param hashes the accepted hashes of the pair's target language
 * @example migrateGlossaryHashes({ litvinov: legacy }, { litvinov: { current, legacy } }) // { litvinov: current }
 */
export function migrateGlossaryHashes(recorded: Readonly<Record<string, string>>, hashes: Readonly<Record<string, EntryHashes>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(recorded).map(([id, hash]) => {
      const accepted = hashes[id];
      return [id, accepted?.legacy === hash ? accepted.current : hash];
    }),
  );
}
