/**
 * Whether the two sides of a pair say the same thing, beyond length: a translation keeps the
 * shape of its source (how many sentences, inline markup spans, questions, colons and
 * parentheses) and shares some of its words (numbers, links, code, names, Latin words,
 * cognates). A paragraph of the right length that is not the translation usually keeps
 * neither. This is evidence for the confidence of a bead, not a cost of the alignment path.
 */
import type { AnchorEvidence } from './anchor-table.js';
import type { AlignItem } from './bead-cost.js';

/** Nats against a pair whose sentence count differs (right pairs: ~3% differ; unrelated ones: ~50%). */
const SENTENCES_DIFFER = 2.5;
/** Nats against a pair whose inline markup count differs (right: ~2%; unrelated: ~50%). */
const MARKUP_DIFFERS = 2.5;
/** Nats against a pair whose questions, colons or parentheses differ (right: ~5%; unrelated: ~70%). */
const PUNCTUATION_DIFFERS = 1.5;
/** English characters from which a text's shape counts in full (less for shorter texts). */
const FULL_SHAPE_LENGTH = 120;
/** Nats for a pair whose shape agrees and is not empty (some sentences, some markup). */
const SHAPE_AGREES = 0.5;
/** Characters of English per link a translation shows on average (~1 per 60–70 characters). */
const CHARS_PER_LINK = 90;
/** At most this many nats against a pair without a single link. */
const NO_LINK_LIMIT = 4;
/** Nats for a pair with at least two links. */
const LINKS_AGREE = 1;

/**
 * The evidence (nats, positive: against) that `en[i..i+di)` and `ru[j..j+dj)` do not translate
 * each other, from their shapes and their links (`evidence.links`; `undefined` when anchors
 * are off). 0 for a 1–0 or 0–1 bead. The weights are rounded log ratios of how often right and
 * wrong pairs show each sign (docs/alignment.md, "Scores").
 *
 * @example contentDisagreement(en, ru, 3, 3, 1, 1, coster.evidence(3, 3, 1, 1)) // 0 … ~11
 */
export function contentDisagreement(
  source: readonly AlignItem[],
  target: readonly AlignItem[],
  i: number,
  j: number,
  di: number,
  dj: number,
  evidence?: AnchorEvidence,
): number {
  if (di === 0 || dj === 0) return 0;
  const a = shapeSum(source, i, di);
  const b = shapeSum(target, j, dj);
  // Signs of one free rendering (a sentence split, a colon for a dash) go together: the
  // strongest counts in full, the others by half. Short texts (headings) are rephrased freely.
  const signs: number[] = [];
  let agrees = 0;
  const [sa, ma, ...pa] = a;
  const [sb, mb, ...pb] = b;
  if (sa !== undefined && sb !== undefined) {
    if (sa !== sb) signs.push(Math.min(sa, sb) <= 3 ? SENTENCES_DIFFER : SENTENCES_DIFFER / 2);
    else if (sa > 1) agrees += SHAPE_AGREES;
  }
  if (ma !== undefined && mb !== undefined) {
    if (ma !== mb) signs.push(MARKUP_DIFFERS);
    else if (ma > 0) agrees += SHAPE_AGREES;
  }
  if (pa.some((x, k) => x !== pb[k])) signs.push(PUNCTUATION_DIFFERS);
  signs.sort((x, y) => y - x);
  let sourceLength = 0;
  for (let k = i; k < i + di; k++) sourceLength += (source[k] as AlignItem).length;
  const weight = Math.min(1, sourceLength / FULL_SHAPE_LENGTH);
  let against = weight * signs.reduce((sum, x, k) => sum + (k === 0 ? x : x / 2), 0) - agrees;
  if (evidence) {
    // Items known by their length only (no words) cannot show links: their absence says nothing.
    if (evidence.links === 0 && hasWords(source, i, di) && hasWords(target, j, dj)) against += Math.min(NO_LINK_LIMIT, sourceLength / CHARS_PER_LINK);
    else if (evidence.links >= 2) against -= LINKS_AGREE;
  }
  return against;
}

/** The summed shape of a group of items (empty when an item has none). */
function shapeSum(items: readonly AlignItem[], from: number, count: number): number[] {
  const out: number[] = [];
  for (let k = from; k < from + count; k++) {
    const shape = (items[k] as AlignItem).anchors.shape;
    if (!shape) return [];
    shape.forEach((x, n) => (out[n] = (out[n] ?? 0) + x));
  }
  return out;
}

function hasWords(items: readonly AlignItem[], from: number, count: number): boolean {
  for (let k = from; k < from + count; k++) if ((items[k] as AlignItem).anchors.words.size > 0) return true;
  return false;
}
