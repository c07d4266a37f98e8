import { createHash } from 'node:crypto';
import { stripCodes } from './coded-text.js';
import { shortTextSimilarity, SHORT_RELINK_THRESHOLD } from './short-text-similarity.js';
import type { UnitKind } from './types.js';

/** A unit as a lock remembers it: enough to give it back its ID after an edit. */
export interface PreviousUnit {
  id: string;
  kind: UnitKind;
  text: string;
}

/** What ID assignment needs of a new unit. */
export interface IdCandidate {
  kind: UnitKind;
  text: string;
}

/** Minimum word-overlap (Dice) for an edited unit to keep its previous ID. */
export const RELINK_THRESHOLD = 0.5;

/**
 * Give every unit a stable ID. Without history the ID is a hash of the unit's kind and
 * normalised text (`u-` + 8 hex digits, `-2`, `-3` … for repeats), so it does not depend on
 * position. With the previous units of a lock: an exact text match keeps its ID; otherwise the
 * most similar previous unit of the same kind (word Dice ≥ {@link RELINK_THRESHOLD}, or, for two
 * units of at most three words, character bigram Dice ≥ `SHORT_RELINK_THRESHOLD`, so a one-word
 * heading edit such as License → Licence keeps its ID) lends its ID and the unit is marked edited.
 *
 * @returns per unit, its ID and whether it was re-linked as edited
 * @example assignIds([{ kind: 'paragraph', text: 'Hello.' }])[0]?.id // 'u-…'
 */
export function assignIds(units: readonly IdCandidate[], previous: readonly PreviousUnit[] = []): Array<{ id: string; edited: boolean }> {
  const result: Array<{ id: string; edited: boolean } | undefined> = units.map(() => undefined);
  const used = new Set<string>();
  const prevByKey = new Map<string, PreviousUnit[]>();
  for (const p of previous) pushTo(prevByKey, keyOf(p), p);
  // 1. Exact matches keep their IDs, in document order.
  units.forEach((unit, i) => {
    const match = prevByKey.get(keyOf(unit))?.find((p) => !used.has(p.id));
    if (match) {
      used.add(match.id);
      result[i] = { id: match.id, edited: false };
    }
  });
  // 2. Edited units: best word overlap among the previous units nobody claimed.
  const left = previous.filter((p) => !used.has(p.id));
  const open = units.map((u, i) => i).filter((i) => !result[i]);
  if (left.length > 0 && open.length > 0) {
    const bags = new Map(left.map((p) => [p.id, wordBag(p.text)]));
    const plain = new Map(left.map((p) => [p.id, normalise(p.text)]));
    const pairs: Array<{ i: number; p: PreviousUnit; score: number }> = [];
    for (const i of open) {
      const unit = units[i] as IdCandidate;
      const bag = wordBag(unit.text);
      const text = normalise(unit.text);
      for (const p of left) {
        if (p.kind !== unit.kind) continue;
        const words = dice(bag, bags.get(p.id) as Map<string, number>);
        const chars = bag.size <= 3 ? (shortTextSimilarity(text, plain.get(p.id) as string) ?? 0) : 0;
        if (words >= RELINK_THRESHOLD || chars >= SHORT_RELINK_THRESHOLD) pairs.push({ i, p, score: Math.max(words, chars) });
      }
    }
    pairs.sort((a, b) => b.score - a.score || a.i - b.i);
    for (const { i, p } of pairs) {
      if (result[i] || used.has(p.id)) continue;
      used.add(p.id);
      result[i] = { id: p.id, edited: true };
    }
  }
  // 3. New units: content hash, made unique.
  for (const p of previous) used.add(p.id);
  const fresh = new FreshIds(used);
  units.forEach((unit, i) => {
    if (!result[i]) result[i] = { id: fresh.next(unit), edited: false };
  });
  return result as Array<{ id: string; edited: boolean }>;
}

/**
 * Content-hash IDs made unique in document order (`-2`, `-3` … for repeats). Without history,
 * `assignIds` is exactly a run of this over the units, so a large document can be given its
 * IDs chunk by chunk.
 *
 * @example const ids = new FreshIds(); ids.next({ kind: 'paragraph', text: 'A.' }) // 'u-…'
 */
export class FreshIds {
  /** Per base ID, the suffix to try next: repeats cost O(1) each, not a scan from `-2`. */
  private readonly suffixes = new Map<string, number>();

  constructor(private readonly used: Set<string> = new Set()) {}

  next(unit: IdCandidate): string {
    return uniqueId(`u-${hash(keyOf(unit)).slice(0, 8)}`, this.used, this.suffixes);
  }
}

/** `base`, or `base-2`, `base-3` … — the first not in `used`, which it joins; `suffixes` remembers where to resume. */
function uniqueId(base: string, used: Set<string>, suffixes: Map<string, number>): string {
  let id = base;
  let n = suffixes.get(base) ?? 2;
  if (used.has(id)) {
    for (id = `${base}-${n}`; used.has(id); id = `${base}-${n}`) n++;
    suffixes.set(base, n + 1);
  }
  used.add(id);
  return id;
}

/**
 * Sentence IDs: `<unit id>.<6 hex digits of the sentence's hash>`, `-2` … for repeats in a unit.
 *
 * @example sentenceIds('u-1a2b3c4d', ['A.', 'B.']) // ['u-1a2b3c4d.…', 'u-1a2b3c4d.…']
 */
export function sentenceIds(unitId: string, sentences: readonly string[]): string[] {
  const seen = new Set<string>();
  const suffixes = new Map<string, number>();
  return sentences.map((s) => uniqueId(`${unitId}.${hash(normalise(s)).slice(0, 6)}`, seen, suffixes));
}

/** Whitespace-collapsed, NFC plain text: what identity is computed from. */
export function normalise(text: string): string {
  return stripCodes(text).normalize('NFC').replace(/\s+/g, ' ').trim();
}

function keyOf(unit: IdCandidate): string {
  return `${unit.kind}\u0000${normalise(unit.text)}`;
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

function wordBag(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of normalise(text)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [])
    bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let common = 0;
  let total = 0;
  for (const n of a.values()) total += n;
  for (const n of b.values()) total += n;
  for (const [word, n] of a) common += Math.min(n, b.get(word) ?? 0);
  return total === 0 ? 0 : (2 * common) / total;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
