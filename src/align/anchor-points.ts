/**
 * Anchor points: English and Russian items that share an anchor found nowhere else in either
 * text (a link target, a number, a glossary term), kept when they agree in order. They pin the
 * diagonal a banded DP searches around, so a translation missing a long stretch — the first
 * half of the document, a chapter in the middle — still falls inside the band.
 */
import type { AlignItem } from './bead-cost.js';

/**
 * The longest chain of items pairs `[i, j]`, increasing in both, tied by anchors unique to one
 * English and one Russian item.
 *
 * @param source English items
 * @param target Russian items
 * @returns pairs `[i, j]`, strictly increasing in `i` and in `j`
 * @example anchorPoints(enItems, ruItems) // [[0, 0], [3, 2], [7, 5]]
 */
export function anchorPoints(source: readonly AlignItem[], target: readonly AlignItem[]): Array<[number, number]> {
  const where = (items: readonly AlignItem[]): Map<string, number> => {
    const item = new Map<string, number>();
    items.forEach((x, k) => {
      for (const key of x.anchors.keys.keys()) item.set(key, item.has(key) ? -1 : k);
    });
    return item;
  };
  const sourceAt = where(source);
  const targetAt = where(target);
  const candidates: Array<[number, number]> = [];
  for (const [key, i] of sourceAt) {
    const j = targetAt.get(key);
    if (i >= 0 && j !== undefined && j >= 0) candidates.push([i, j]);
  }
  candidates.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return increasingChain(candidates);
}

/** The longest subsequence strictly increasing in both coordinates (input sorted by `i`), O(k log k). */
function increasingChain(points: ReadonlyArray<[number, number]>): Array<[number, number]> {
  // tails[len] = index of the point ending the best chain of length len + 1 (smallest j).
  const tails: number[] = [];
  const previous = new Array<number>(points.length).fill(-1);
  let groupStart = 0;
  const pending: Array<[number, number]> = [];
  for (let k = 0; k <= points.length; k++) {
    // Points of one row may not follow each other: place a row's points only after all of them are searched.
    if (k === points.length || (k > groupStart && (points[k] as [number, number])[0] !== (points[groupStart] as [number, number])[0])) {
      for (const [at, p] of pending) {
        if (at === tails.length) tails.push(p);
        else if ((points[p] as [number, number])[1] < (points[tails[at] as number] as [number, number])[1]) tails[at] = p;
      }
      pending.length = 0;
      groupStart = k;
      if (k === points.length) break;
    }
    const j = (points[k] as [number, number])[1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((points[tails[mid] as number] as [number, number])[1] < j) lo = mid + 1;
      else hi = mid;
    }
    previous[k] = lo > 0 ? (tails[lo - 1] as number) : -1;
    pending.push([lo, k]);
  }
  const chain: Array<[number, number]> = [];
  for (let k = tails.length ? (tails[tails.length - 1] as number) : -1; k >= 0; k = previous[k] as number) chain.push(points[k] as [number, number]);
  return chain.reverse();
}
