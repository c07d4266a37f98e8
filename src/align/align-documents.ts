/**
 * Align two segmented documents: units (blocks) first, then sentences inside each block pair.
 */
import { hashOf } from '../util/hash-of.js';
import { InputError } from '../errors.js';
import { hashText } from '../lock/hash-text.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import { alignItems } from './align-items.js';
import { alignAroundTranslatorNotes } from './translator-note-beads.js';
import { sentenceItem } from './align-sentences.js';
import type { AlignItem, StructureHooks } from './bead-cost.js';
import { anchorsOf } from './extract-anchors.js';
import { plainText } from './plain-text.js';
import { beadStructureCostAt, lengthWeight } from './structure-cost.js';
import { uncertainMessages } from './uncertain-messages.js';
import { unrelatedReason } from './unrelated-reason.js';
import type { AlignOptions, AlignmentResult, Bead } from './types.js';

/**
 * Align an English document with its Russian translation.
 *
 * Blocks: DP over units with moves 1–1, 1–2, 2–1, 1–0, 0–1, scored by structure, Gale–Church
 * length and anchors. Sentences: the same DP inside every block bead. Indices point into
 * `doc.units` and into the document-order list of all sentences of all units.
 *
 * @param source the source document
 * @param target its translation
 * @param options aligner options (length model, glossary terms, uncertainty threshold)
 * @returns block and sentence beads, plus `alignment-uncertain` warnings in `messages`
 * @throws InputError when the target does not look like a translation of the source
 * @example alignDocuments(segmentMarkdown(enSource, { file: 'en.md', lang: 'en' }), segmentMarkdown(ruSource, { file: 'ru.md', lang: 'ru' })).blocks
 */
export function alignDocuments(source: SegmentedDocument, target: SegmentedDocument, options: AlignOptions = {}): AlignmentResult {
  // Translator's notes (`[^tn…]` in the target) are set aside and come back as beads of their own.
  return alignAroundTranslatorNotes(source, target, (withoutNotes) => alignRemembered(source, withoutNotes, options));
}

function alignRemembered(source: SegmentedDocument, target: SegmentedDocument, options: AlignOptions): AlignmentResult {
  const memo = options.memo;
  if (!memo) return alignFresh(source, target, options);
  const pins = pinsKey(source, target, options);
  const key = hashOf(ALIGNMENT_MEMO, memo.identity, settingsKey(options), unitsKey(source), unitsKey(target), ...(pins ? [pins] : []));
  const known = memo.blocks.get(key);
  if (known) return { ...known, messages: uncertainMessages(source, target, known, options.uncertainBelow ?? 0.5) };
  const result = alignFresh(source, target, options);
  memo.blocks.set(key, { blocks: result.blocks, sentences: result.sentences });
  return result;
}

/** Format of remembered alignments (part of their keys). */
const ALIGNMENT_MEMO = 'diglot-alignment/2';

/** Format of remembered sentence alignments inside one block bead (part of their keys). */
const SENTENCE_MEMO = 'diglot-sentence-alignment/2';

/** The options an alignment depends on besides the glossary (which is the memo's identity). */
function settingsKey(options: AlignOptions): unknown {
  const { memo: _, findTerms, lockedPairs: __, ...settings } = options;
  return [settings, findTerms ? 'findTerms' : 'no findTerms'];
}

/** What aligning the sentences of some units depends on: their sentences and codes. */
function blockKey(doc: SegmentedDocument, units: readonly number[]): unknown {
  return units.map((u) => {
    const unit = doc.units[u] as Unit;
    return [unit.sentences.map((s) => s.text), unit.codes];
  });
}

/** What the alignment of a document depends on: every unit but its ID and position. */
function unitsKey(doc: SegmentedDocument): string {
  return hashOf(
    doc.units.map(({ kind, path, depth, label, text, codes, sentences }) => [
      kind,
      path,
      depth ?? null,
      label ?? null,
      text,
      codes,
      sentences.map((s) => [s.start, s.end]),
    ]),
  );
}

/**
 * What the lock's pairs add to the key: per English unit position, the recorded translation
 * hash when some target unit has it (a pin that can bind), else null; undefined when none can.
 */
function pinsKey(source: SegmentedDocument, target: SegmentedDocument, options: AlignOptions): unknown[] | undefined {
  const pins = enPins(source, target, options);
  return pins.some((p) => p !== undefined) ? pins.map((p) => p ?? null) : undefined;
}

