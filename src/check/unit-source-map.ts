import type { InlineCode, Point, Unit } from '../segment/types.js';
import { tokenizeCodedText } from '../segment/coded-text.js';
import type { LineIndex } from '../util/line-index.js';

/** The plain text of a unit and, for every plain offset, the source offset it came from. */
export interface UnitSourceMap {
  /** Text without placeholders (`{{` read as `{`). */
  plain: string;
  /** `offsets[i]` is the source offset of `plain[i]`; `offsets[plain.length]` is just after the last one. */
  offsets: number[];
  /** Source span of each inline code (paired: opening delimiter to closing one), by code id. */
  codes: Map<number, { start: number; end: number }>;
}

/** How far ahead (in source characters) a text character is looked for before giving up. */
const LOOKAHEAD = 16;

const cache = new WeakMap<Unit, UnitSourceMap>();

/**
 * Map each character of a unit's plain text back to the source. Text runs are matched
 * character by character against the source span of the unit, skipping what the parser
 * removed (backslash escapes, list indentation, blockquote markers); inline codes are skipped
 * by finding their original Markdown (`data`, `dataEnd`). Limits: a character the source
 * spells differently (an entity such as `&nbsp;`, a YAML escape) maps to the position where
 * the search stopped, so a span can start up to a few characters early; never outside the unit.
 *
 * @param source the whole file
 * @param unit a unit of that file
 * @returns the plain text and its source offsets
 * @example mapUnitToSource('a *b*', unit).offsets // [0, 1, 3, 5]
 */
export function mapUnitToSource(source: string, unit: Unit): UnitSourceMap {
  const cached = cache.get(unit);
  if (cached) return cached;
  const end = Math.min(unit.end.offset, source.length);
  const codes = new Map<number, InlineCode>(unit.codes.map((c) => [c.id, c]));
  let plain = '';
  const offsets: number[] = [];
  const spans = new Map<number, { start: number; end: number }>();
  let j = unit.start.offset;
  for (const token of tokenizeCodedText(unit.text)) {
    if (token.type === 'text') {
      for (const ch of token.value) {
        let k = j;
        while (k < end && k - j <= LOOKAHEAD && !source.startsWith(ch, k)) k++;
        const found = k < end && source.startsWith(ch, k);
        for (let u = 0; u < ch.length; u++) offsets.push((found ? k : j) + u);
        plain += ch;
        if (found) j = k + ch.length;
      }
      continue;
    }
    const code = codes.get(token.id);
    const data = token.type === 'close' ? code?.dataEnd : code?.data;
    if (!data) continue;
    const at = source.indexOf(data, j);
    if (at === -1 || at >= end) continue;
    j = at + data.length;
    if (token.type === 'open') spans.set(token.id, { start: at, end: j });
    else if (token.type === 'ph') spans.set(token.id, { start: at, end: j });
    else spans.set(token.id, { start: spans.get(token.id)?.start ?? at, end: j });
  }
  offsets.push(Math.min(j, end));
  const map = { plain, offsets, codes: spans };
  cache.set(unit, map);
  return map;
}

/** The plain text of a unit (cached). */
export function plainText(source: string, unit: Unit): string {
  return mapUnitToSource(source, unit).plain;
}

/**
 * The source position of a span of a unit's plain text, or of the whole unit.
 *
 * @param source the whole file
 * @param lines its line index
 * @param unit the unit
 * @param span plain-text offsets `[start, end)`; the whole unit when absent
 * @returns unist start and end points
 * @example locateSpan(src, lines, unit, [4, 9]).start.column
 */
export function locateSpan(source: string, lines: LineIndex, unit: Unit, span?: readonly [number, number], codeId?: number): { start: Point; end: Point } {
  const code = codeId === undefined ? undefined : mapUnitToSource(source, unit).codes.get(codeId);
  if (code) return { start: lines.point(code.start), end: lines.point(code.end) };
  if (!span) return { start: unit.start, end: unit.end };
  const { offsets } = mapUnitToSource(source, unit);
  const last = offsets.length - 1;
  const from = offsets[Math.max(0, Math.min(span[0], last))] ?? unit.start.offset;
  const endIndex = Math.max(0, Math.min(span[1], last));
  const to = span[1] > span[0] && endIndex > 0 ? (offsets[endIndex - 1] ?? from) + 1 : (offsets[endIndex] ?? from);
  return { start: lines.point(from), end: lines.point(Math.max(from, to)) };
}

/**
 * A unit's text for showing in a message: its plain text with inline code kept as written
 * (with its backticks), other markup dropped (links and emphasis keep their text, a hard break
 * reads as a space), on one line — whitespace runs, line breaks included, become one space —
 * and at most `max` characters.
 *
 * @param unit the unit
 * @param max the longest excerpt (a longer one ends in `…`)
 * @returns one line of text
 * @example excerptText(unit) // 'Note that `config/routes.rb` is not config'
 */
export function excerptText(unit: Unit, max = 80): string {
  const codes = new Map<number, InlineCode>(unit.codes.map((c) => [c.id, c]));
  let text = '';
  for (const token of tokenizeCodedText(unit.text)) {
    if (token.type === 'text') text += token.value;
    else if (token.type === 'ph') {
      const code = codes.get(token.id);
      if (code?.kind === 'inlineCode') text += code.data;
      else if (code?.kind === 'break') text += ' ';
    }
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
