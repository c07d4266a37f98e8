import type { Root, RootContent, TableCell } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Alignment } from '../align/types.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import { blockContext } from './block-context.js';
import { normalizeIdentifier, type Definition } from './code-node.js';
import type { ImageLocator } from './image-locator.js';
import type { FrontMatter } from './read-front-matter.js';
import { pairBlocks } from './pair-blocks.js';
import { plainNode } from './plain-node.js';
import type { CellSpec, CellUnit, RowKind, RowSpec, TableRowCell } from './row-spec.js';
import { sideBlocks, type SideBlock, type SideLayout } from './side-blocks.js';
import { isTranslatorNote, isTranslatorNoteCall, sourceFootnoteKeys } from '../segment/translator-notes.js';
import { translatorNoteMark } from './translator-note-label.js';

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
 * aligned body block, the poll, then the notes. Blocks without words (code, HTML, thematic
 * breaks…) get rows where they stand, beside the other side's block of the same kind there
 * when it has one; a table gets one row per table row, beside the other table's row. Each sentence carries the ids of its aligned
 * counterparts (`data-with`), each footnote call its page-wide number.
 *
 * @param source the English side
 * @param target the Russian (target) side
 * @param alignment block and sentence beads from alignDocuments
 * @param stalePaths paths of the stale source units (status-collect.ts): their rows get `stale`
 * @returns the rows in page order
 * @example parallelRows(en, ru, alignDocuments(en.doc, ru.doc)).length
 */
