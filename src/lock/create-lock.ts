import type { Alignment } from '../align/types.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import { hashText } from './hash-text.js';
import type { Lock, LockPair, LockUnit } from './types.js';

/** What the lock needs of the glossary: entry hashes and which entries a pair uses. */
export interface LockGlossary {
  /** Entry id → hash of its canonical JSON (see glossaryEntryHash). */
  hashes: Readonly<Record<string, string>>;
  /** The ids of the entries an aligned pair uses (English text, target text). */
  uses: (enText: string, targetText: string) => readonly string[];
}

/** The input of {@link createLock}. */
export interface CreateLockInput {
  en: SegmentedDocument;
  targets: ReadonlyArray<{ lang: string; doc: SegmentedDocument; alignment: Alignment }>;
  glossary?: LockGlossary;
  /** The lock being refreshed: pairs whose translation did not change keep what they were made from. */
  previous?: Lock;
  /** Accept every pair as reviewed: record the current English and glossary for all. */
  accept?: boolean;
}

/**
 * Build a lock from the English document and its aligned translations. When refreshing a
 * previous lock, a pair whose translation is unchanged keeps the English hash and glossary
 * hashes it was made from (so `stale` and `glossary-changed` persist until the translation is
 * updated or `accept` is given); a new or edited translation records the current ones.
 *
 * @example createLock({ en, targets: [{ lang: 'ru', doc: ru, alignment: alignDocuments(en, ru) }] })
 */
export function createLock(input: CreateLockInput): Lock {
  const { en, previous, accept = false } = input;
  const oldUnits = new Map((previous?.units ?? []).map((u) => [u.id, u]));
  const keepOld = new Set<string>();
  const targets: Lock['targets'] = {};
  for (const target of input.targets) {
    const oldPairs = new Map<string, LockPair>();
    for (const pair of previous?.targets[target.lang]?.pairs ?? []) for (const id of pair.en) oldPairs.set(id, pair);
    const pairs: LockPair[] = [];
    for (const bead of target.alignment.blocks) {
      if (bead.en.length === 0 || bead.ru.length === 0) continue;
      const enUnits = bead.en.map((i) => en.units[i] as Unit);
      const ruUnits = bead.ru.map((j) => target.doc.units[j] as Unit);
      const enText = enUnits.map((u) => u.text).join('\n');
      const ruText = ruUnits.map((u) => u.text).join('\n');
      const pair: LockPair = {
        en: enUnits.map((u) => u.id),
        ru: ruUnits.map((u) => u.id),
        enHash: hashText(enText),
        targetHash: hashText(ruText),
        glossary: glossaryHashes(input.glossary, enText, ruText),
      };
      const old = oldPairs.get(pair.en[0] as string);
      if (!accept && old && old.targetHash === pair.targetHash && sameIds(old.en, pair.en)) {
        pair.enHash = old.enHash;
        pair.glossary = old.glossary;
        if (old.enHash !== hashText(enText)) for (const id of pair.en) keepOld.add(id);
      }
      pairs.push(pair);
    }
    targets[target.lang] = { file: target.doc.file, pairs };
  }
  const units: LockUnit[] = en.units.map((u) => {
    const old = oldUnits.get(u.id);
    if (old && keepOld.has(u.id)) return old;
    return { id: u.id, kind: u.kind, hash: hashText(u.text), text: u.text };
  });
  return { version: 1, source: { file: en.file, lang: en.lang }, units, targets };
}

function glossaryHashes(glossary: LockGlossary | undefined, enText: string, ruText: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!glossary) return out;
  for (const id of [...new Set(glossary.uses(enText, ruText))].sort()) {
    const hash = glossary.hashes[id];
    if (hash) out[id] = hash;
  }
  return out;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}
