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
  const pair = new Set([a, b]);
  const loose = (x: Unit['kind'], y: Unit['kind']): boolean => pair.has(x) && pair.has(y);
  if (loose('paragraph', 'listItem') || loose('paragraph', 'blockquote') || loose('paragraph', 'tableCell')) return 1.5;
  if (pair.has('heading')) return 6;
  return 8;
}

/**
 * Structural cost of a bead: the mean mismatch of its English units against its Russian units,
 * plus a penalty for merging units of different kinds, headings, figures or list items on one side.
 *
 * @example beadStructureCost([h2, p], [p]) > 0 // true
 */
export function beadStructureCost(en: readonly Unit[], ru: readonly Unit[]): number {
  if (en.length === 0 || ru.length === 0) return 0;
  let total = 0;
  for (const e of en) for (const r of ru) total += structureCost(e, r);
  const mixed = (side: readonly Unit[]): number => {
    if (side.length < 2) return 0;
    if (side.some((u) => u.kind !== side[0]?.kind || u.kind === 'heading' || u.kind === 'frontmatter' || u.kind === 'alt')) return 4;
    return side[0]?.kind === 'listItem' ? 3 : 0;
  };
  return total / (en.length * ru.length) + mixed(en) + mixed(ru);
}
