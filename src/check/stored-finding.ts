import type { Unit } from '../segment/types.js';
import type { Finding, RuleId, UnitPair } from './types.js';

/**
 * A finding as remembered between runs: its unit and English unit given as indexes into the
 * unit pair instead of objects (positions are computed again from the current document).
 * Plain JSON: what a rule reports besides units is strings, numbers and spans.
 */
export interface StoredFinding extends Omit<Finding, 'unit' | 'english'> {
  rule: RuleId;
  /** Index of the finding's unit in `pair.ru` (absent: a finding without unit). */
  unit?: number;
  /** Index of the English unit in `pair.en`. */
  english?: number;
}

/**
 * A finding of `rule` on a unit pair in storable form, or undefined when it points at a unit
 * outside the pair (it cannot be tied to the pair's content, so the pair is not remembered).
 *
 * @example storeFinding('typography-ru', finding, pair) // { rule: 'typography-ru', key: …, unit: 0, span: [4, 9] }
 */
export function storeFinding(rule: RuleId, finding: Finding, pair: UnitPair): StoredFinding | undefined {
  const { unit, english, ...rest } = finding;
  const stored: StoredFinding = { rule, ...rest };
  if (unit) {
    const index = pair.target.indexOf(unit);
    if (index === -1) return undefined;
    stored.unit = index;
  }
  if (english) {
    const index = pair.source.indexOf(english);
    if (index === -1) return undefined;
    stored.english = index;
  }
  return stored;
}

/**
 * A remembered finding on the current units of its pair, or undefined when an index does not
 * fit the pair (never the case for an entry found by the pair's key; then computed again).
 *
 * @example restoreFinding(stored, pair)?.unit === pair.ru[stored.unit]
 */
export function restoreFinding(stored: StoredFinding, pair: UnitPair): Finding | undefined {
  const { rule: _rule, unit, english, ...rest } = stored;
  const finding: Finding = { ...rest };
  if (unit !== undefined) {
    const found: Unit | undefined = pair.target[unit];
    if (!found) return undefined;
    finding.unit = found;
  }
  if (english !== undefined) {
    const found: Unit | undefined = pair.source[english];
    if (!found) return undefined;
    finding.english = found;
  }
  return finding;
}
