import { alignDocuments } from '../align/align-documents.js';
import type { Alignment, AlignmentResult, Bead } from '../align/types.js';
import type { Memo } from '../cache/memo-file.js';
import { InputError } from '../errors.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import { pairByStructure } from './pair-by-structure.js';
import type { PairGlossary } from './pair-glossary.js';
import type { OpenedDocument, OpenedPair, PairedBy } from './types.js';

/** Alignments remembered between runs for one document pair (`DocumentMemos.alignment` and `.sentenceAlignment`). */
export interface PairAlignmentMemo {
  blocks: Memo<Alignment>;
  sentences?: Memo<Bead[]>;
}

/**
 * The aligner seam: align two segmented documents, given the pair's remembered alignments and
 * the pairs its lock records. {@link pairAligner} makes the one every command uses.
 */
export type AlignPair = (
  source: SegmentedDocument,
  target: SegmentedDocument,
  memo?: PairAlignmentMemo,
  lockedPairs?: Readonly<Record<string, string>>,
) => Alignment & Partial<Pick<AlignmentResult, 'messages'>>;

/**
 * The block and sentence aligner of src/align (`alignDocuments`) with a glossary as anchors:
 * the one place a glossary is given to the aligner, in one shape ({@link PairGlossary}). The
 * glossary's identity keys the remembered alignments.
 *
 * @param glossary the glossary's terms (`termAnchors`, `termPairGlossary`), or none
 * @example pairAligner(anchors)(source.doc, target.doc, { blocks: memos.alignment(s, t) }).blocks.length
 */
export function pairAligner(glossary?: PairGlossary | undefined): AlignPair {
  const identity = glossary?.identity ?? 'no glossary';
  return (source, target, memo, lockedPairs) =>
    alignDocuments(source, target, {
      ...(glossary ? { findTerms: (text, lang) => glossary.find(text, lang) } : {}),
      ...(memo ? { memo: { identity, ...memo } } : {}),
      ...(lockedPairs ? { lockedPairs } : {}),
    });
}

/** How the units of a pair are paired. */
export interface PairingOptions {
  /** The aligner (`pairAligner(glossary)`); without one, units are paired by structure. */
  align?: AlignPair | undefined;
  /** The pair's remembered alignments. */
  memo?: PairAlignmentMemo | undefined;
  /** The pairs the document's lock records for the target language (`lockedPairs`), kept together by the aligner. */
  lockedPairs?: Readonly<Record<string, string>> | undefined;
  /**
   * When the aligner refuses the pair (the documents look unrelated): `throw` its InputError
   * (the default), or pair by `structure` and say so in the result's `unaligned`. With
   * `structure`, a side without units is paired by structure without asking the aligner.
   */
  unaligned?: 'throw' | 'structure' | undefined;
}

/** The pairing of two segmented documents: the alignment, the unit pairs and how they were made. */
export type Pairing = Pick<OpenedPair, 'alignment' | 'pairs' | 'pairedBy' | 'unaligned'>;

/**
 * Pair the units of a source document and its translation: with the aligner, its block beads;
 * without one, by structure ({@link pairByStructure}); when the aligner refuses and
 * `unaligned: 'structure'`, by structure with the refusal in `unaligned`.
 *
 * @param source the source document
 * @param target its translation
 * @param options aligner, memos, the lock's pairs, what to do when the aligner refuses
 * @throws InputError when the aligner refuses the pair (unless `unaligned: 'structure'`)
 * @example pairSegmented(source, target, { align: pairAligner() }).pairs.filter((p) => p.target.length === 0)
 */
export function pairSegmented(source: SegmentedDocument, target: SegmentedDocument, options: PairingOptions = {}): Pairing {
  const { align } = options;
  const lenient = options.unaligned === 'structure';
  if (!align || (lenient && (source.units.length === 0 || target.units.length === 0))) return byStructure(source, target);
  let alignment: Alignment & Partial<Pick<AlignmentResult, 'messages'>>;
  try {
    alignment = align(source, target, options.memo, options.lockedPairs);
  } catch (error) {
    if (!lenient) throw error;
    const reason =
      error instanceof InputError
        ? error
        : new InputError(`Cannot align \`${target.file}\` with \`${source.file}\`: ${error instanceof Error ? error.message : String(error)}`, {
            file: target.file,
          });
    return { ...byStructure(source, target), unaligned: reason };
  }
  const pairs = alignment.blocks.map((block) => ({
    source: block.source.map((i) => source.units[i]).filter((u): u is Unit => u !== undefined),
    target: block.target.map((j) => target.units[j]).filter((u): u is Unit => u !== undefined),
  }));
  return { alignment: { blocks: alignment.blocks, sentences: alignment.sentences, messages: alignment.messages ?? [] }, pairs, pairedBy: 'aligner' };
}

/**
 * Pair two opened documents: the pair named by its source, its target and the target's
 * language tag, with its alignment and unit pairs (see {@link pairSegmented}).
 *
 * @param source the source document, opened once per run for all its targets (`openDocument`, `OpenedSources`)
 * @param target its translation, opened
 * @param options aligner, memos, the lock's pairs, what to do when the aligner refuses
 * @throws InputError when the aligner refuses the pair (unless `unaligned: 'structure'`)
 * @example openPair(source, openDocument(path, 'de'), { align: pairAligner(glossary) }).lang // 'de'
 */
export function openPair(source: OpenedDocument, target: OpenedDocument, options: PairingOptions = {}): OpenedPair {
  return { source, target, lang: target.lang, ...pairSegmented(source.doc, target.doc, options) };
}

function byStructure(source: SegmentedDocument, target: SegmentedDocument): Pairing {
  const pairs = pairByStructure(source, target);
  const sourceIndex = new Map<Unit, number>(source.units.map((u, i) => [u, i]));
  const targetIndex = new Map<Unit, number>(target.units.map((u, j) => [u, j]));
  const blocks: Bead[] = pairs.map((p) => ({
    source: p.source.map((u) => sourceIndex.get(u) as number),
    target: p.target.map((u) => targetIndex.get(u) as number),
    score: 0,
  }));
  return { alignment: { blocks, sentences: [], messages: [] }, pairs, pairedBy: 'structure' as PairedBy };
}
