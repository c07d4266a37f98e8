import type { Nodes, PhrasingContent, Root } from 'mdast';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { LineIndex } from '../util/line-index.js';
import { assignIds, sentenceIds, type PreviousUnit } from './assign-ids.js';
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
 * Parse and segment a Markdown document into translatable units and sentences.
 *
 * @param source the Markdown text
 * @param options file name, language and optional lock history
 * @returns the units in document order (front matter first)
 * @throws InputError for invalid front matter
 * @example segmentMarkdown('# Hello\n\nWorld. Again.', { file: 'a.md', lang: 'en' }).units.length // 2
 */
export function segmentMarkdown(source: string, options: SegmentOptions): SegmentedDocument {
  return segmentTree(parseMarkdown(source), source, options);
}

type Draft = Omit<Unit, 'id' | 'sentences'>;

/**
 * Segment an already parsed tree (share one parse between stages).
 *
 * @param tree the mdast root of `source` (from parseMarkdown)
 * @param source the Markdown text the positions refer to
 */
export function segmentTree(tree: Root, source: string, options: SegmentOptions): SegmentedDocument {
  const lines = new LineIndex(source);
  const drafts: Draft[] = [];
  const add = (kind: UnitKind, path: string, text: string, codes: InlineCode[], start: number, end: number, extra: Partial<Draft> = {}): void => {
    if (!/[\p{L}\p{N}]/u.test(stripCodes(text))) return;
    drafts.push({ kind, path, text, codes, start: lines.point(start), end: lines.point(end), ...extra });
  };

  const visit = (node: Nodes, path: string, container: UnitKind): void => {
    switch (node.type) {
      case 'yaml':
        for (const field of frontmatterFields(node, source, options.file, options.fields)) {
          add('frontmatter', frontmatterPath(field.path), field.text, [], field.start, field.end);
        }
        return;
      case 'heading':
        addInline('heading', path, node.children, { depth: node.depth });
        return;
      case 'tableCell':
        addInline('tableCell', path, node.children);
        return;
      case 'paragraph':
        if (!addFigure(node.children, path)) addInline(container, path, node.children);
        return;
      case 'footnoteDefinition':
        node.children.forEach((child, i) => visitWith(child, `${path}/${child.type}[${i}]`, 'footnote', node.label ?? node.identifier));
        return;
      case 'blockquote':
      case 'listItem':
        node.children.forEach((child, i) => visit(child, `${path}/${child.type}[${i}]`, node.type));
        return;
      default:
        if ('children' in node) (node.children as Nodes[]).forEach((child, i) => visit(child, `${path}/${child.type}[${i}]`, container));
    }
  };
  let footnoteLabel: string | undefined;
  const visitWith = (node: Nodes, path: string, container: UnitKind, label: string): void => {
    const outer = footnoteLabel;
    footnoteLabel = label;
    visit(node, path, container);
    footnoteLabel = outer;
  };
  const addInline = (kind: UnitKind, path: string, children: PhrasingContent[], extra: Partial<Draft> = {}): void => {
    const start = children[0]?.position?.start.offset;
    const end = children.at(-1)?.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const { text, codes } = inlineToCoded(children, source);
    add(kind, path, text, codes, start, end, footnoteLabel === undefined ? extra : { ...extra, label: footnoteLabel });
  };
  const addFigure = (children: PhrasingContent[], path: string): boolean => {
    const only = children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    const image = only[0];
    if (only.length !== 1 || image?.type !== 'image') return false;
    const parts = imageParts(image, source);
    if (!parts) return false;
    add('alt', `${path}/image[0]/alt`, escapeCodedText(image.alt ?? ''), [], parts.alt.start, parts.alt.end);
    if (parts.title && image.title) add('imageTitle', `${path}/image[0]/title`, escapeCodedText(image.title), [], parts.title.start, parts.title.end);
    return true;
  };

  tree.children.forEach((child, i) => visit(child, `root/${child.type}[${i}]`, 'paragraph'));

  const ids = assignIds(drafts, options.previous);
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
