/**
 * The anchors of the items of one alignment, compiled once into interned ids and flat arrays,
 * so that scoring a candidate bead — done for every cell and move of the DP — allocates nothing.
 */
import type { AnchorSet } from './extract-anchors.js';
import { consonantSkeleton, skeletonsMatch } from './transliterate.js';

/** The evidence anchors give for (or against) a pairing. */
export interface AnchorEvidence {
  /** Weighted count of anchors found on both sides. */
  matched: number;
  /** Weighted count of anchors found on one side only. */
  unmatched: number;
  /** Cost added to the bead: negative when anchors agree, positive when they disagree. */
  cost: number;
  /** Links of any kind between the two sides: matched anchors plus shared cognates (see content-agreement.ts). */
  links: number;
}

/** Anchor evidence of any bead `en[i..i+di)` ↔ `ru[j..j+dj)` of a compiled alignment. */
export interface AnchorTable {
  /** The anchor cost of a bead (what `evidence(…).cost` gives), without allocating. */
  cost: (i: number, j: number, di: number, dj: number) => number;
  /** Matched and unmatched counts and the cost of a bead. */
  evidence: (i: number, j: number, di: number, dj: number) => AnchorEvidence;
}

/** Weights (in cost units, ~nats) of each kind of evidence. */
const W = {
  keyMatched: 2.5,
  keyUnmatched: 1.5,
  termUnmatched: 0.7,
  nameMatched: 1.5,
  enNameUnmatched: 0.4,
  ruNameUnmatched: 0.2,
  latinMatched: 1.5,
  latinUnmatched: 0.6,
  cognate: 1,
} as const;

/** Per-item lists flattened: the values of item `k` are `values[start[k] .. start[k + 1])`. */
interface Lists {
  start: Int32Array;
  values: Int32Array;
}

/**
 * Compile the anchor sets of the English and Russian items of one alignment.
 *
 * Exact keys (numbers, codes, terms), Latin words, names and cognates are interned; each item
 * keeps short arrays of ids, and Latin words and cognates keep the sorted list of English items
 * they occur in, so a bead's evidence is a few array scans. The result is the same, to the
 * order of additions, as comparing the merged anchor sets of the bead's two sides.
 *
 * @param source anchor sets of the English items, in order
 * @param target anchor sets of the Russian items, in order
 * @returns cost and evidence functions over item ranges
 * @example compileAnchors([anchorsOf('In 1933.', 'en')], [anchorsOf('В 1933 г.', 'ru')]).evidence(0, 0, 1, 1).matched // 1
 */
