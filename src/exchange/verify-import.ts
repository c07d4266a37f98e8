import { InputError, type ErrorPlace } from '../errors.js';
import { joinCodedText, tokenizeCodedText } from '../segment/coded-text.js';
import { segmentMarkdown } from '../segment/segment-markdown.js';
import type { UnitKind } from '../segment/types.js';
import { decodeDocument } from '../util/read-document.js';
import type { MarkdownSyntax } from '../markdown/markdown-syntax.js';
import { findForbiddenCharacter } from './forbidden-character.js';

/** A unit the imported document must have: kind and coded text, and the import entry behind it. */
export interface ExpectedUnit {
  kind: UnitKind;
  text: string;
  /** For an imported translation: the English unit ID and its entry in the exchange file. */
  from?: { unit: string; line?: number; column?: number };
}

/** Where {@link verifyImport} reads: the exchange file (for messages), the target file and its language. */
export interface VerifyImportOptions {
  file: string;
  target: string;
  lang: string;
  /** Template tags and MDX attributes to read the output with (default: DEFAULT_SYNTAX). */
  syntax?: MarkdownSyntax | undefined;
  /**
   * Compare texts with their runs of white space collapsed (a soft line break is white space):
   * for an import that wraps what it writes (`wrap` other than `preserve`).
   */
  collapseWhitespace?: boolean | undefined;
}

/**
 * Re-read the Markdown an import is about to write exactly as diglot reads documents (decode
 * the UTF-8 bytes refusing NUL and invalid sequences, parse, segment) and check that it holds
 * exactly the expected units: every unit that was there (with its new text where it was
 * translated) and every inserted one, each read back as the text that was imported. Code
 * numbers are compared by order of appearance (a translation may reorder its codes); with
 * `collapseWhitespace`, runs of white space compare as one space (the lines were wrapped).
 *
 * @param output the new Markdown
 * @param expected the units it must read back as (any order)
 * @param options exchange file, target file and target language
 * @throws InputError naming the import entry (line, column, unit ID) whose translation would
 *   make the file unreadable or would not read back as written
 * @example verifyImport(result.output, expected, { file: 'ru.po', target: 'content/ru/a.md', lang: 'ru' })
 */
export function verifyImport(output: string, expected: readonly ExpectedUnit[], options: VerifyImportOptions): void {
  const { file, target } = options;
  const refusal = (why: string, unit: ExpectedUnit | undefined, details?: { expected?: string; actual?: string }): InputError => {
    const from = unit?.from;
    const place: ErrorPlace = { file, ...(from?.line !== undefined ? { line: from.line, ...(from.column !== undefined ? { column: from.column } : {}) } : {}) };
    const subject = from ? `unit \`${from.unit}\`` : `\`${file}\``;
    return new InputError(`Cannot import ${subject}: ${why}; nothing was written`, place, details);
  };
  let text: string;
  try {
    text = decodeDocument(Buffer.from(output, 'utf8'), target);
  } catch (error) {
    throw refusal(
      `\`${target}\` would not be readable: ${(error as Error).message}`,
      culprit(expected, (t) => t.includes('\u0000')),
    );
  }
  if (text !== output) {
    // A lone surrogate: UTF-8 cannot carry it, the bytes would read back as U+FFFD.
    throw refusal(
      `\`${target}\` would not hold what was imported: a lone surrogate cannot be written as UTF-8`,
      culprit(expected, (t) => findForbiddenCharacter(t)?.what === 'lone surrogate'),
    );
  }
  let units;
  try {
    units = segmentMarkdown(text, { file: target, lang: options.lang, syntax: options.syntax }).units;
  } catch (error) {
    throw refusal(
      `\`${target}\` would not read back: ${error instanceof InputError ? error.toString() : String(error)}`,
      culprit(expected, () => true),
    );
  }
  const keyOf = (kind: UnitKind, text: string): string => `${kind}\u0000${codedTextKey(text, options.collapseWhitespace)}`;
  const left = new Map<string, number>();
  for (const unit of units) left.set(keyOf(unit.kind, unit.text), (left.get(keyOf(unit.kind, unit.text)) ?? 0) + 1);
  const missing: ExpectedUnit[] = [];
  for (const unit of expected) {
    const key = keyOf(unit.kind, unit.text);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    else missing.push(unit);
  }
  const extra = units.filter((u) => {
    const key = keyOf(u.kind, u.text);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    return n > 0;
  });
  if (missing.length === 0 && extra.length === 0) return;
  const first = missing.find((u) => u.from) ?? missing[0];
  const found = extra[0];
  throw refusal(
    first
      ? `its translation would not read back as written from \`${target}\` (Markdown would ${found ? 'change it' : 'drop it'})`
      : `\`${target}\` would read back with ${units.length} units, expected ${expected.length}`,
    first,
    {
      expected: first ? `${first.kind} ${show(first.text)}` : `${expected.length} units`,
      actual: found ? `${found.kind} ${show(found.text)}` : first ? 'no such unit' : `${units.length} units`,
    },
  );
}

/** A text on one line for a message: JSON-escaped, at most 120 characters. */
function show(text: string): string {
  const escaped = JSON.stringify(text);
  return escaped.length > 122 ? `${escaped.slice(0, 120)}…"` : escaped;
}

/** The first imported unit whose text matches, else the first imported unit. */
function culprit(expected: readonly ExpectedUnit[], test: (text: string) => boolean): ExpectedUnit | undefined {
  return expected.find((u) => u.from && test(u.text)) ?? expected.find((u) => u.from);
}

/**
 * A coded text with its code numbers in order of appearance: equal for a translation as
 * imported and the unit it reads back as (a translation may number or order its codes freely).
 * With `collapseWhitespace`, every run of spaces, tabs and line breaks is one space: equal for
 * a translation and the unit it reads back as once wrapped.
 *
 * @example codedTextKey('{2}a{/2} {1}') === codedTextKey('{1}a{/1} {2}') // true
 * @example codedTextKey('a\nb', true) === codedTextKey('a  b', true) // true
 */
export function codedTextKey(text: string, collapseWhitespace = false): string {
  const numbers = new Map<number, number>();
  const tokens = tokenizeCodedText(text).map((t) => {
    if (t.type === 'text') return collapseWhitespace ? { ...t, value: t.value.replace(/[ \t\r\n]+/g, ' ') } : t;
    let n = numbers.get(t.id);
    if (n === undefined) numbers.set(t.id, (n = numbers.size + 1));
    return { ...t, id: n };
  });
  return joinCodedText(tokens);
}
