import type { Unit } from '../segment/types.js';
import { plainText } from './unit-source-map.js';

/** The plain texts of one side of a pair, joined with blank lines, with a way back to units. */
export interface JoinedText {
  text: string;
  parts: ReadonlyArray<{ unit: Unit; start: number; end: number }>;
}

/**
 * Join the plain texts of units (a pair side may hold one or two units).
 *
 * @example joinUnits(source, pair.ru).text
 */
export function joinUnits(source: string, units: readonly Unit[]): JoinedText {
  let text = '';
  const parts: Array<{ unit: Unit; start: number; end: number }> = [];
  for (const unit of units) {
    if (text) text += '\n\n';
    const plain = plainText(source, unit);
    parts.push({ unit, start: text.length, end: text.length + plain.length });
    text += plain;
  }
  return { text, parts };
}

/**
 * The unit and unit-relative span of a span of joined text (clipped to the unit it starts in).
 *
 * @returns `{ unit, span }` for a finding, or `{}` when the side is empty
 * @example report({ key: 'message.number-extra', ...spanIn(ru, q.start, q.end) })
 */
export function spanIn(joined: JoinedText, start: number, end: number): { unit?: Unit; span?: readonly [number, number] } {
  const part = joined.parts.find((p) => start <= p.end) ?? joined.parts.at(-1);
  if (!part) return {};
  const from = Math.max(0, start - part.start);
  const to = Math.min(part.end - part.start, Math.max(from, end - part.start));
  return { unit: part.unit, span: [from, to] };
}