export function compileAnchors(source: readonly AnchorSet[], target: readonly AnchorSet[]): AnchorTable {
  const keyIds = new Map<string, number>();
  const keyLists = (sets: readonly AnchorSet[]): { ids: Lists; counts: Int32Array } => {
    const ids = lists(sets, (set) => [...set.keys.keys()].map((key) => intern(keyIds, key)));
    return { ids, counts: Int32Array.from(sets.flatMap((set) => [...set.keys.values()])) };
  };
  const sourceKeys = keyLists(source);
  const targetKeys = keyLists(target);
  const isTerm = new Uint8Array(keyIds.size);
  for (const [key, id] of keyIds) isTerm[id] = key.startsWith('t:') ? 1 : 0;

  // Latin words of the Russian side, each with the English items whose words contain it.
  const latinIds = new Map<string, number>();
  const targetLatin = lists(target, (set) => set.latin.map((word) => intern(latinIds, word)));
  const latinWords = [...latinIds.keys()];
  const latinHits = occurrences(latinWords, source, (set, word) => set.words.has(word) || set.words.has(`${word}s`) || set.words.has(`${word}es`));
  const latinSkeletons = latinWords.map(consonantSkeleton);

  // Names: item k's name skeletons are `…NameText[…NameStart[k] .. …NameStart[k + 1])`.
  const sourceNameStart = starts(source, (set) => set.names.length);
  const targetNameStart = starts(target, (set) => set.names.length);
  const sourceNameText = source.flatMap((set) => set.names);
  const targetNameText = target.flatMap((set) => set.names);

  const cognateIds = new Map<string, number>();
  const targetCognates = lists(target, (set) => [...set.cognates].map((c) => intern(cognateIds, c)));
  const cognateHits = occurrences([...cognateIds.keys()], source, (set, c) => set.cognates.has(c));

  // Scratch space, reused by every call.
  const sourceCount = new Int32Array(keyIds.size);
  const targetCount = new Int32Array(keyIds.size);
  const sourceTouched = new Int32Array(sourceKeys.ids.values.length);
  const targetTouched = new Int32Array(targetKeys.ids.values.length);
  const used = new Uint8Array(targetNameText.length);
  const consumed = new Int32Array(targetLatin.values.length);
  let matched = 0;
  let unmatched = 0;
  let cognates = 0;

  const cost = (i: number, j: number, di: number, dj: number): number => {
    matched = 0;
    unmatched = 0;
    cognates = 0;
    let total = 0;
    let sourceTop = 0;
    for (let k = sourceKeys.ids.start[i] as number; k < (sourceKeys.ids.start[i + di] as number); k++) {
      const id = sourceKeys.ids.values[k] as number;
      if (sourceCount[id] === 0) sourceTouched[sourceTop++] = id;
      sourceCount[id] = (sourceCount[id] as number) + (sourceKeys.counts[k] as number);
    }
    let targetTop = 0;
    for (let k = targetKeys.ids.start[j] as number; k < (targetKeys.ids.start[j + dj] as number); k++) {
      const id = targetKeys.ids.values[k] as number;
      if (targetCount[id] === 0) targetTouched[targetTop++] = id;
      targetCount[id] = (targetCount[id] as number) + (targetKeys.counts[k] as number);
    }
    for (let t = 0; t < sourceTop; t++) {
      const id = sourceTouched[t] as number;
      const count = sourceCount[id] as number;
      const both = Math.min(count, targetCount[id] as number);
      matched += both;
      unmatched += count - both;
      total += -W.keyMatched * both + (isTerm[id] ? W.termUnmatched : W.keyUnmatched) * (count - both);
    }
    for (let t = 0; t < targetTop; t++) {
      const id = targetTouched[t] as number;
      const count = targetCount[id] as number;
      const extra = count - Math.min(count, sourceCount[id] as number);
      unmatched += extra;
      total += (isTerm[id] ? W.termUnmatched : W.keyUnmatched) * extra;
    }
    for (let t = 0; t < sourceTop; t++) sourceCount[sourceTouched[t] as number] = 0;
    for (let t = 0; t < targetTop; t++) targetCount[targetTouched[t] as number] = 0;

    let consumedTop = 0;
    for (let k = targetLatin.start[j] as number; k < (targetLatin.start[j + dj] as number); k++) {
      const word = targetLatin.values[k] as number;
      if (occursIn(latinHits, word, i, di)) {
        matched += 0.5;
        total -= W.latinMatched;
        consumed[consumedTop++] = word;
      } else {
        unmatched += 0.3;
        total += W.latinUnmatched;
      }
    }

    const targetFirst = targetNameStart[j] as number;
    const targetEnd = targetNameStart[j + dj] as number;
    used.fill(0, 0, targetEnd - targetFirst);
    for (let k = sourceNameStart[i] as number; k < (sourceNameStart[i + di] as number); k++) {
      const name = sourceNameText[k] as string;
      if (consumedName(name, consumed, consumedTop, latinSkeletons)) continue;
      let found = -1;
      for (let r = targetFirst; r < targetEnd; r++) {
        if (used[r - targetFirst] === 0 && skeletonsMatch(name, targetNameText[r] as string)) {
          found = r;
          break;
        }
      }
      if (found >= 0) {
        used[found - targetFirst] = 1;
        matched += 0.5;
        total -= W.nameMatched;
      } else {
        unmatched += 0.2;
        total += W.enNameUnmatched;
      }
    }
    for (let r = 0; r < targetEnd - targetFirst; r++) {
      if (used[r]) continue;
      unmatched += 0.1;
      total += W.ruNameUnmatched;
    }

    for (let k = targetCognates.start[j] as number; k < (targetCognates.start[j + dj] as number); k++) {
      if (occursIn(cognateHits, targetCognates.values[k] as number, i, di)) {
        total -= W.cognate;
        cognates++;
      }
    }
    return total;
  };
  const evidence = (i: number, j: number, di: number, dj: number): AnchorEvidence => {
    const total = cost(i, j, di, dj);
    return { matched, unmatched, cost: total, links: matched + cognates };
  };
  return { cost, evidence };
}

function intern(ids: Map<string, number>, value: string): number {
  let id = ids.get(value);
  if (id === undefined) ids.set(value, (id = ids.size));
  return id;
}

/** Flatten per-item id lists. */
function lists<T>(items: readonly T[], of: (item: T) => number[]): Lists {
  const start = new Int32Array(items.length + 1);
  const values: number[] = [];
  items.forEach((item, k) => {
    for (const v of of(item)) values.push(v);
    start[k + 1] = values.length;
  });
  return { start, values: Int32Array.from(values) };
}

/** Where each item's entries start in the flattened list (and, last, where they end). */
function starts<T>(items: readonly T[], size: (item: T) => number): Int32Array {
  const start = new Int32Array(items.length + 1);
  items.forEach((item, k) => (start[k + 1] = (start[k] as number) + size(item)));
  return start;
}

/** For each value, the (ascending) English items it occurs in. */
function occurrences(values: readonly string[], source: readonly AnchorSet[], has: (set: AnchorSet, value: string) => boolean): Lists {
  return lists(values, (value) => {
    const items: number[] = [];
    source.forEach((set, k) => {
      if (has(set, value)) items.push(k);
    });
    return items;
  });
}

/** Whether `value` occurs in one of the English items `i..i+di-1` (binary search in its items). */
function occursIn(hits: Lists, value: number, i: number, di: number): boolean {
  let lo = hits.start[value] as number;
  let hi = hits.start[value + 1] as number;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((hits.values[mid] as number) < i) lo = mid + 1;
    else hi = mid;
  }
  return lo < (hits.start[value + 1] as number) && (hits.values[lo] as number) < i + di;
}

/** An English name already credited through a Latin word of the Russian text. */
function consumedName(name: string, consumed: Int32Array, count: number, skeletons: readonly string[]): boolean {
  for (let k = 0; k < count; k++) if (skeletonsMatch(name, skeletons[consumed[k] as number] as string)) return true;
  return false;
}
