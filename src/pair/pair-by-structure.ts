import { diffArrays } from 'diff';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import { withoutTranslatorNotes } from '../segment/translator-notes.js';
import type { UnitPair } from './types.js';

/**
 * Pair the units of a source document and its translation by structure, without an aligner:
 * the sequences of unit shapes (kind, heading depth, footnote label, front-matter path) are
 * diffed, equal runs pair one to one, the rest are left unpaired (missing or extra
 * translation). Translator's notes pair with nothing: each is a pair of its own, in its place
 * (as the aligner does).
 *
 * @param source the source document
 * @param target its translation
 * @returns pairs in document order; a pair with an empty side is a missing or extra unit
 * @example pairByStructure(source, target).filter((p) => p.target.length === 0) // source units with no translation
 */
export function pairByStructure(source: SegmentedDocument, target: SegmentedDocument): UnitPair[] {
  const { doc, notes } = withoutTranslatorNotes(target, source);
  if (notes.length === 0) return pairByShape(source, target);
  const pairs = pairByShape(source, doc);
  for (const j of notes) {
    const note = target.units[j] as Unit;
    const at = pairs.findIndex((p) => p.target.some((u) => u.start.offset > note.start.offset));
    pairs.splice(at === -1 ? pairs.length : at, 0, { source: [], target: [note] });
  }
  return pairs;
}

function pairByShape(source: SegmentedDocument, target: SegmentedDocument): UnitPair[] {
  const pairs: UnitPair[] = [];
  let i = 0;
  let j = 0;
  const changes = diffArrays(source.units.map(shapeOf), target.units.map(shapeOf));
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    for (let k = 0; k < count; k++) {
      if (change.removed) pairs.push({ source: [source.units[i++] as Unit], target: [] });
      else if (change.added) pairs.push({ source: [], target: [target.units[j++] as Unit] });
      else pairs.push({ source: [source.units[i++] as Unit], target: [target.units[j++] as Unit] });
    }
  }
  return pairs;
}

/** The structural shape of a unit: what must match for two units to pair without an aligner. */
function shapeOf(unit: Unit): string {
  if (unit.kind === 'frontmatter') return `frontmatter:${unit.path}`;
  if (unit.kind === 'heading') return `heading:${unit.depth ?? ''}`;
  if (unit.kind === 'footnote') return `footnote:${unit.label ?? ''}`;
  return unit.kind;
}
