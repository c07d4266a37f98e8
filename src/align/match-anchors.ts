/**
 * Compare the anchors of the English and Russian sides of a candidate bead.
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

/**
 * Match the anchors of the English texts against those of the Russian texts of a bead.
 *
 * @param en anchor sets of the English side
 * @param ru anchor sets of the Russian side
 * @returns matched and unmatched (weighted) counts and the resulting cost
 * @example matchAnchors([anchorsOf('In 1933.', 'en')], [anchorsOf('В 1933 г.', 'ru')]).matched // 1
 */
export function matchAnchors(en: readonly AnchorSet[], ru: readonly AnchorSet[]): AnchorEvidence {
  let matched = 0;
  let unmatched = 0;
  let cost = 0;
  const enKeys = mergeKeys(en);
  const ruKeys = mergeKeys(ru);
  for (const [key, count] of enKeys) {
    const other = ruKeys.get(key) ?? 0;
    const both = Math.min(count, other);
    matched += both;
    unmatched += count - both;
    cost += -W.keyMatched * both + missing(key) * (count - both);
  }
  for (const [key, count] of ruKeys) {
    const extra = count - Math.min(count, enKeys.get(key) ?? 0);
    unmatched += extra;
    cost += missing(key) * extra;
  }
  const enWords = en.length === 1 ? (en[0] as AnchorSet).words : new Set(en.flatMap((a) => [...a.words]));
  const consumed = new Set<string>();
  for (const word of ru.flatMap((a) => a.latin)) {
    if (enWords.has(word) || enWords.has(`${word}s`) || enWords.has(`${word}es`)) {
      matched += 0.5;
      cost -= W.latinMatched;
      consumed.add(consonantSkeleton(word));
    } else {
      unmatched += 0.3;
      cost += W.latinUnmatched;
    }
  }
  const ruNames = ru.flatMap((a) => a.names);
  const used = new Array<boolean>(ruNames.length).fill(false);
  const latinSkeletons = [...consumed];
  for (const name of en.flatMap((a) => a.names)) {
    if (latinSkeletons.length && consumedName(name, latinSkeletons)) continue;
    const k = ruNames.findIndex((r, idx) => !used[idx] && skeletonsMatch(name, r));
    if (k >= 0) {
      used[k] = true;
      matched += 0.5;
      cost -= W.nameMatched;
    } else {
      unmatched += 0.2;
      cost += W.enNameUnmatched;
    }
  }
  for (let k = 0; k < ruNames.length; k++) {
    if (used[k]) continue;
    unmatched += 0.1;
    cost += W.ruNameUnmatched;
  }
  const enCognates = en.length === 1 ? (en[0] as AnchorSet).cognates : new Set(en.flatMap((a) => [...a.cognates]));
  for (const set of ru) for (const c of set.cognates) if (enCognates.has(c)) cost -= W.cognate;
  return { matched, unmatched, cost };
}

/** The cost of an anchor found on one side only: glossary detection is fuzzy, so terms cost less. */
function missing(key: string): number {
  return key.startsWith('t:') ? W.termUnmatched : W.keyUnmatched;
}

function mergeKeys(sets: readonly AnchorSet[]): Map<string, number> {
  if (sets.length === 1) return (sets[0] as AnchorSet).keys;
  const out = new Map<string, number>();
  for (const set of sets) for (const [k, v] of set.keys) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}

/** An English name already credited through a Latin word of the Russian text. */
function consumedName(skeleton: string, latinSkeletons: readonly string[]): boolean {
  return latinSkeletons.some((w) => skeletonsMatch(skeleton, w));
}
