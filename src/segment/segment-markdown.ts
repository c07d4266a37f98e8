import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { chunkTrees } from '../markdown/parse-in-chunks.js';
import { CHUNK_THRESHOLD, parseWhole } from '../markdown/parse-markdown.js';
import { LineIndex } from '../util/line-index.js';
import { assignIds, FreshIds, sentenceIds, type PreviousUnit } from './assign-ids.js';
import { stripCodes, escapeCodedText } from './coded-text.js';
import { frontmatterFields, frontmatterPath } from './frontmatter-units.js';
import { imageParts } from './image-parts.js';
import { inlineToCoded } from './inline-to-coded.js';
import { splitSentences } from './split-sentences.js';
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
}

/**
 * Parse and segment a Markdown document into translatable units and sentences. A large
 * document is parsed and segmented chunk by chunk, so only one chunk's tree is in memory.
 *
 * @param source the Markdown text
 * @param options file name, language and optional lock history
 * @returns the units in document order (front matter first)
 * @throws InputError for invalid front matter
 * @example segmentMarkdown('# Hello\n\nWorld. Again.', { file: 'a.md', lang: 'en' }).units.length // 2
 */
export function segmentMarkdown(source: string, options: SegmentOptions): SegmentedDocument {
  if (source.length <= CHUNK_THRESHOLD) return segmentTree(parseWhole(source), source, options);
  const collector = new DraftCollector(source, options);
  let index = 0;
  for (const nodes of chunkTrees(source, CHUNK_THRESHOLD, parseWhole)) {
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
  if (source.length <= CHUNK_THRESHOLD || (options.previous?.length ?? 0) > 0) {
    yield* segmentMarkdown(source, options).units;
    return;
  }
  const ids = new FreshIds();
  const lines = new LineIndex(source);
  let index = 0;
  for (const nodes of chunkTrees(source, CHUNK_THRESHOLD, parseWhole)) {
    const collector = new DraftCollector(source, options, lines);
    for (const node of nodes) collector.topLevel(node, index++);
    yield* collector.finish(ids).units;
  }
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

type Draft = Omit<Unit, 'id' | 'sentences'>;

/** Collects units from top-level nodes in document order, then gives them IDs and sentences. */
class DraftCollector {
  private readonly drafts: Draft[] = [];
  private readonly lines: LineIndex;
  private footnoteLabel: string | undefined;

  constructor(
    private readonly source: string,
    private readonly options: SegmentOptions,
    lines?: LineIndex,
  ) {
    this.lines = lines ?? new LineIndex(source);
  }

  topLevel(node: RootContent, index: number): void {
    this.visit(node, `root/${node.type}[${index}]`, 'paragraph');
  }

  /** Give the units IDs (from `fresh`, when the document is segmented chunk by chunk) and sentences. */
  finish(fresh?: FreshIds): SegmentedDocument {
    const { drafts, options } = this;
    const ids = fresh ? drafts.map((d) => ({ id: fresh.next(d), edited: false })) : assignIds(drafts, options.previous);
    const units: Unit[] = drafts.map((draft, i) => {
      const { id, edited } = ids[i] as { id: string; edited: boolean };
      const spans = splitSentences(draft.text, options.lang);
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

  private visit(node: Nodes, path: string, container: UnitKind): void {
    switch (node.type) {
      case 'yaml':
        for (const field of frontmatterFields(node, this.source, this.options.file, this.options.fields)) {
          this.add('frontmatter', frontmatterPath(field.path), field.text, [], field.start, field.end);
        }
        return;
      case 'heading':
        this.addInline('heading', path, node.children, { depth: node.depth });
        return;
      case 'tableCell':
        this.addInline('tableCell', path, node.children);
        return;
      case 'paragraph':
        if (!this.addFigure(node.children, path)) this.addInline(container, path, node.children);
        return;
      case 'footnoteDefinition': {
        const outer = this.footnoteLabel;
        this.footnoteLabel = node.label ?? node.identifier;
        node.children.forEach((child, i) => this.visit(child, `${path}/${child.type}[${i}]`, 'footnote'));
        this.footnoteLabel = outer;
        return;
      }
      case 'blockquote':
      case 'listItem':
        node.children.forEach((child, i) => this.visit(child, `${path}/${child.type}[${i}]`, node.type));
        return;
      default:
        if ('children' in node) (node.children as Nodes[]).forEach((child, i) => this.visit(child, `${path}/${child.type}[${i}]`, container));
    }
  }

  private add(kind: UnitKind, path: string, text: string, codes: InlineCode[], start: number, end: number, extra: Partial<Draft> = {}): void {
    if (!/[\p{L}\p{N}]/u.test(stripCodes(text))) return;
    this.drafts.push({ kind, path, text, codes, start: this.lines.point(start), end: this.lines.point(end), ...extra });
  }

  private addInline(kind: UnitKind, path: string, children: PhrasingContent[], extra: Partial<Draft> = {}): void {
    const start = children[0]?.position?.start.offset;
    const end = children.at(-1)?.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const { text, codes } = inlineToCoded(children, this.source);
    this.add(kind, path, text, codes, start, end, this.footnoteLabel === undefined ? extra : { ...extra, label: this.footnoteLabel });
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
