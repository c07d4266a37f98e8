import { hashText } from '../lock/hash-text.js';
import type { Lock, LockPair, LockUnit } from '../lock/types.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';

/** A translation imported for an older English: what it was made from. */
export interface StaleImport {
  /** Hash of the English the translation was made from (the export stamp's, else of the file's source). */
  sourceHash: string;
  /** That English as coded text, when the exchange file has it. */
  source?: string;
}

/** The input of {@link recordStaleImports}. */
export interface RecordStaleImportsInput {
  /** The document's lock, if it has one. */
  lock: Lock | undefined;
  /** The English document (as now). */
  en: SegmentedDocument;
  /** The target document as written by the import. */
  target: SegmentedDocument;
  lang: string;
  /** English unit ID → the target unit now aligned with it (1–1 pairs). */
  aligned: ReadonlyMap<string, Unit>;
  /** English unit ID → what its imported translation was made from. */
  stale: ReadonlyMap<string, StaleImport>;
}

/**
 * Record in the lock that imported translations were made from an older English, so that
 * `lock --check` reports them `stale` (not `new` or `edited`) and `diglot lock` keeps them so:
 * each such unit gets a one-to-one pair whose `enHash` is that of the older English and whose
 * `targetHash` is that of the translation as written; the lock unit keeps the older English
 * text when the file had it (what `update` and `export` show as the previous English). Other
 * pairs and units are left as they were. A document without a lock has nothing to record in
 * (and its unit IDs do not survive an English change, so such an import cannot happen).
 *
 * @param input the lock, both documents, the alignment and the stale imports
 * @returns the new lock, or undefined when there is nothing to record
 * @example recordStaleImports({ lock, en, target, lang: 'ru', aligned, stale })?.targets.ru?.pairs.length
 */
export function recordStaleImports(input: RecordStaleImportsInput): Lock | undefined {
  const { en, lang, aligned } = input;
  const ids = [...input.stale.keys()].filter((id) => aligned.has(id));
  if (ids.length === 0 || !input.lock) return undefined;
  const enById = new Map(en.units.map((u) => [u.id, u]));
  const older = (id: string, current: LockUnit | undefined): LockUnit => {
    const stale = input.stale.get(id) as StaleImport;
    const unit = enById.get(id) as Unit;
    if (current && current.hash === stale.sourceHash) return current;
    if (stale.source !== undefined && hashText(stale.source) === stale.sourceHash) return { id, kind: unit.kind, hash: stale.sourceHash, text: stale.source };
    return current ?? { id, kind: unit.kind, hash: hashText(unit.text), text: unit.text };
  };
  const base = input.lock;
  if (!base) return undefined;
  const lockUnitById = new Map(base.units.map((u) => [u.id, u]));
  const units = base.units.map((u) => (input.stale.has(u.id) && aligned.has(u.id) ? older(u.id, u) : u));
  for (const id of ids) if (!lockUnitById.has(id)) units.push(older(id, undefined));
  const previous = base.targets[lang];
  const kept = (previous?.pairs ?? []).filter((p) => !p.en.some((id) => ids.includes(id)));
  const oldPair = (id: string): LockPair | undefined => previous?.pairs.find((p) => p.en.length === 1 && p.en[0] === id);
  const added: LockPair[] = ids.map((id) => {
    const ru = aligned.get(id) as Unit;
    return { en: [id], ru: [ru.id], enHash: (input.stale.get(id) as StaleImport).sourceHash, targetHash: hashText(ru.text), glossary: { ...(oldPair(id)?.glossary ?? {}) } };
  });
  const order = new Map(en.units.map((u, i) => [u.id, i]));
  const pairs = [...kept, ...added].sort((a, b) => (order.get(a.en[0] as string) ?? -1) - (order.get(b.en[0] as string) ?? -1));
  return { ...base, units, targets: { ...base.targets, [lang]: { file: previous?.file ?? input.target.file, pairs } } };
}
