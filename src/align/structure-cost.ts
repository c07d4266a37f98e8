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
export function structureCost(en: Unit, ru: Unit): number {
  if (en.kind === 'frontmatter' || ru.kind === 'frontmatter') {
    return en.kind === ru.kind && frontmatterKey(en.path) === frontmatterKey(ru.path) ? 0 : 20;
  }
  if (en.kind !== ru.kind) return kindMismatch(en.kind, ru.kind);
  if (en.kind === 'heading') return en.depth === ru.depth ? -1.5 : 3;
  if (en.kind === 'footnote' && en.label !== undefined && ru.label !== undefined) return en.label === ru.label ? -3 : 6;
  if (en.kind === 'alt' || en.kind === 'imageTitle') return -2;
  return 0;
}

/**
 * How much the length model counts for a pair: captions, credits and headings are short and
 * freely rephrased, so their length says little.
 *
 * @example lengthWeight(altEn, altRu) // 0.25
 */
export function lengthWeight(en: Unit, ru: Unit): number {
  if (en.kind !== ru.kind) return 1;
  if (en.kind === 'alt' || en.kind === 'imageTitle' || en.kind === 'frontmatter') return 0.25;
  if (en.kind === 'heading') return 0.6;
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
export function beadStructureCost(en: readonly Unit[], ru: readonly Unit[]): number {
  return beadStructureCostAt(en, ru, 0, 0, en.length, ru.length);
}

/**
 * `beadStructureCost` of the bead `en[i..i+di)` ↔ `ru[j..j+dj)`, without copying the units.
 *
 * @example beadStructureCostAt(en.units, ru.units, 4, 4, 2, 1) // beadStructureCost(en.units.slice(4, 6), ru.units.slice(4, 5))
 */
export function beadStructureCostAt(en: readonly Unit[], ru: readonly Unit[], i: number, j: number, di: number, dj: number): number {
  if (di === 0 || dj === 0) return 0;
  let total = 0;
  for (let e = i; e < i + di; e++) for (let r = j; r < j + dj; r++) total += structureCost(en[e] as Unit, ru[r] as Unit);
  return total / (di * dj) + mixed(en, i, di) + mixed(ru, j, dj);
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
