import type { VFileMessage } from 'vfile-message';
import type { Point, Unit } from '../segment/types.js';
import type { FindingView } from './types.js';

/**
 * Attach check messages to the units they are on: a message belongs to the unit whose span
 * holds its start (line and column). Messages outside every unit are left out.
 *
 * @param units the units of the checked (Russian) document
 * @param messages the messages of `checkPair`
 * @param old messages of the old version; a message whose rule and reason it lacks is `new`
 * @returns unit index → its findings
 * @example findUnitFindings(ru.units, checkPair(en, ru).messages).get(4)
 */
export function findUnitFindings(units: readonly Unit[], messages: readonly VFileMessage[], old?: readonly VFileMessage[]): Map<number, FindingView[]> {
  const seen = new Map<string, number>();
  for (const m of old ?? []) seen.set(keyOf(m), (seen.get(keyOf(m)) ?? 0) + 1);
  const out = new Map<number, FindingView[]>();
  for (const m of messages) {
    const at = startOf(m);
    if (!at) continue;
    const index = units.findIndex((u) => !before(at, u.start) && !before(u.end, at));
    if (index < 0) continue;
    const left = seen.get(keyOf(m)) ?? 0;
    if (left > 0) seen.set(keyOf(m), left - 1);
    const finding: FindingView = {
      ruleId: m.ruleId ?? 'unknown',
      severity: m.fatal ? 'error' : 'warning',
      line: at.line,
      column: at.column,
      reason: m.reason,
      new: old === undefined || left === 0,
    };
    out.set(index, [...(out.get(index) ?? []), finding]);
  }
  return out;
}

function keyOf(m: VFileMessage): string {
  return `${m.ruleId ?? ''}\u0000${m.reason}`;
}

function startOf(m: VFileMessage): Pick<Point, 'line' | 'column'> | undefined {
  const place = m.place;
  if (!place) return m.line ? { line: m.line, column: m.column ?? 1 } : undefined;
  return 'start' in place ? place.start : place;
}

function before(a: Pick<Point, 'line' | 'column'>, b: Pick<Point, 'line' | 'column'>): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}
