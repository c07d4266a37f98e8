import type { Heading, Nodes, Paragraph, PhrasingContent, Root, RootContent, TableCell } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { InputError, type ErrorPlace } from '../errors.js';
import { hashOf } from '../build/hash-of.js';
import { chunksAt, chunkTrees } from '../markdown/parse-in-chunks.js';
import { CHUNK_THRESHOLD, parseWhole } from '../markdown/parse-markdown.js';
import { chunkNodes, contentCuts, type TreeMemo } from '../markdown/parse-remembered.js';
import { DEFAULT_SYNTAX, isMdxFile, syntaxKey, type MarkdownSyntax } from '../markdown/markdown-syntax.js';
import { translatableAttributes } from './jsx-attributes.js';
import { checkInputLimits, INPUT_LIMITS, limitError } from '../markdown/input-limits.js';
import { LineIndex } from '../util/line-index.js';
import { assignIds, FreshIds, sentenceIds, type PreviousUnit } from './assign-ids.js';
import { stripCodes, escapeCodedText } from './coded-text.js';
import { frontmatterFields, frontmatterPath } from './frontmatter-units.js';
import { imageParts } from './image-parts.js';
import { inlineToCoded, unplacedError } from './inline-to-coded.js';
import { shiftDrafts, type ChunkSegments, type Draft, type SegmentMemo, type SplitDraft } from './chunk-memo.js';
import { splitSentences, type SentenceSpan } from './split-sentences.js';
import type { InlineCode, SegmentedDocument, Unit, UnitKind } from './types.js';

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
    const segments = memo.get(key) ?? memo.set(key, inChunk(chunk.lines, () => segmentChunk(chunk.text, chunk.length, options)));
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


/** A node waiting to be visited: its path, the kind its paragraphs become, its footnote's label. */
interface Visit {
  node: Nodes;
  path: string;
  container: UnitKind;
  label: string | undefined;
}

/** Collects units from top-level nodes in document order, then gives them IDs and sentences. */
class DraftCollector {
  private readonly drafts: Array<Draft & { spans?: SentenceSpan[] }> = [];
  private readonly lines: LineIndex;

  constructor(
    private readonly source: string,
    private readonly options: SegmentOptions,
    lines?: LineIndex,
  ) {
    this.lines = lines ?? new LineIndex(source);
  }

  topLevel(node: RootContent, index: number): void {
    this.visit(node, `root/${node.type}[${index}]`);
  }

  /** Give the units IDs (from `fresh`, when the document is segmented chunk by chunk) and sentences. */
  /** Add drafts found elsewhere (a remembered chunk), sentence spans included. */
  addDrafts(drafts: readonly SplitDraft[]): void {
    for (const draft of drafts) this.drafts.push(draft);
  }

  /** The drafts found so far, each with its sentence spans. */
  splitDrafts(): SplitDraft[] {
    return this.drafts.map((draft) => ({ ...draft, spans: draft.spans ?? splitSentences(draft.text, this.options.lang) }));
  }

  finish(fresh?: FreshIds): SegmentedDocument {
    const { drafts, options } = this;
    const ids = fresh ? drafts.map((d) => ({ id: fresh.next(d), edited: false })) : assignIds(drafts, options.previous);
    const units: Unit[] = drafts.map(({ spans: known, ...draft }, i) => {
      const { id, edited } = ids[i] as { id: string; edited: boolean };
      const spans = known ?? splitSentences(draft.text, options.lang);
      const texts = spans.map((s) => draft.text.slice(s.start, s.end));
      const sids = sentenceIds(id, texts);
      const unit: Unit = {
        id,
        ...draft,
        sentences: spans.map((s, k) => ({ id: sids[k] as string, text: texts[k] as string, start: s.start, end: s.end })),
      };
      if (edited) unit.edited = true;
      return unit;
    });
    return { file: options.file, lang: options.lang, units };
  }

