/**
 * Structural (in)compatibility of an English and a Russian unit: kind, heading depth, footnote
 * label, front-matter path. A translation keeps the structure; a mismatch costs.
 */
import type { Unit } from '../segment/types.js';

/**
 * The cost (nats) of pairing `en` with `ru` on structure alone: 0 for agreeing paragraphs,
 * negative (a bonus) for agreeing headings, footnotes and figures, positive for mismatches.
 *
 * @example structureCost(p1, p2) // 0
 * @example structureCost(heading, paragraph) // 6
 */
export function structureCost(source: Unit, target: Unit): number {
  if (source.kind === 'frontmatter' || target.kind === 'frontmatter') {
    return source.kind === target.kind && frontmatterKey(source.path) === frontmatterKey(target.path) ? 0 : 20;
  }
  if (source.kind !== target.kind) return kindMismatch(source.kind, target.kind);
  if (source.kind === 'heading') return source.depth === target.depth ? -1.5 : 3;
  if (source.kind === 'footnote' && source.label !== undefined && target.label !== undefined) return source.label === target.label ? -3 : 6;
  if (source.kind === 'alt' || source.kind === 'imageTitle') return -2;
  return 0;
}

/**
 * How much the length model counts for a pair: captions, credits and headings are short and
 * freely rephrased, so their length says little.
 *
 * @example lengthWeight(altEn, altRu) // 0.25
 */
export function lengthWeight(source: Unit, target: Unit): number {
  if (source.kind !== target.kind) return 1;
  if (source.kind === 'alt' || source.kind === 'imageTitle' || source.kind === 'frontmatter') return 0.25;
  if (source.kind === 'heading') return 0.6;
  return 1;
}

/** Front-matter path without list indices' content differences (`poll.options[2].text` stays as is). */
function frontmatterKey(path: string): string {
  return path.replace(/^frontmatter\//, '');
}

function kindMismatch(a: Unit['kind'], b: Unit['kind']): number {
  const other = a === 'paragraph' ? b : b === 'paragraph' ? a : undefined;
  if (other === 'listItem' || other === 'blockquote' || other === 'tableCell') return 1.5;
  if (a === 'heading' || b === 'heading') return 6;
  return 8;
}

/**
 * Structural cost of a bead: the mean mismatch of its English units against its Russian units,
 * plus a penalty for merging units of different kinds, headings, figures or list items on one side.
 *
 * @example beadStructureCost([h2, p], [p]) > 0 // true
 */
export function beadStructureCost(source: readonly Unit[], target: readonly Unit[]): number {
  return beadStructureCostAt(source, target, 0, 0, source.length, target.length);
}

/**
 * `beadStructureCost` of the bead `en[i..i+di)` ↔ `ru[j..j+dj)`, without copying the units.
 *
 * @example beadStructureCostAt(en.units, ru.units, 4, 4, 2, 1) // beadStructureCost(en.units.slice(4, 6), ru.units.slice(4, 5))
 */
export function beadStructureCostAt(source: readonly Unit[], target: readonly Unit[], i: number, j: number, di: number, dj: number): number {
  if (di === 0 || dj === 0) return 0;
  let total = 0;
  for (let e = i; e < i + di; e++) for (let r = j; r < j + dj; r++) total += structureCost(source[e] as Unit, target[r] as Unit);
  return total / (di * dj) + mixed(source, i, di) + mixed(target, j, dj);
}

/** The penalty for merging `side[from..from+count)` into one bead. */
function mixed(side: readonly Unit[], from: number, count: number): number {
  if (count < 2) return 0;
  const kind = (side[from] as Unit).kind;
  for (let k = from; k < from + count; k++) {
    const u = (side[k] as Unit).kind;
    if (u !== kind || u === 'heading' || u === 'frontmatter' || u === 'alt') return 4;
  }
  return kind === 'listItem' ? 3 : 0;
}
