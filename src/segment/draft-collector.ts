import type { Heading, Nodes, Paragraph, PhrasingContent, RootContent, TableCell } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import type { ErrorPlace } from '../errors.js';
import { DEFAULT_SYNTAX, isMdxFile } from '../markdown/markdown-syntax.js';
import { INPUT_LIMITS, limitError } from '../markdown/input-limits.js';
import { LineIndex } from '../util/line-index.js';
import { assignIds, sentenceIds, type FreshIds } from './assign-ids.js';
import { stripCodes, escapeCodedText } from './coded-text.js';
import { frontmatterFields, frontmatterPath } from './frontmatter-units.js';
import { imageParts } from './image-parts.js';
import { inlineToCoded, unplacedError } from './inline-to-coded.js';
import { flowAttributeUnits } from './mdx-attribute-units.js';
import type { Draft, SplitDraft } from './chunk-memo.js';
import { splitSentences, type SentenceSpan } from './split-sentences.js';
import type { SegmentOptions } from './segment-markdown.js';
import type { InlineCode, SegmentedDocument, Unit, UnitKind } from './types.js';

/** A node waiting to be visited: its path, the kind its paragraphs become, its footnote's label. */
interface Visit {
  node: Nodes;
  path: string;
  container: UnitKind;
  label: string | undefined;
}

/**
 * Collects units from top-level nodes in document order, then gives them IDs and sentences.
 *
 * @example const c = new DraftCollector(source, { file: 'a.md', lang: 'en' }); tree.children.forEach((n, i) => c.topLevel(n, i)); c.finish().units
 */
export class DraftCollector {
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
          if (node.type === 'mdxJsxFlowElement') {
            for (const a of flowAttributeUnits(node, path, this.source, this.jsxAttributes())) this.add('jsxAttribute', a.path, a.text, [], a.start, a.end);
          }
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

  /** The JSX attributes translated in this document (config `mdx.translatableAttributes`; none outside MDX). */
  private jsxAttributes(): readonly string[] {
    return isMdxFile(this.options.file) ? (this.options.syntax ?? DEFAULT_SYNTAX).mdxTranslatableAttributes : [];
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
    const { text, codes, attributes } = inlineToCoded(children, this.source, place, this.jsxAttributes());
    this.add(kind, path, text, codes, start, end, label === undefined ? extra : { ...extra, label });
    // Attributes of inline JSX elements: sub-units of this one, right after it (see mdx-attribute-units.ts).
    for (const a of attributes) this.add('jsxAttribute', `${path}/${a.path}`, a.text, [], a.start, a.end);
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
