import type { SegmentedDocument } from '../segment/types.js';
import { withoutTranslatorNotes } from '../segment/translator-notes.js';
import type { AlignmentResult, Bead } from './types.js';

/**
 * Align with the target's translator's notes set aside: `align` sees the target without them,
 * its beads are mapped back to the full document's unit and sentence indices, and every note
 * unit (and each of its sentences) becomes a bead of its own with no source side (score 1),
 * placed where it stands in the target. A note is the translator's own text: it never pairs
 * with a source unit and never shifts the pairing of the others.
 *
 * @param source the source document (a `tn` label it has too is its note's translation, not a translator's note)
 * @param target the target document (may hold `[^tn…]` footnote definitions)
 * @param align the aligner of the target without notes
 * @returns the alignment of the whole target document
 * @example alignAroundTranslatorNotes(en, ru, (r) => alignFresh(en, r, options)).blocks
 */
export function alignAroundTranslatorNotes(
  source: SegmentedDocument,
  target: SegmentedDocument,
  align: (target: SegmentedDocument) => AlignmentResult,
): AlignmentResult {
  const { doc, kept, notes } = withoutTranslatorNotes(target, source);
  if (notes.length === 0) return align(target);
  const inner = align(doc);
  // Sentence indices of the reduced document → of the whole one.
  const offsets: number[] = [];
  let next = 0;
  for (const unit of target.units) {
    offsets.push(next);
    next += unit.sentences.length;
  }
  const sentenceOf: number[] = kept.flatMap((j) => (target.units[j]?.sentences ?? []).map((_, k) => (offsets[j] as number) + k));
  const noteSentences = notes.flatMap((j) => (target.units[j]?.sentences ?? []).map((_, k) => (offsets[j] as number) + k));
  const blocks = insertNotes(
    inner.blocks.map((b) => ({ ...b, target: b.target.map((j) => kept[j] as number) })),
    notes,
  );
  const sentences = insertNotes(
    inner.sentences.map((b) => ({ ...b, target: b.target.map((s) => sentenceOf[s] as number) })),
    noteSentences,
  );
  return { ...inner, blocks, sentences };
}

/** Put a one-sided bead for each note index before the first bead whose target side comes after it. */
function insertNotes(beads: readonly Bead[], notes: readonly number[]): Bead[] {
  const out: Bead[] = [];
  let n = 0;
  for (const bead of beads) {
    const first = bead.target.length > 0 ? Math.min(...bead.target) : undefined;
    while (first !== undefined && n < notes.length && (notes[n] as number) < first) out.push({ source: [], target: [notes[n++] as number], score: 1 });
    out.push(bead);
  }
  while (n < notes.length) out.push({ source: [], target: [notes[n++] as number], score: 1 });
  return out;
}
