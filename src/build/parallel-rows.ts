import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Alignment } from '../align/types.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import { blockContext } from './block-context.js';
import { normalizeIdentifier, type Definition } from './code-node.js';
import type { ImageLocator } from './image-locator.js';
import type { FrontMatter } from './read-front-matter.js';
import type { CellSpec, CellUnit, RowKind, RowSpec } from './row-spec.js';

/** One language of an article, segmented and parsed. */
export interface Side {
  lang: string;
  /** The Markdown the tree was parsed from (read once per build). */
  source: string;
  doc: SegmentedDocument;
  tree: Root;
  frontMatter: FrontMatter;
  images: ImageLocator;
}

/**
 * Lay out the parallel edition as rows of pure data: front-matter rows, the date, one row per
 * aligned body block, the poll, then the notes. Each sentence carries the ids of its aligned
 * counterparts (`data-with`), each footnote call its page-wide number.
 *
 * @param source the English side
 * @param target the Russian (target) side
 * @param alignment block and sentence beads from alignDocuments
 * @returns the rows in page order
 * @example parallelRows(en, ru, alignDocuments(en.doc, ru.doc)).length
 */
export function parallelRows(source: Side, target: Side, alignment: Alignment): RowSpec[] {
  const partners = counterparts(source, target, alignment);
  const sides = [prepare(source, partners), prepare(target, partners)] as const;
  const rows: Record<RowKind, RowSpec[]> = { header: [], date: [], body: [], poll: [], notes: [] };
  const poll: [CellUnit[], CellUnit[]] = [[], []];
  for (const bead of alignment.blocks) {
    const en = bead.en.map((i) => sides[0].units[i]).filter((u): u is CellUnit => u !== undefined);
    const ru = bead.ru.map((i) => sides[1].units[i]).filter((u): u is CellUnit => u !== undefined);
    const first = en[0] ?? ru[0];
    if (!first) continue;
    if (first.path.startsWith('frontmatter/poll.')) {
      poll[0].push(...en);
      poll[1].push(...ru);
      continue;
    }
    const kind: RowKind = first.kind === 'frontmatter' ? 'header' : first.kind === 'footnote' ? 'notes' : 'body';
    rows[kind].push({ kind, cells: [sides[0].cell(en), sides[1].cell(ru)] });
  }
  if (source.frontMatter.date || target.frontMatter.date) {
    rows.date.push({ kind: 'date', cells: [dateCell(source), dateCell(target)] });
  }
  if (source.frontMatter.poll || target.frontMatter.poll) {
    const cells = [sides[0].cell(poll[0]), sides[1].cell(poll[1])] as [CellSpec, CellSpec];
    cells[0].votes = (source.frontMatter.poll ?? target.frontMatter.poll)?.options.map((o) => o.votes) ?? [];
    cells[1].votes = (target.frontMatter.poll ?? source.frontMatter.poll)?.options.map((o) => o.votes) ?? [];
    rows.poll.push({ kind: 'poll', cells });
  }
  return [...rows.header, ...rows.date, ...rows.body, ...rows.poll, ...rows.notes];
}

function dateCell(side: Side): CellSpec {
  const cell: CellSpec = { lang: side.lang, units: [], definitions: {}, footnotes: {} };
  if (side.frontMatter.date) cell.date = side.frontMatter.date;
  return cell;
}

/** Sentence id → ids of the aligned sentences on the other side, prefixed with their language. */
function counterparts(source: Side, target: Side, alignment: Alignment): Map<string, string[]> {
  const flat = (side: Side): string[] => side.doc.units.flatMap((u) => u.sentences.map((s) => `${side.lang}:${s.id}`));
  const left = flat(source);
  const right = flat(target);
  const map = new Map<string, string[]>();
  for (const bead of alignment.sentences) {
    const en = bead.en.map((i) => left[i]).filter((x): x is string => x !== undefined);
    const ru = bead.ru.map((i) => right[i]).filter((x): x is string => x !== undefined);
    for (const id of en) map.set(id, [...(map.get(id) ?? []), ...ru]);
    for (const id of ru) map.set(id, [...(map.get(id) ?? []), ...en]);
  }
  return map;
}

function prepare(side: Side, partners: Map<string, string[]>): { units: CellUnit[]; cell: (units: CellUnit[]) => CellSpec } {
  const definitions: Record<string, Definition> = {};
  visit(side.tree, 'definition', (node) => {
    definitions[normalizeIdentifier(node.identifier)] ??= { url: node.url, title: node.title ?? null };
  });
  const numbers: Record<string, number> = {};
  const seen: Record<string, number> = {};
  const units = side.doc.units.map((unit) => {
    const cell = cellUnit(side, unit, partners);
    for (const code of unit.codes) {
      if (code.kind !== 'footnoteReference') continue;
      const id = normalizeIdentifier(code.value ?? '');
      numbers[id] ??= Object.keys(numbers).length + 1;
      (cell.repeats ??= {})[code.id] = seen[id] ?? 0;
      seen[id] = (seen[id] ?? 0) + 1;
    }
    return cell;
  });
  const cell = (list: CellUnit[]): CellSpec => {
    const used: Record<string, Definition> = {};
    const notes: Record<string, number> = {};
    for (const unit of list) {
      if (unit.label !== undefined) copy(numbers, notes, normalizeIdentifier(unit.label));
      for (const code of unit.codes) {
        const id = normalizeIdentifier(code.value ?? '');
        if (code.kind === 'footnoteReference') copy(numbers, notes, id);
        if (code.kind === 'linkReference' || code.kind === 'imageReference') copy(definitions, used, id);
      }
    }
    return { lang: side.lang, units: list, definitions: used, footnotes: notes };
  };
  return { units, cell };
}

function cellUnit(side: Side, unit: Unit, partners: Map<string, string[]>): CellUnit {
  const cell: CellUnit = {
    kind: unit.kind,
    path: unit.path,
    text: unit.text,
    codes: unit.codes,
    sentences: unit.sentences.map((s) => ({ id: s.id, start: s.start, end: s.end, with: partners.get(`${side.lang}:${s.id}`) ?? [] })),
    context: unit.kind === 'frontmatter' ? {} : blockContext(side.tree, unit.path),
  };
  if (unit.depth !== undefined) cell.depth = unit.depth;
  if (unit.label !== undefined) cell.label = unit.label;
  if (unit.kind === 'alt' && cell.context.image !== undefined) cell.imageAvailable = side.images.available(cell.context.image);
  return cell;
}

function copy<T>(from: Record<string, T>, to: Record<string, T>, key: string): void {
  const value = from[key];
  if (value !== undefined) to[key] = value;
}
