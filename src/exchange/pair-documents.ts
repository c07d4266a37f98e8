import { InputError } from '../errors.js';
import type { GlossaryHashes } from '../lock/entry-hashes.js';
import { lockedPairs } from '../lock/locked-pairs.js';
import { lockStatus } from '../lock/lock-status.js';
import { pairAligner, pairSegmented } from '../pair/open-pair.js';
import type { Lock } from '../lock/types.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import type { PairInfo } from './build-exchange.js';

/** Options of {@link pairDocuments}. */
export interface PairDocumentsOptions {
  /** The document's lock, when there is one: statuses then come from it. */
  lock?: Lock;
  /** Glossary entry id → its accepted hashes for the target language (for `glossary-changed`; see glossaryHashesFor). */
  glossaryHashes?: GlossaryHashes;
  /** Target language, the key of its pairs in the lock (default: the target document's `lang`). */
  lang?: string;
  /**
   * Told when the translation cannot be aligned with the English (`alignDocuments` refuses the
   * pair): the pairing is then empty — every English unit untranslated — so the document can
   * still be exported and re-translated. Without it the error is thrown.
   */
  onUnaligned?: (error: InputError) => void;
}

/**
 * The target side of every source unit: the aligned target unit (1–1 beads only; units of
 * 1–2 or 2–1 beads are marked `group` and carry no translation) and the lock status.
 * Without a lock every aligned pair is `new`.
 *
 * @param source the source document (segmented with the lock's previous units, if any)
 * @param target the translation, if it exists
 * @param options lock, glossary hashes, language
 * @returns source unit ID → pair info (untranslated units have no entry)
 * @example pairDocuments(source, de).get(source.units[0].id)?.target?.id
 */
export function pairDocuments(source: SegmentedDocument, target: SegmentedDocument | undefined, options: PairDocumentsOptions = {}): Map<string, PairInfo> {
  const out = new Map<string, PairInfo>();
  if (!target || target.units.length === 0) return out;
  const lang = options.lang ?? target.lang;
  let rows;
  try {
    // The pair is aligned as every command aligns it (src/pair), with the pairs the lock records kept together.
    const { alignment } = pairSegmented(source, target, { align: pairAligner(), ...(options.lock ? { lockedPairs: lockedPairs(options.lock, lang) } : {}) });
    rows = options.lock
      ? lockStatus(options.lock, source, target, options.glossaryHashes ?? {}, { lang, alignment })
      : alignment.blocks.map((b) => ({
          source: b.source.map((i) => (source.units[i] as Unit).id),
          target: b.target.map((j) => (target.units[j] as Unit).id),
          status: 'new' as const,
        }));
  } catch (error) {
    if (!(error instanceof InputError) || !options.onUnaligned) throw error;
    options.onUnaligned(error);
    return out;
  }
  const targetById = new Map(target.units.map((u) => [u.id, u]));
  const lockText = new Map((options.lock?.units ?? []).map((u) => [u.id, u.text]));
  for (const row of rows) {
    if (row.source.length === 0 || row.target.length === 0) continue;
    if (row.status === 'untranslated' || row.status === 'unaligned') continue;
    const status = row.status;
    if (row.source.length === 1 && row.target.length === 1) {
      const id = row.source[0] as string;
      const previous = status === 'stale' ? lockText.get(id) : undefined;
      out.set(id, { target: targetById.get(row.target[0] as string) as Unit, status, ...(previous !== undefined ? { previousSource: previous } : {}) });
    } else {
      for (const id of row.source) out.set(id, { status, group: row.target });
    }
  }
  return out;
}
