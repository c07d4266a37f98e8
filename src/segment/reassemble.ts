import { InputError } from '../errors.js';
import { foldAttributeEdits, type UnitEdit } from './attribute-write-back.js';
import { stripCodes, tokenizeCodedText } from './coded-text.js';
import { inlineToMarkdown } from './inline-to-markdown.js';
import { jsxAttributeValue } from './jsx-attributes.js';
import { ReferenceLabels } from './reference-labels.js';
import type { SegmentedDocument, Unit } from './types.js';
import { MARKS, stripMarks, wrapInline } from './wrap-inline.js';

/**
 * How a unit written back is laid out on lines: `preserve` keeps the translator's text as given
 * (its soft line breaks stay, none are added); a number wraps it to that many columns; `source`
 * wraps it to the longest line of the unit it replaces when that unit spans several lines
 * (import gives each unit the width of its English paragraph instead: `unitWrap`).
 */
export type WrapMode = 'preserve' | 'source' | number;

/**
 * Whether `wrap` may lay text out on other lines than the translator's: then a unit written
 * back reads back with the same text up to white space (a soft line break is white space).
 *
 * @example wrapsLines(72) // true
 * @example wrapsLines(undefined) // false: `preserve`
 */
export function wrapsLines(wrap: WrapMode | undefined): boolean {
  return wrap !== undefined && wrap !== 'preserve';
}

/** Options of {@link reassemble}. */
export interface ReassembleOptions {
  /** Re-serialise units even when their text is unchanged (for tests). */
  force?: boolean;
  /** Line layout of rewritten paragraphs, list items, block quotes and footnotes (default `preserve`). */
  wrap?: WrapMode;
  /**
   * Unit ID → the layout of that unit, instead of `wrap` (e.g. the width of the English
   * paragraph a target unit translates, see {@link hardWrapWidth}).
   */
  unitWrap?: ReadonlyMap<string, WrapMode>;
}

/**
 * Write units back into their document: the text of every unit named in `translations`
 * (unit id → new coded text) is serialised and spliced into the source at the unit's span.
 * Everything else stays byte for byte; with no translations the source comes back unchanged.
 *
 * @param source the Markdown the document was segmented from
 * @param doc the segmented document
 * @param translations new coded texts by unit id
 * @param options `force` re-serialises units even when their text is unchanged (for tests);
 *   `wrap` lays rewritten paragraphs out on lines (see {@link WrapMode}; headings and table cells are never wrapped)
 * @returns the new Markdown
 * @throws InputError naming the unit when an id is unknown or the codes do not match
 * @example reassemble(src, doc, new Map([[doc.units[0].id, 'Привет']]))
 */
export function reassemble(source: string, doc: SegmentedDocument, translations?: ReadonlyMap<string, string>, options: ReassembleOptions = {}): string {
  if (!translations || translations.size === 0) return source;
  const byId = new Map(doc.units.map((u) => [u.id, u]));
  const changed: UnitEdit[] = [];
  const labels = new ReferenceLabels(source);
  for (const [id, text] of translations) {
    const unit = byId.get(id);
    if (!unit) throw new InputError(`Cannot write unit \`${id}\`: it is not a unit of this document`, { file: doc.file });
    if (text === unit.text && !options.force) continue;
    changed.push({ unit, text });
  }
  const renderOne = ({ unit, text }: UnitEdit): string =>
    render(unit, text, source, doc.file, labels, options.unitWrap?.get(unit.id) ?? options.wrap ?? 'preserve');
  // Inline JSX attributes inside a rewritten unit go into its codes (attribute-write-back.ts).
  const edits = foldAttributeEdits(changed, renderOne, doc.file).map((e) => ({ start: e.unit.start.offset, end: e.unit.end.offset, text: renderOne(e) }));
  // Built once, front to back: splicing edits one at a time would copy the text per edit.
  edits.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let last = 0;
  for (const edit of edits) {
    parts.push(source.slice(last, edit.start), edit.text);
    last = edit.end;
  }
  parts.push(source.slice(last));
  return parts.join('');
}

