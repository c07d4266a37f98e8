import { stripCodes } from '../segment/coded-text.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import { orderedSubsequence } from './ordered-subsequence.js';
import { wordDice, words } from './words.js';

/** Every way a unit can change between two versions, in report order. */
export const CHANGE_KINDS = ['added', 'removed', 'edited', 'moved', 'split', 'merged', 'unchanged'] as const;

/** How a unit changed between two versions. */
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** One entry of a unit-level diff: old units → new units. */
export interface UnitChange {
  change: ChangeKind;
  /** Units of the old version (none for `added`, two for `merged`). */
  before: Unit[];
  /** Units of the new version (none for `removed`, two for `split`). */
  after: Unit[];
  /** The text changed too (a moved unit that was also edited). */
  edited?: boolean;
  /** A split or merge that also left its place in the order. */
  moved?: boolean;
}

interface Group {
  change: ChangeKind;
  old: number[];
  new: number[];
}

/** Word Dice an old unit must reach against two adjacent new ones (or vice versa) to be a split (merge). */
export const SPLIT_MERGE_MIN = 0.8;
/** …and by how much the pair must beat the single best unit. */
export const SPLIT_MERGE_GAIN = 0.1;

/**
 * Classify every unit of two versions of a document. Units are matched by ID — segment the new
 * version with the old units as `previous` (see {@link segmentVersions}) so an edited unit keeps
 * its ID; then one old unit against two adjacent new ones with word Dice ≥ {@link SPLIT_MERGE_MIN}
 * (and {@link SPLIT_MERGE_GAIN} better than the single unit) is a split, two old against one new
 * a merge; matched units outside the longest common order (LCS over matched IDs) are moved.
 *
 * @param before the old version
 * @param after the new version, segmented with `previous: before.units`
 * @returns changes in the new document's order; removed units follow their old predecessor
 * @example matchUnits(old, updated).filter((c) => c.change === 'edited')
 */
