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
 * @param en the English document
 * @param ru the Russian document
 * @param options aligner options (length model, glossary terms, uncertainty threshold)
 * @returns block and sentence beads, plus `alignment-uncertain` warnings in `messages`
 * @throws InputError when the Russian file does not look like a translation of the English
 * @example alignDocuments(segmentMarkdown(enSource, { file: 'en.md', lang: 'en' }), segmentMarkdown(ruSource, { file: 'ru.md', lang: 'ru' })).blocks
 */
export function alignDocuments(en: SegmentedDocument, ru: SegmentedDocument, options: AlignOptions = {}): AlignmentResult {
  // Translator's notes (`[^tn…]` in the target) are set aside and come back as beads of their own.
  return alignAroundTranslatorNotes(en, ru, (target) => alignRemembered(en, target, options));
}

function alignRemembered(en: SegmentedDocument, ru: SegmentedDocument, options: AlignOptions): AlignmentResult {
  const memo = options.memo;
  if (!memo) return alignFresh(en, ru, options);
  const pins = pinsKey(en, ru, options);
  const key = hashOf(ALIGNMENT_MEMO, memo.identity, settingsKey(options), unitsKey(en), unitsKey(ru), ...(pins ? [pins] : []));
  const known = memo.blocks.get(key);
  if (known) return { ...known, messages: uncertainMessages(en, ru, known, options.uncertainBelow ?? 0.5) };
  const result = alignFresh(en, ru, options);
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
function pinsKey(en: SegmentedDocument, ru: SegmentedDocument, options: AlignOptions): unknown[] | undefined {
  const pins = enPins(en, ru, options);
  return pins.some((p) => p !== undefined) ? pins.map((p) => p ?? null) : undefined;
}

/** For every English unit, the hash of the translation the lock pairs it with, when a target unit has that hash. */
function enPins(en: SegmentedDocument, ru: SegmentedDocument, options: AlignOptions): Array<string | undefined> {
  const locked = options.lockedPairs;
  if (!locked || options.classic) return en.units.map(() => undefined);
  const present = new Set(ru.units.map((u) => hashText(u.text)));
  return en.units.map((u) => {
    const hash = Object.hasOwn(locked, u.id) ? locked[u.id] : undefined;
    return hash !== undefined && present.has(hash) ? hash : undefined;
  });
}

function alignFresh(en: SegmentedDocument, ru: SegmentedDocument, options: AlignOptions): AlignmentResult {
  const pins = enPins(en, ru, options);
  const pinned = pins.some((p) => p !== undefined);
  const enItems = en.units.map((u, i) => withPin(unitItem(u, en.lang, options), pins[i]));
  const ruItems = ru.units.map((u) => withPin(unitItem(u, ru.lang, options), pinned ? hashText(u.text) : undefined));
  const structure: StructureHooks | undefined =
    options.structure === false || options.classic
      ? undefined
      : {
          extra: (i, j, di, dj) => beadStructureCostAt(en.units, ru.units, i, j, di, dj),
          lengthWeight: (i, j, di, dj) => (di === 1 && dj === 1 ? lengthWeight(en.units[i] as Unit, ru.units[j] as Unit) : 1),
        };
  const blocks = alignItems(enItems, ruItems, options, structure);
  const reason = unrelatedReason(blocks, enItems, ruItems, en.units.length, ru.units.length);
  if (reason) {
    throw new InputError(
      `Cannot align \`${en.file}\` with \`${ru.file}\`: the Russian file does not look like a translation of \`${en.file}\` (${reason})`,
      { file: ru.file },
      {
        expected: `a translation of \`${en.file}\``,
        actual: reason,
      },
    );
  }
  const sentences = alignBlockSentences(en, ru, blocks, options);
  return { blocks, sentences, messages: uncertainMessages(en, ru, { blocks, sentences }, options.uncertainBelow ?? 0.5) };
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

function alignBlockSentences(en: SegmentedDocument, ru: SegmentedDocument, blocks: readonly Bead[], options: AlignOptions): Bead[] {
  const enOffsets = sentenceOffsets(en);
  const ruOffsets = sentenceOffsets(ru);
  const out: Bead[] = [];
  for (const block of blocks) {
    const enIdx = block.source.flatMap((u) => (en.units[u] as Unit).sentences.map((_, k) => (enOffsets[u] as number) + k));
    const ruIdx = block.target.flatMap((u) => (ru.units[u] as Unit).sentences.map((_, k) => (ruOffsets[u] as number) + k));
    if (enIdx.length === 0 || ruIdx.length === 0) {
      for (const i of enIdx) out.push({ source: [i], target: [], score: block.score });
      for (const j of ruIdx) out.push({ source: [], target: [j], score: block.score });
      continue;
    }
    const items = (doc: SegmentedDocument, units: readonly number[], lang: string): AlignItem[] =>
      units.flatMap((u) => {
        const unit = doc.units[u] as Unit;
        return unit.sentences.map((s) => sentenceItem(s.text, lang, unit.codes, options));
      });
    if (enIdx.length === 1 && ruIdx.length === 1) {
      out.push({ source: enIdx, target: ruIdx, score: block.score });
      continue;
    }
    const memo = options.memo?.sentences;
    const key = memo && hashOf(SENTENCE_MEMO, options.memo?.identity, settingsKey(options), blockKey(en, block.source), blockKey(ru, block.target));
    const remembered = key ? memo?.get(key) : undefined;
    const beads = remembered ?? alignItems(items(en, block.source, en.lang), items(ru, block.target, ru.lang), options);
    if (key && !remembered) memo?.set(key, beads);
    for (const bead of beads) {
      out.push({ source: bead.source.map((k) => enIdx[k] as number), target: bead.target.map((k) => ruIdx[k] as number), score: bead.score });
    }
  }
  return out;
}