function render(unit: Unit, text: string, source: string, file: string, labels: ReferenceLabels, wrap: WrapMode): string {
  switch (unit.kind) {
    case 'frontmatter':
      return yamlScalar(plain(unit, text, file), source.slice(unit.start.offset, unit.end.offset));
    case 'alt':
      return oneLine(plain(unit, text, file)).replace(/[\\[\]*_`<&~!]/g, '\\$&');
    case 'jsxAttribute':
      return jsxAttributeValue(plain(unit, text, file), source[unit.end.offset] ?? '"');
    case 'imageTitle': {
      const quote = source[unit.end.offset] ?? '"';
      const close = quote === ')' ? /[\\()&]/g : new RegExp(`[\\\\&${quote}]`, 'g');
      return oneLine(plain(unit, text, file)).replace(close, '\\$&');
    }
    case 'tableCell':
      return inlineToMarkdown(unit, text, file, { labels: labels.of(unit) });
    case 'heading':
      if (isAtx(unit, source)) return inlineToMarkdown(unit, text, file, { heading: 'atx', labels: labels.of(unit) });
      // A setext heading's text is written on lines like a paragraph's (its underline follows the span); headings are never wrapped.
      return inlineToMarkdown(unit, text, file, { heading: 'setext', labels: labels.of(unit) }).replace(/\n/g, `\n${continuation(unit, source)}`);
    default: {
      const prefix = continuation(unit, source);
      const markdown = inlineToMarkdown(unit, text, file, { labels: labels.of(unit) });
      return wrapped(unit, text, markdown, source, file, labels, wrap, prefix).replace(/\n/g, `\n${prefix}`);
    }
  }
}

/**
 * The unit's Markdown laid out as `wrap` says. The codes' Markdown is located by serialising
 * once more with marks around it; when the marks change how the text is escaped (they stand
 * next to the text), the Markdown is left unwrapped rather than risked.
 */
function wrapped(unit: Unit, text: string, markdown: string, source: string, file: string, labels: ReferenceLabels, wrap: WrapMode, prefix: string): string {
  const columns = wrap === 'source' ? hardWrapWidth(source, unit) : wrap === 'preserve' ? undefined : wrap;
  if (columns === undefined || MARKS.test(text) || unit.codes.some((c) => MARKS.test(c.data + (c.dataEnd ?? '')))) return markdown;
  const marked = inlineToMarkdown(unit, text, file, { labels: labels.of(unit), marked: true });
  if (stripMarks(marked) !== markdown) return markdown;
  const lineStart = source.lastIndexOf('\n', unit.start.offset - 1) + 1;
  return wrapInline(marked, columns, [...source.slice(lineStart, unit.start.offset)].length, [...prefix].length);
}

/**
 * The longest line of a unit that spans several lines (its container's prefix included), else
 * undefined: one line is not hard-wrapped. What `wrap: source` wraps to.
 *
 * @param source the Markdown the unit was segmented from
 * @param unit the unit
 * @example hardWrapWidth('Two\nlines of text.\n', doc.units[0]) // 14
 */
export function hardWrapWidth(source: string, unit: Unit): number | undefined {
  const lineStart = source.lastIndexOf('\n', unit.start.offset - 1) + 1;
  const span = source.slice(lineStart, unit.end.offset);
  if (!span.includes('\n')) return undefined;
  return Math.max(...span.split(/\r?\n/).map((line) => [...line].length));
}

/** Whether a heading unit is written `# …`: its line, before the text, ends in its `#` sequence. */
function isAtx(unit: Unit, source: string): boolean {
  const lineStart = source.lastIndexOf('\n', unit.start.offset - 1) + 1;
  return /#[ \t]+$/.test(source.slice(lineStart, unit.start.offset));
}

/** Text of a unit that takes no codes (front matter, alt text, titles). */
function plain(unit: Unit, text: string, file: string): string {
  if (tokenizeCodedText(text).some((t) => t.type !== 'text')) {
    throw new InputError(`Unexpected codes in the translation of unit \`${unit.id}\`: a ${unit.kind} unit takes plain text`, {
      file,
      line: unit.start.line,
      column: unit.start.column,
    });
  }
  return stripCodes(text);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** What starts each continuation line of a block: its container's indentation and `>` marks. */
function continuation(unit: Unit, source: string): string {
  const lineStart = source.lastIndexOf('\n', unit.start.offset - 1) + 1;
  const nextLine = source.indexOf('\n', unit.start.offset);
  if (nextLine !== -1 && nextLine < unit.end.offset) {
    const line = source.slice(nextLine + 1, unit.end.offset);
    return /^[ \t>]*/.exec(line)?.[0] ?? '';
  }
  return source.slice(lineStart, unit.start.offset).replace(/[^>\t]/g, ' ');
}

/** A YAML scalar for `value`, in the style of the original scalar where that is safe. */
function yamlScalar(value: string, original: string): string {
  const first = original[0];
  if (first === "'") return `'${value.replace(/'/g, "''").replace(/\n/g, '\n\n')}'`;
  if (first !== '"' && first !== '|' && first !== '>' && isPlainSafe(value)) return value;
  return JSON.stringify(value).replace(/\u2028|\u2029/g, (c) => (c === '\u2028' ? '\\u2028' : '\\u2029'));
}

function isPlainSafe(value: string): boolean {
  if (value === '' || value !== value.trim() || value.includes('\n')) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value)) return false;
  if (/: |\s#/.test(value) || value.endsWith(':')) return false;
  return !/^(true|false|null|yes|no|on|off|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?)$/i.test(value);
}