/** For every English unit, the hash of the translation the lock pairs it with, when a target unit has that hash. */
function enPins(source: SegmentedDocument, target: SegmentedDocument, options: AlignOptions): Array<string | undefined> {
  const locked = options.lockedPairs;
  if (!locked || options.classic) return source.units.map(() => undefined);
  const present = new Set(target.units.map((u) => hashText(u.text)));
  return source.units.map((u) => {
    const hash = Object.hasOwn(locked, u.id) ? locked[u.id] : undefined;
    return hash !== undefined && present.has(hash) ? hash : undefined;
  });
}

function alignFresh(source: SegmentedDocument, target: SegmentedDocument, options: AlignOptions): AlignmentResult {
  const pins = enPins(source, target, options);
  const pinned = pins.some((p) => p !== undefined);
  const sourceItems = source.units.map((u, i) => withPin(unitItem(u, source.lang, options), pins[i]));
  const targetItems = target.units.map((u) => withPin(unitItem(u, target.lang, options), pinned ? hashText(u.text) : undefined));
  const structure: StructureHooks | undefined =
    options.structure === false || options.classic
      ? undefined
      : {
          extra: (i, j, di, dj) => beadStructureCostAt(source.units, target.units, i, j, di, dj),
          lengthWeight: (i, j, di, dj) => (di === 1 && dj === 1 ? lengthWeight(source.units[i] as Unit, target.units[j] as Unit) : 1),
        };
  const blocks = alignItems(sourceItems, targetItems, options, structure);
  const reason = unrelatedReason(blocks, sourceItems, targetItems, source.units.length, target.units.length);
  if (reason) {
    throw new InputError(
      `Cannot align \`${source.file}\` with \`${target.file}\`: the Russian file does not look like a translation of \`${source.file}\` (${reason})`,
      { file: target.file },
      {
        expected: `a translation of \`${source.file}\``,
        actual: reason,
      },
    );
  }
  const sentences = alignBlockSentences(source, target, blocks, options);
  return { blocks, sentences, messages: uncertainMessages(source, target, { blocks, sentences }, options.uncertainBelow ?? 0.5) };
}

function withPin(item: AlignItem, pin: string | undefined): AlignItem {
  return pin === undefined ? item : { ...item, pin };
}

function unitItem(unit: Unit, lang: string, options: AlignOptions): AlignItem {
  return { length: plainText(unit.text).trim().length, anchors: anchorsOf(unit.text, lang, unit.codes, options) };
}

/** The index of each unit's first sentence in the flattened, document-order sentence list. */
export function sentenceOffsets(doc: SegmentedDocument): number[] {
  const offsets: number[] = [];
  let next = 0;
  for (const unit of doc.units) {
    offsets.push(next);
    next += unit.sentences.length;
  }
  return offsets;
}

function alignBlockSentences(source: SegmentedDocument, target: SegmentedDocument, blocks: readonly Bead[], options: AlignOptions): Bead[] {
  const sourceOffsets = sentenceOffsets(source);
  const targetOffsets = sentenceOffsets(target);
  const out: Bead[] = [];
  for (const block of blocks) {
    const sourceIdx = block.source.flatMap((u) => (source.units[u] as Unit).sentences.map((_, k) => (sourceOffsets[u] as number) + k));
    const targetIdx = block.target.flatMap((u) => (target.units[u] as Unit).sentences.map((_, k) => (targetOffsets[u] as number) + k));
    if (sourceIdx.length === 0 || targetIdx.length === 0) {
      for (const i of sourceIdx) out.push({ source: [i], target: [], score: block.score });
      for (const j of targetIdx) out.push({ source: [], target: [j], score: block.score });
      continue;
    }
    const items = (doc: SegmentedDocument, units: readonly number[], lang: string): AlignItem[] =>
      units.flatMap((u) => {
        const unit = doc.units[u] as Unit;
        return unit.sentences.map((s) => sentenceItem(s.text, lang, unit.codes, options));
      });
    if (sourceIdx.length === 1 && targetIdx.length === 1) {
      out.push({ source: sourceIdx, target: targetIdx, score: block.score });
      continue;
    }
    const memo = options.memo?.sentences;
    const key = memo && hashOf(SENTENCE_MEMO, options.memo?.identity, settingsKey(options), blockKey(source, block.source), blockKey(target, block.target));
    const remembered = key ? memo?.get(key) : undefined;
    const beads = remembered ?? alignItems(items(source, block.source, source.lang), items(target, block.target, target.lang), options);
    if (key && !remembered) memo?.set(key, beads);
    for (const bead of beads) {
      out.push({ source: bead.source.map((k) => sourceIdx[k] as number), target: bead.target.map((k) => targetIdx[k] as number), score: bead.score });
    }
  }
  return out;
}