export function parallelRows(source: Side, target: Side, alignment: Alignment, stalePaths?: ReadonlySet<string>): RowSpec[] {
  const partners = counterparts(source, target, alignment);
  // `[^tn…]` footnotes of the target are translator's notes, unless the source has the label too.
  const sourceKeys = sourceFootnoteKeys(source.doc);
  const sides = [prepare(source, partners), prepare(target, partners, sourceKeys)] as const;
  // Translator's notes stand in the row of the unit that first calls them, beside its source.
  const home = noteHomes(target.doc.units, alignment, sourceKeys);
  const layouts = [sideBlocks(source.tree, source.doc.units), sideBlocks(target.tree, target.doc.units)] as const;
  const gaps = [gapsOf(layouts[0], alignment, 'source'), gapsOf(layouts[1], alignment, 'target')] as const;
  const rows: Record<RowKind, RowSpec[]> = { header: [], date: [], body: [], poll: [], notes: [] };
  const poll: [CellUnit[], CellUnit[]] = [[], []];
  const place = (gap: number): void => {
    const a = gaps[0].get(gap) ?? [];
    const b = gaps[1].get(gap) ?? [];
    for (const [i, j] of pairBlocks(a.map(pairKey), b.map(pairKey))) {
      const left = i === undefined ? undefined : a[i];
      const right = j === undefined ? undefined : b[j];
      const kind = (left ?? right)?.kind ?? 'body';
      rows[kind].push(...blockRows(kind, [left, right], [source, target], sides, layouts));
    }
  };
  place(-1);
  alignment.blocks.forEach((bead, k) => {
    const sourceCells = bead.source
      .filter((i) => !layouts[0].owned.has(i))
      .map((i) => sides[0].units[i])
      .filter((u): u is CellUnit => u !== undefined);
    const targetCells = [...bead.target.filter((i) => !layouts[1].owned.has(i) && !home.has(i)), ...(home.notesOf.get(k) ?? [])]
      .map((i) => sides[1].units[i])
      .filter((u): u is CellUnit => u !== undefined);
    const first = sourceCells[0] ?? targetCells[0];
    if (first?.path.startsWith('frontmatter/poll.')) {
      poll[0].push(...sourceCells);
      poll[1].push(...targetCells);
    } else if (first) {
      const kind: RowKind = first.kind === 'frontmatter' ? 'header' : first.kind === 'footnote' ? 'notes' : 'body';
      const stale = stalePaths !== undefined && sourceCells.some((u) => stalePaths.has(u.path));
      rows[kind].push({ kind, cells: [sides[0].cell(sourceCells), sides[1].cell(targetCells)], ...(stale ? { stale } : {}) });
    }
    place(k);
  });
  if (source.frontMatter.date || target.frontMatter.date || target.frontMatter.translation) {
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

type Prepared = ReturnType<typeof prepare>;

/** A side's blocks by the bead they follow (-1: before the first bead). */
function gapsOf(layout: SideLayout, alignment: Alignment, side: 'source' | 'target'): Map<number, SideBlock[]> {
  const beadOf: number[] = [];
  alignment.blocks.forEach((bead, k) => {
    for (const i of bead[side]) beadOf[i] = k;
  });
  const gaps = new Map<number, SideBlock[]>();
  for (const block of layout.blocks) {
    let gap = -1;
    for (let i = block.after; i >= 0; i--) {
      const k = beadOf[i];
      if (k !== undefined) {
        gap = k;
        break;
      }
    }
    const list = gaps.get(gap);
    if (list) list.push(block);
    else gaps.set(gap, [block]);
  }
  return gaps;
}

function pairKey(block: SideBlock): string {
  return `${block.kind}:${block.key}`;
}

/**
 * The rows of a pair of blocks (either may be missing): one row for plain blocks, one row per
 * table row for tables (row r of the source table beside row r of the target table).
 */
function blockRows(
  kind: 'body' | 'notes',
  blocks: [SideBlock | undefined, SideBlock | undefined],
  owners: [Side, Side],
  sides: readonly [Prepared, Prepared],
  layouts: readonly [SideLayout, SideLayout],
): RowSpec[] {
  const tables = blocks.map((b) => (b?.node.type === 'table' ? b.node.children.length : 0));
  const count = Math.max(1, ...tables);
  const out: RowSpec[] = [];
  for (let r = 0; r < count; r++) {
    const cells = [0, 1].map((s) => {
      const block = blocks[s];
      const side = owners[s] as Side;
      const prepared = sides[s] as Prepared;
      if (!block) return prepared.cell([]);
      const context = blockContext(side.tree, block.path);
      const node = block.node;
      if (node.type !== 'table') {
        if (r > 0) return prepared.cell([]);
        return { ...prepared.cell([]), blocks: [{ type: 'plain', node: prepared.plain(node), context }] };
      }
      const row = node.children[r];
      if (!row) return prepared.cell([]);
      const cells: TableRowCell[] = row.children.map((cell, c) => {
        const index = (layouts[s] as SideLayout).byPath.get(`${block.path}/tableRow[${r}]/tableCell[${c}]`);
        const unit = index === undefined ? undefined : prepared.units[index];
        return unit ? { unit } : { content: (prepared.plain(cell) as TableCell).children };
      });
      const units = cells.flatMap((c) => (c.unit ? [c.unit] : []));
      const align = node.align ?? [];
      const columns = Math.max(align.length, ...node.children.map((tr) => tr.children.length));
      const aligned = Array.from({ length: columns }, (_, c) => align[c] ?? null);
      return { ...prepared.cell(units), blocks: [{ type: 'tableRow', head: r === 0, align: aligned, cells, context }] };
    }) as [CellSpec, CellSpec];
    out.push({ kind, cells });
  }
  return out;
}

function dateCell(side: Side): CellSpec {
  const cell: CellSpec = { lang: side.lang, units: [], definitions: {}, footnotes: {} };
  if (side.frontMatter.date) cell.date = side.frontMatter.date;
  if (side.frontMatter.translation) cell.translation = side.frontMatter.translation;
  return cell;
}

/** Sentence id → ids of the aligned sentences on the other side, prefixed with their language. */
function counterparts(source: Side, target: Side, alignment: Alignment): Map<string, string[]> {
  const flat = (side: Side): string[] => side.doc.units.flatMap((u) => u.sentences.map((s) => `${side.lang}:${s.id}`));
  const left = flat(source);
  const right = flat(target);
  const map = new Map<string, string[]>();
  for (const bead of alignment.sentences) {
    const sourceIds = bead.source.map((i) => left[i]).filter((x): x is string => x !== undefined);
    const targetIds = bead.target.map((i) => right[i]).filter((x): x is string => x !== undefined);
    for (const id of sourceIds) map.set(id, [...(map.get(id) ?? []), ...targetIds]);
    for (const id of targetIds) map.set(id, [...(map.get(id) ?? []), ...sourceIds]);
  }
  return map;
}

function prepare(
  side: Side,
  partners: Map<string, string[]>,
  sourceKeys?: ReadonlySet<string>,
): { units: CellUnit[]; cell: (units: CellUnit[]) => CellSpec; plain: (node: RootContent) => RootContent } {
  const definitions: Record<string, Definition> = {};
  visit(side.tree, 'definition', (node) => {
    definitions[normalizeIdentifier(node.identifier)] ??= { url: node.url, title: node.title ?? null };
  });
  const numbers: Record<string, number> = {};
  const marks: Record<string, string> = {};
  const seen: Record<string, number> = {};
  const units = side.doc.units.map((unit) => {
    const cell = cellUnit(side, unit, partners);
    for (const code of unit.codes) {
      if (code.kind !== 'footnoteReference') continue;
      const id = normalizeIdentifier(code.value ?? '');
      // On the target side a `[^tn…]` call is a translator's note: marked `*`, `**`…, the author's notes keep their numbers.
      if (sourceKeys && isTranslatorNoteCall(code, sourceKeys)) marks[id] ??= translatorNoteMark(Object.keys(marks).length + 1);
      else numbers[id] ??= Object.keys(numbers).length + 1;
      (cell.repeats ??= {})[code.id] = seen[id] ?? 0;
      seen[id] = (seen[id] ?? 0) + 1;
    }
    return cell;
  });
  if (sourceKeys)
    for (const unit of side.doc.units)
      if (isTranslatorNote(unit, sourceKeys)) marks[normalizeIdentifier(unit.label ?? '')] ??= translatorNoteMark(Object.keys(marks).length + 1);
  const cell = (list: CellUnit[]): CellSpec => {
    const used: Record<string, Definition> = {};
    const notes: Record<string, number> = {};
    const tn: Record<string, string> = {};
    for (const unit of list) {
      if (unit.label !== undefined) {
        copy(numbers, notes, normalizeIdentifier(unit.label));
        copy(marks, tn, normalizeIdentifier(unit.label));
      }
      for (const code of unit.codes) {
        const id = normalizeIdentifier(code.value ?? '');
        if (code.kind === 'footnoteReference') {
          copy(numbers, notes, id);
          copy(marks, tn, id);
        }
        if (code.kind === 'linkReference' || code.kind === 'imageReference') copy(definitions, used, id);
      }
    }
    const spec: CellSpec = { lang: side.lang, units: list, definitions: used, footnotes: notes };
    if (Object.keys(tn).length > 0) spec.translatorNotes = tn;
    return spec;
  };
  const plain = (node: RootContent): RootContent => plainNode(node, { definitions, footnotes: numbers, images: side.images, urlPrefix: `${side.lang}/` });
  return { units, cell, plain };
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

/**
 * Where each translator's note of the target is shown: the bead of the first unit that calls
 * it (a note no unit calls keeps its own place). `has(j)`: note unit j is moved; `notesOf(k)`:
 * the note units bead k shows after its own.
 */
function noteHomes(
  units: readonly Unit[],
  alignment: Alignment,
  sourceKeys: ReadonlySet<string>,
): { has: (j: number) => boolean; notesOf: Map<number, number[]> } {
  const byLabel = new Map<string, number[]>();
  units.forEach((unit, j) => {
    if (!isTranslatorNote(unit, sourceKeys)) return;
    const key = normalizeIdentifier(unit.label ?? '');
    byLabel.set(key, [...(byLabel.get(key) ?? []), j]);
  });
  const moved = new Set<number>();
  const notesOf = new Map<number, number[]>();
  if (byLabel.size === 0) return { has: () => false, notesOf };
  alignment.blocks.forEach((bead, k) => {
    for (const j of bead.target) {
      for (const code of units[j]?.codes ?? []) {
        if (!isTranslatorNoteCall(code, sourceKeys)) continue;
        const notes = (byLabel.get(normalizeIdentifier(code.value ?? '')) ?? []).filter((n) => !moved.has(n) && n !== j);
        for (const n of notes) moved.add(n);
        if (notes.length > 0) notesOf.set(k, [...(notesOf.get(k) ?? []), ...notes]);
      }
    }
  });
  return { has: (j) => moved.has(j), notesOf };
}
