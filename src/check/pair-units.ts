import { diffArrays } from 'diff';
import type { AlignmentMemo } from '../align/types.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import { withoutTranslatorNotes } from '../segment/translator-notes.js';
import type { UnitPair } from './types.js';

/** Block alignment as the aligner returns it: indices into each document's units. */
export interface BlockAlignment {
  blocks: ReadonlyArray<{ en: readonly number[]; ru: readonly number[] }>;
}

/** An aligner: the seam through which `src/align` (or anything else) pairs units. */
/** An aligner, given the alignments remembered for this pair (see AlignmentMemo; the aligner knows its glossary's identity). */
export type AlignUnits = (en: SegmentedDocument, ru: SegmentedDocument, memo?: Omit<AlignmentMemo, 'identity'>, lockedPairs?: Readonly<Record<string, string>>) => BlockAlignment;

/**
 * Pair the units of an English and a Russian document. With an aligner, its blocks are used;
 * without one, units are paired by structure: the sequences of unit shapes (kind, heading depth,
 * footnote label, front-matter path) are diffed, equal runs pair one to one, the rest are left
 * unpaired (missing or extra translation).
 *
 * @param en the English document
 * @param ru the Russian document
 * @param align optional aligner (e.g. `alignDocuments` from src/align)
 * @returns pairs in document order; a pair with an empty side is a missing or extra unit
 * @example pairUnits(en, ru).filter((p) => p.ru.length === 0) // English units with no translation
 */
export function pairUnits(en: SegmentedDocument, ru: SegmentedDocument, align?: AlignUnits): UnitPair[] {
  if (align) return fromAlignment(en, ru, align(en, ru));
  // Translator's notes pair with nothing: each is a pair of its own, in its place (as the aligner does).
  const { doc, notes } = withoutTranslatorNotes(ru, en);
  if (notes.length === 0) return pairByShape(en, ru);
  const pairs = pairByShape(en, doc);
  for (const j of notes) {
    const note = ru.units[j] as Unit;
    const at = pairs.findIndex((p) => p.ru.some((u) => u.start.offset > note.start.offset));
    pairs.splice(at === -1 ? pairs.length : at, 0, { en: [], ru: [note] });
  }
  return pairs;
}

function pairByShape(en: SegmentedDocument, ru: SegmentedDocument): UnitPair[] {
  const pairs: UnitPair[] = [];
  let i = 0;
  let j = 0;
  const changes = diffArrays(en.units.map(shapeOf), ru.units.map(shapeOf));
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    for (let k = 0; k < count; k++) {
      if (change.removed) pairs.push({ en: [en.units[i++] as Unit], ru: [] });
      else if (change.added) pairs.push({ en: [], ru: [ru.units[j++] as Unit] });
      else pairs.push({ en: [en.units[i++] as Unit], ru: [ru.units[j++] as Unit] });
    }
  }
  return pairs;
}

function fromAlignment(en: SegmentedDocument, ru: SegmentedDocument, alignment: BlockAlignment): UnitPair[] {
  return alignment.blocks.map((block) => ({
    en: block.en.map((i) => en.units[i]).filter((u): u is Unit => u !== undefined),
    ru: block.ru.map((i) => ru.units[i]).filter((u): u is Unit => u !== undefined),
  }));
}

/** The structural shape of a unit: what must match for two units to pair without an aligner. */
function shapeOf(unit: Unit): string {
  if (unit.kind === 'frontmatter') return `frontmatter:${unit.path}`;
  if (unit.kind === 'heading') return `heading:${unit.depth ?? ''}`;
  if (unit.kind === 'footnote') return `footnote:${unit.label ?? ''}`;
  return unit.kind;
}
