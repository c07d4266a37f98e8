import type { InlineCode, SegmentedDocument, Unit } from './types.js';

/**
 * Translator's notes: GFM footnotes that exist only in a translation, marked by a label that
 * starts with `tn` (`[^tn1]`, `[^tn-2]`; footnote labels are case-insensitive, so `[^TN1]` too).
 * The convention holds on the TARGET side only: in the source document a `tn` footnote is an
 * author's footnote like any other, and its translation (same label) is no translator's note.
 * The predicates below are therefore applied to target units and codes only, given the source's
 * footnote keys where known (see docs/translators-notes.md).
 */

/** The label prefix that marks a translator's note. */
export const TRANSLATOR_NOTE_PREFIX = 'tn';

/**
 * Whether a footnote label (as written or normalised) names a translator's note.
 *
 * @example isTranslatorNoteLabel('tn-2') // true
 * @example isTranslatorNoteLabel('12') // false
 */
export function isTranslatorNoteLabel(label: string | undefined, source?: ReadonlySet<string>): boolean {
  return label !== undefined && label.trim().toLowerCase().startsWith(TRANSLATOR_NOTE_PREFIX) && !(source?.has(footnoteKey(label)) ?? false);
}

/**
 * The footnote keys of a source document (note labels and calls): a target footnote with one of
 * them translates the author's note, even when its label starts with `tn`.
 *
 * @example sourceFootnoteKeys(en).has('1') // true
 */
export function sourceFootnoteKeys(doc: SegmentedDocument): Set<string> {
  const keys = new Set<string>();
  for (const unit of doc.units) {
    if (unit.kind === 'footnote' && unit.label !== undefined) keys.add(footnoteKey(unit.label));
    for (const code of unit.codes) if (code.kind === 'footnoteReference' && code.value !== undefined) keys.add(footnoteKey(code.value));
  }
  return keys;
}

/**
 * The key a footnote label is matched by (CommonMark: case-folded, whitespace collapsed).
 *
 * @example footnoteKey('TN 1') // 'tn 1'
 */
export function footnoteKey(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Whether a target unit is (part of) the definition of a translator's note.
 *
 * @example isTranslatorNote({ kind: 'footnote', label: 'tn1' }) // true
 */
export function isTranslatorNote(unit: Pick<Unit, 'kind' | 'label'>, source?: ReadonlySet<string>): boolean {
  return unit.kind === 'footnote' && isTranslatorNoteLabel(unit.label, source);
}

/**
 * Whether an inline code of a target unit is the call of a translator's note (`[^tn1]`).
 *
 * @example isTranslatorNoteCall({ id: 3, kind: 'footnoteReference', type: 'ph', data: '[^tn1]', value: 'tn1' }) // true
 */
export function isTranslatorNoteCall(code: Pick<InlineCode, 'kind' | 'value'>, source?: ReadonlySet<string>): boolean {
  return code.kind === 'footnoteReference' && isTranslatorNoteLabel(code.value, source);
}

/**
 * A target document (translating `source`) without its translator's notes, and the indices (into `doc.units`) of the
 * units left out: what the aligner and the structural pairing see, so a note never pairs with
 * (or pushes aside) a unit of the source.
 *
 * @example withoutTranslatorNotes(ru).notes // [12] when unit 12 is `[^tn1]: …`
 */
export function withoutTranslatorNotes(doc: SegmentedDocument, source?: SegmentedDocument): { doc: SegmentedDocument; kept: number[]; notes: number[] } {
  const kept: number[] = [];
  const notes: number[] = [];
  const keys = source ? sourceFootnoteKeys(source) : undefined;
  doc.units.forEach((unit, j) => (isTranslatorNote(unit, keys) ? notes : kept).push(j));
  if (notes.length === 0) return { doc, kept, notes };
  return { doc: { ...doc, units: kept.map((j) => doc.units[j] as Unit) }, kept, notes };
}