  /**
   * Walk a top-level node and its descendants in document order with an explicit stack (the
   * nesting of blockquotes and lists is the author's to choose: no recursion on it).
   */
  private visit(top: Nodes, topPath: string): void {
    const stack: Visit[] = [{ node: top, path: topPath, container: 'paragraph', label: undefined }];
    for (let visit = stack.pop(); visit; visit = stack.pop()) {
      const { node, path, container, label } = visit;
      switch (node.type) {
        case 'yaml':
          for (const field of frontmatterFields(node, this.source, this.options.file, this.options.fields)) {
            this.add('frontmatter', frontmatterPath(field.path), field.text, [], field.start, field.end);
          }
          break;
        case 'heading':
          this.addInline(node, 'heading', path, label, { depth: node.depth });
          break;
        case 'tableCell':
          this.addInline(node, 'tableCell', path, label);
          break;
        case 'paragraph':
          if (!this.addFigure(node.children, path)) this.addInline(node, container, path, label);
          break;
        default: {
          if (!('children' in node)) break;
          // A JSX element's translatable attributes come before the units of its children.
          if (node.type === 'mdxJsxFlowElement') this.addAttributes(node, path);
          // Footnotes, blockquotes and list items name the units inside them; a footnote lends its label.
          const inner = node.type === 'footnoteDefinition' ? 'footnote' : node.type === 'blockquote' || node.type === 'listItem' ? node.type : container;
          const innerLabel = node.type === 'footnoteDefinition' ? (node.label ?? node.identifier) : label;
          const children = node.children as Nodes[];
          for (let i = children.length - 1; i >= 0; i--) {
            const child = children[i] as Nodes;
            stack.push({ node: child, path: `${path}/${child.type}[${i}]`, container: inner, label: innerLabel });
          }
        }
      }
    }
  }

  /** Units of a JSX element's translatable string attributes (config `mdx.translatableAttributes`). */
  private addAttributes(node: MdxJsxFlowElement, path: string): void {
    const names = (this.options.syntax ?? DEFAULT_SYNTAX).mdxTranslatableAttributes;
    for (const attribute of translatableAttributes(node, this.source, names)) {
      this.add('jsxAttribute', `${path}/attribute[${attribute.name}]`, attribute.text, [], attribute.start, attribute.end);
    }
  }

  private add(kind: UnitKind, path: string, text: string, codes: InlineCode[], start: number, end: number, extra: Partial<Draft> = {}): void {
    if (text.length > INPUT_LIMITS.unitLength) {
      const point = this.lines.point(start);
      throw limitError('unitLength', text.length, { file: this.options.file, line: point.line, column: point.column });
    }
    if (!/[\p{L}\p{N}]/u.test(stripCodes(text))) return;
    this.drafts.push({ kind, path, text, codes, start: this.lines.point(start), end: this.lines.point(end), ...extra });
  }

  /**
   * A unit of a block's inline content. Content without a place in the source cannot be cut
   * out and written back: that is an error at the block, never a unit silently left out.
   */
  private addInline(block: Heading | Paragraph | TableCell, kind: UnitKind, path: string, label: string | undefined, extra: Partial<Draft> = {}): void {
    const children = block.children;
    if (children.length === 0) return;
    const place = this.placeOf(block);
    const start = children[0]?.position?.start.offset;
    const end = children.at(-1)?.position?.end.offset;
    if (start === undefined || end === undefined) {
      const which = start === undefined ? children[0] : children.at(-1);
      throw unplacedError(which?.type ?? 'node', place);
    }
    const { text, codes } = inlineToCoded(children, this.source, place);
    this.add(kind, path, text, codes, start, end, label === undefined ? extra : { ...extra, label });
  }

  /** file:line:column of a block (its own position, or the document's start when it has none). */
  private placeOf(block: Nodes): ErrorPlace {
    const point = block.position?.start;
    return { file: this.options.file, line: point?.line ?? 1, column: point?.column ?? 1 };
  }

  private addFigure(children: PhrasingContent[], path: string): boolean {
    const only = children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    const image = only[0];
    if (only.length !== 1 || image?.type !== 'image') return false;
    const parts = imageParts(image, this.source);
    if (!parts) return false;
    this.add('alt', `${path}/image[0]/alt`, escapeCodedText(image.alt ?? ''), [], parts.alt.start, parts.alt.end);
    if (parts.title && image.title) this.add('imageTitle', `${path}/image[0]/title`, escapeCodedText(image.title), [], parts.title.start, parts.title.end);
    return true;
  }
}
