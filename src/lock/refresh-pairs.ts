import type { SegmentedDocument, Unit } from '../segment/types.js';
import { hashText } from './hash-text.js';
import { pairGlossaryHashes, type LockGlossary } from './lock-glossary.js';
import type { LockPair } from './types.js';

/** An aligned pair of units (both sides non-empty). */
export interface PairBead {
  source: readonly Unit[];
  target: readonly Unit[];
}

/** The input of {@link refreshPairs}. */
export interface RefreshPairsInput {
  /** The aligned pairs, in document order. */
  beads: readonly PairBead[];
  /** The previous lock's pairs of this target language. */
  previous: readonly LockPair[];
  source: SegmentedDocument;
  target: SegmentedDocument;
  glossary?: LockGlossary | undefined;
  /** The target language, whose glossary hashes are recorded (default: `target.lang`). */
  lang?: string;
  /** Record every pair as reviewed: current English and glossary. */
  accept?: boolean;
}

/**
 * The lock pairs of one target language. Beads and previous pairs that share an English or a
 * target unit form a group; when the group's translation is unchanged (its target units are
 * exactly those of its previous pairs, and each previous pair's `targetHash` still matches),
 * what the translation was made from is inherited:
 *
 * - one bead, one previous pair, same English IDs → the pair keeps that pair's `enHash` and
 *   glossary hashes;
 * - else, if any previous pair's English changed or is gone (a merge, a split) → the previous
 *   pairs are kept as they were, so the group stays `stale` and the lock keeps their English;
 * - else (the same text, regrouped by the alignment) → new pairs, keeping recorded glossary hashes.
 *
 * A changed translation, a bead without previous pairs, or `accept` records the current hashes.
 * The pairs carry no `recorded` day: the caller stamps them (see stampRecorded).
 *
 * @returns the pairs, and the English unit IDs whose previous text the lock must keep
 * @example refreshPairs({ beads, previous: lock.targets.ru?.pairs ?? [], en, target: ru })
 */
export function refreshPairs(input: RefreshPairsInput): { pairs: LockPair[]; keepPrevious: Set<string> } {
  const { beads, previous, glossary } = input;
  const keepPrevious = new Set<string>();
  const sourceById = new Map(input.source.units.map((u) => [u.id, u]));
  const targetById = new Map(input.target.units.map((u) => [u.id, u]));
  const fresh = (bead: PairBead, recorded: ReadonlyArray<Readonly<Record<string, string>>> = []): LockPair => {
    const sourceText = joined(bead.source);
    const targetText = joined(bead.target);
    const current = pairGlossaryHashes(glossary, sourceText, targetText, input.lang ?? input.target.lang);
    const kept = Object.fromEntries(Object.entries(current).map(([id, hash]) => [id, recorded.find((g) => g[id] !== undefined)?.[id] ?? hash]));
    return {
      source: bead.source.map((u) => u.id),
      target: bead.target.map((u) => u.id),
      sourceHash: hashText(sourceText),
      targetHash: hashText(targetText),
      glossary: kept,
    };
  };
  if (input.accept || previous.length === 0) return { pairs: beads.map((b) => fresh(b)), keepPrevious };
  const groups = groupOf(beads, previous);
  const done = new Set<number>();
  const pairs: LockPair[] = [];
  beads.forEach((_, b) => {
    const group = groups[b] as Group;
    if (done.has(group.id)) return;
    done.add(group.id);
    const members = group.beads.map((k) => beads[k] as PairBead);
    const olds = group.olds.map((k) => previous[k] as LockPair);
    if (olds.length === 0 || !unchangedTranslation(members, olds, targetById)) {
      pairs.push(...members.map((m) => fresh(m)));
      return;
    }
    const [bead] = members;
    const [old] = olds;
    if (
      bead &&
      old &&
      members.length === 1 &&
      olds.length === 1 &&
      sameIds(
        old.source,
        bead.source.map((u) => u.id),
      )
    ) {
      const pair = fresh(bead);
      if (old.sourceHash !== pair.sourceHash) old.source.forEach((id) => keepPrevious.add(id));
      pairs.push({ ...pair, sourceHash: old.sourceHash, glossary: { ...old.glossary } });
      return;
    }
    const stale = olds.filter(
      (p) => p.source.some((id) => !sourceById.has(id)) || hashText(joined(p.source.map((id) => sourceById.get(id) as Unit))) !== p.sourceHash,
    );
    if (stale.length === 0) {
      pairs.push(
        ...members.map((m) =>
          fresh(
            m,
            olds.map((p) => p.glossary),
          ),
        ),
      );
      return;
    }
    for (const p of stale) p.source.forEach((id) => keepPrevious.add(id));
    pairs.push(
      ...olds.map((p) => ({ source: [...p.source], target: [...p.target], sourceHash: p.sourceHash, targetHash: p.targetHash, glossary: { ...p.glossary } })),
    );
  });
  return { pairs, keepPrevious };
}

interface Group {
  id: number;
  /** Indices of the beads, in order. */
  beads: number[];
  /** Indices of the previous pairs, in order. */
  olds: number[];
}

/** Per bead, its group: beads and previous pairs linked by a shared English or target unit ID. */
function groupOf(beads: readonly PairBead[], previous: readonly LockPair[]): Group[] {
  const parent = Array.from({ length: beads.length + previous.length }, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k] as number] as number;
    return k;
  };
  const byEn = new Map<string, number[]>();
  const byRu = new Map<string, number[]>();
  previous.forEach((p, k) => {
    for (const id of p.source) byEn.set(id, [...(byEn.get(id) ?? []), k]);
    for (const id of p.target) byRu.set(id, [...(byRu.get(id) ?? []), k]);
  });
  beads.forEach((bead, b) => {
    const linked = [...bead.source.flatMap((u) => byEn.get(u.id) ?? []), ...bead.target.flatMap((u) => byRu.get(u.id) ?? [])];
    for (const k of linked) parent[find(beads.length + k)] = find(b);
  });
  const groups = new Map<number, Group>();
  const groupAt = (k: number): Group => {
    const root = find(k);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = { id: root, beads: [], olds: [] }));
    return group;
  };
  previous.forEach((_, k) => groupAt(beads.length + k).olds.push(k));
  return beads.map((_, b) => {
    const group = groupAt(b);
    group.beads.push(b);
    return group;
  });
}

/** Whether the translation of a group is the one its previous pairs recorded. */
function unchangedTranslation(beads: readonly PairBead[], olds: readonly LockPair[], targetById: ReadonlyMap<string, Unit>): boolean {
  const [bead] = beads;
  const [old] = olds;
  // Target IDs are informative only: one bead, one pair and the same translation text suffice.
  if (bead && old && beads.length === 1 && olds.length === 1 && old.targetHash === hashText(joined(bead.target))) return true;
  const target = new Set(beads.flatMap((b) => b.target.map((u) => u.id)));
  const covered = new Set<string>();
  for (const p of olds) {
    const units = p.target.map((id) => targetById.get(id));
    if (units.length === 0 || units.some((u) => !u || !target.has(u.id))) return false;
    if (hashText(joined(units as Unit[])) !== p.targetHash) return false;
    for (const id of p.target) covered.add(id);
  }
  return covered.size === target.size;
}

function joined(units: readonly Unit[]): string {
  return units.map((u) => u.text).join('\n');
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}
