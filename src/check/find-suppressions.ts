import type { Unit } from '../segment/types.js';

/** A `<!-- diglot-ignore rule-a, rule-b: reason -->` comment of the Russian file. */
export interface Suppression {
  /** Rule ids named; empty means every rule. */
  rules: string[];
  reason: string;
  /** Source offsets of the comment. */
  start: number;
  end: number;
  /** The unit it applies to: the one the comment sits in, or the next one. */
  unit: Unit | undefined;
}

const COMMENT = /<!--\s*diglot-ignore\b([^:>]*?)(?::([\s\S]*?))?\s*-->/g;

/**
 * Find the suppression comments of a file and the unit each applies to (the unit that
 * contains the comment, else the first unit after it).
 *
 * @param source the Russian file
 * @param units its units in document order
 * @returns suppressions in source order
 * @example findSuppressions('<!-- diglot-ignore typography-ru: quoting a title -->\nТекст', units)[0]?.rules // ['typography-ru']
 */
export function findSuppressions(source: string, units: readonly Unit[]): Suppression[] {
  const out: Suppression[] = [];
  for (const m of source.matchAll(COMMENT)) {
    const start = m.index;
    const end = start + m[0].length;
    const rules = (m[1] ?? '').split(/[\s,]+/).filter(Boolean);
    const unit = units.find((u) => u.end.offset > end && !(u.kind === 'frontmatter' && u.start.offset < start));
    out.push({ rules, reason: (m[2] ?? '').trim(), start, end, unit });
  }
  return out;
}