export function matchUnits(before: SegmentedDocument, after: SegmentedDocument, lang = after.lang): UnitChange[] {
  const oldUnits = before.units;
  const newUnits = after.units;
  const oldIndex = new Map(oldUnits.map((u, i) => [u.id, i]));
  const pairOf: Array<number | undefined> = newUnits.map((u) => oldIndex.get(u.id));
  const matchedOld = new Set(pairOf.filter((i): i is number => i !== undefined));
  const bagOld = oldUnits.map((u) => words(stripCodes(u.text), lang));
  const bagNew = newUnits.map((u) => words(stripCodes(u.text), lang));
  const claimedOld = new Set<number>();
  const claimedNew = new Set<number>();
  const groups: Group[] = [];

  const freeNew = (j: number): boolean => j >= 0 && j < newUnits.length && pairOf[j] === undefined && !claimedNew.has(j);
  const freeOld = (i: number): boolean => i >= 0 && i < oldUnits.length && !matchedOld.has(i) && !claimedOld.has(i);
  const dice = (olds: number[], news: number[]): number =>
    wordDice(
      olds.flatMap((i) => bagOld[i] as string[]),
      news.flatMap((j) => bagNew[j] as string[]),
    );
  const sameKind = (olds: number[], news: number[]): boolean =>
    new Set([...olds.map((i) => oldUnits[i]?.kind), ...news.map((j) => newUnits[j]?.kind)]).size === 1;

  // Splits: an old unit against its (edited) match plus a free neighbour, or against two free adjacent new units.
  oldUnits.forEach((unit, i) => {
    const j = newUnits.findIndex((u) => u.id === unit.id);
    const candidates: number[][] =
      j >= 0
        ? [
            [j - 1, j],
            [j, j + 1],
          ]
        : newUnits.slice(1).map((_, k) => [k, k + 1]);
    const single = j >= 0 ? dice([i], [j]) : 0;
    const best = bestGroup(
      candidates.filter((c) => c.every((k) => k === j || freeNew(k)) && sameKind([i], c)),
      (c) => dice([i], c),
    );
    if (best && best.score >= SPLIT_MERGE_MIN && best.score >= single + SPLIT_MERGE_GAIN && !sameText(unit, newUnits[j])) {
      if (j < 0) claimedOld.add(i);
      best.group.forEach((k) => claimedNew.add(k));
      groups.push({ change: 'split', old: [i], new: best.group });
    }
  });
  // Merges: two adjacent old units against one new unit.
  newUnits.forEach((unit, j) => {
    if (claimedNew.has(j)) return;
    const i = pairOf[j];
    const candidates: number[][] =
      i !== undefined
        ? [
            [i - 1, i],
            [i, i + 1],
          ]
        : oldUnits.slice(1).map((_, k) => [k, k + 1]);
    const single = i !== undefined ? dice([i], [j]) : 0;
    const best = bestGroup(
      candidates.filter((c) => c.every((k) => k === i || freeOld(k)) && sameKind(c, [j])),
      (c) => dice(c, [j]),
    );
    if (best && best.score >= SPLIT_MERGE_MIN && best.score >= single + SPLIT_MERGE_GAIN) {
      if (i === undefined) claimedNew.add(j);
      best.group.forEach((k) => claimedOld.add(k));
      claimedNew.add(j);
      groups.push({ change: 'merged', old: best.group, new: [j] });
    }
  });
  const inGroup = new Set(groups.flatMap((g) => g.new));
  newUnits.forEach((unit, j) => {
    if (inGroup.has(j)) return;
    const i = pairOf[j];
    if (i === undefined) groups.push({ change: 'added', old: [], new: [j] });
    else groups.push({ change: sameText(oldUnits[i] as Unit, unit) ? 'unchanged' : 'edited', old: [i], new: [j] });
  });
  const inOld = new Set(groups.flatMap((g) => g.old));
  oldUnits.forEach((_, i) => {
    if (!inOld.has(i)) groups.push({ change: 'removed', old: [i], new: [] });
  });

  // Moves: matched groups outside the longest run in common order.
  const anchored = groups.filter((g) => g.old.length > 0 && g.new.length > 0).sort((a, b) => Math.min(...a.new) - Math.min(...b.new));
  const keep = new Set(orderedSubsequence(anchored.map((g) => Math.min(...g.old))).map((k) => anchored[k]));
  const changes = new Map<Group, UnitChange>();
  for (const g of groups) {
    const change: UnitChange = { change: g.change, before: g.old.map((i) => oldUnits[i] as Unit), after: g.new.map((j) => newUnits[j] as Unit) };
    if (g.old.length > 0 && g.new.length > 0 && !keep.has(g)) {
      if (g.change === 'split' || g.change === 'merged') change.moved = true;
      else {
        if (g.change === 'edited') change.edited = true;
        change.change = 'moved';
      }
    }
    changes.set(g, change);
  }
  return order(groups, changes);
}

/** Entries in new-document order, with removed old units after the entry of their old predecessor. */
function order(groups: readonly Group[], changes: ReadonlyMap<Group, UnitChange>): UnitChange[] {
  const placed = groups.filter((g) => g.new.length > 0).sort((a, b) => Math.min(...a.new) - Math.min(...b.new));
  const owner = new Map<number, number>();
  placed.forEach((g, k) => g.old.forEach((i) => owner.set(i, k)));
  const after = new Map<number, UnitChange[]>();
  for (const g of groups.filter((x) => x.new.length === 0).sort((a, b) => (a.old[0] as number) - (b.old[0] as number))) {
    let k = (g.old[0] as number) - 1;
    while (k >= 0 && !owner.has(k)) k--;
    const key = k < 0 ? -1 : (owner.get(k) as number);
    after.set(key, [...(after.get(key) ?? []), changes.get(g) as UnitChange]);
  }
  const out = [...(after.get(-1) ?? [])];
  placed.forEach((g, k) => out.push(changes.get(g) as UnitChange, ...(after.get(k) ?? [])));
  return out;
}

function bestGroup(candidates: number[][], score: (group: number[]) => number): { group: number[]; score: number } | undefined {
  let best: { group: number[]; score: number } | undefined;
  for (const group of candidates) {
    const s = score(group);
    if (!best || s > best.score) best = { group, score: s };
  }
  return best;
}

/** Same coded text, same markup, same heading depth. */
function sameText(a: Unit, b: Unit | undefined): boolean {
  if (!b) return false;
  if (a.text !== b.text || a.depth !== b.depth || a.codes.length !== b.codes.length) return false;
  return a.codes.every((c, k) => c.data === b.codes[k]?.data && c.dataEnd === b.codes[k]?.dataEnd);
}
