import type { Root } from 'mdast';
import { InputError } from '../errors.js';
import { hashOf } from '../util/hash-of.js';
import { chunksAt, chunkTrees } from '../markdown/parse-in-chunks.js';
import { CHUNK_THRESHOLD, parseWhole } from '../markdown/parse-markdown.js';
import { chunkNodes, contentCuts, type TreeMemo } from '../markdown/parse-remembered.js';
import { DEFAULT_SYNTAX, isMdxFile, syntaxKey, type MarkdownSyntax } from '../markdown/markdown-syntax.js';
import { checkInputLimits } from '../markdown/scan-input-limits.js';
import { LineIndex } from '../util/line-index.js';
import { FreshIds, type PreviousUnit } from './assign-ids.js';
import { shiftDrafts, type ChunkSegments, type SegmentMemo } from './chunk-memo.js';
import { DraftCollector } from './draft-collector.js';
import type { SegmentedDocument, Unit } from './types.js';

/** Options of {@link segmentMarkdown}. */
export interface SegmentOptions {
  /** The file name, used in messages and in the result. */
  file: string;
  /** The document's language (BCP 47), for sentence splitting. */
  lang: string;
  /** Units remembered by the lock, so IDs survive edits (see assign-ids.ts). */
  previous?: readonly PreviousUnit[];
  /** Front-matter fields to translate (defaults: TRANSLATABLE_FIELDS). */
  fields?: readonly string[];
  /**
   * Segmentation of chunks remembered from earlier runs: with it the document is cut into
   * content-defined chunks and only chunks not in the memo are parsed and split.
   */
  memo?: SegmentMemo | undefined;
  /** Chunk trees remembered or just parsed (see parse-remembered.ts): a chunk found there is not parsed again. */
  trees?: TreeMemo | undefined;
  /** Template tags to keep as codes and MDX attributes to translate (default: DEFAULT_SYNTAX); a `file` ending in `.mdx` is MDX. */
  syntax?: MarkdownSyntax | undefined;
}

/** Parse a whole document or chunk as `options` say (syntax, MDX by file name). */
function parseFor(options: SegmentOptions): (text: string) => Root {
  return (text) => parseWhole(text, options.syntax ?? DEFAULT_SYNTAX, options.file);
}

/** MDX is never cut into chunks: a JSX element may hold blank lines. */
function whole(source: string, options: SegmentOptions): boolean {
  return source.length <= CHUNK_THRESHOLD || isMdxFile(options.file);
}

/**
 * Parse and segment a Markdown document into translatable units and sentences. A large
 * document is parsed and segmented chunk by chunk, so only one chunk's tree is in memory.
 *
 * @param source the Markdown text
 * @param options file name, language and optional lock history
 * @returns the units in document order (front matter first)
 * @throws InputError for invalid front matter, input beyond the limits of input-limits.ts, or a
 *   block that cannot be cut into units (file:line:column)
 * @example segmentMarkdown('# Hello\n\nWorld. Again.', { file: 'a.md', lang: 'en' }).units.length // 2
 */
export function segmentMarkdown(source: string, options: SegmentOptions): SegmentedDocument {
  checkInputLimits(source, options.file);
  if (options.memo) return segmentWithMemo(source, options, options.memo);
  if (whole(source, options)) return segmentTree(parseFor(options)(source), source, options);
  const collector = new DraftCollector(source, options);
  let index = 0;
  for (const nodes of chunkTrees(source, CHUNK_THRESHOLD, parseFor(options))) {
    for (const node of nodes) collector.topLevel(node, index++);
  }
  return collector.finish();
}

/**
 * The units of a document one at a time, for output that need not hold them all: a large
 * document without lock history is parsed, segmented and given its IDs chunk by chunk, so
 * memory stays bounded by one chunk (the IDs are the same as {@link segmentMarkdown}'s).
 *
 * @example for (const unit of segmentUnits(source, { file: 'big.md', lang: 'en' })) write(unit)
 */
export function* segmentUnits(source: string, options: SegmentOptions): Generator<Unit> {
  checkInputLimits(source, options.file);
  if (whole(source, options) || (options.previous?.length ?? 0) > 0) {
    yield* segmentMarkdown(source, options).units;
    return;
  }
  const ids = new FreshIds();
  const lines = new LineIndex(source);
  let index = 0;
  for (const nodes of chunkTrees(source, CHUNK_THRESHOLD, parseFor(options))) {
    const collector = new DraftCollector(source, options, lines);
    for (const node of nodes) collector.topLevel(node, index++);
    yield* collector.finish(ids).units;
  }
}

/** Format of remembered chunk segmentations (part of their keys). */
const SEGMENT_MEMO = 'diglot-segment-chunk/2';

/**
 * {@link segmentMarkdown} with a memo: the document is cut into content-defined chunks (see
 * findContentCuts), each parsed on its own with the link and footnote definitions it refers to
 * (as in parse-in-chunks.ts); a chunk whose text, definitions, language and front-matter fields
 * are in the memo is not parsed at all. IDs are given over the whole document as usual, so the
 * result is the same as without a memo.
 */
function segmentWithMemo(source: string, options: SegmentOptions, memo: SegmentMemo): SegmentedDocument {
  const collector = new DraftCollector(source, options);
  let blocks = 0;
  const syntax = syntaxKey(options.syntax ?? DEFAULT_SYNTAX, isMdxFile(options.file));
  for (const chunk of chunksAt(source, contentCuts(source, options.file))) {
    const key = hashOf(SEGMENT_MEMO, options.lang, options.fields ?? null, syntax, chunk.text);
    const segments =
      memo.get(key) ??
      memo.set(
        key,
        inChunk(chunk.lines, () => segmentChunk(chunk.text, chunk.length, options)),
      );
    collector.addDrafts(shiftDrafts(segments.drafts, { offset: chunk.start, lines: chunk.lines, blocks }));
    blocks += segments.blocks;
  }
  return collector.finish();
}

/** Run `work` on a chunk parsed on its own; an InputError it throws is moved to the chunk's place in the document. */
function inChunk<T>(lines: number, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof InputError) || error.place?.line === undefined || lines === 0) throw error;
    const details: { expected?: string; actual?: string } = {};
    if (error.expected !== undefined) details.expected = error.expected;
    if (error.actual !== undefined) details.actual = error.actual;
    throw new InputError(error.message, { ...error.place, line: error.place.line + lines }, details);
  }
}

/** Segment one chunk parsed on its own (`text` = the chunk and the definitions it needs). */
function segmentChunk(text: string, length: number, options: SegmentOptions): ChunkSegments {
  const collector = new DraftCollector(text, options);
  let blocks = 0;
  for (const node of chunkNodes(text, length, options.trees, options.syntax ?? DEFAULT_SYNTAX, options.file)) collector.topLevel(node, blocks++);
  return { blocks, drafts: collector.splitDrafts() };
}

/**
 * Segment an already parsed tree (share one parse between stages).
 *
 * @param tree the mdast root of `source` (from parseMarkdown)
 * @param source the Markdown text the positions refer to
 */
export function segmentTree(tree: Root, source: string, options: SegmentOptions): SegmentedDocument {
  const collector = new DraftCollector(source, options);
  tree.children.forEach((child, i) => collector.topLevel(child, i));
  return collector.finish();
}
