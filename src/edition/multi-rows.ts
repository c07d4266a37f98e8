import { hashOf } from '../util/hash-of.js';
import type { CellBlock, CellSpec, CellUnit, RowKind, RowSpec } from './row-spec.js';

/** One row of the multi-target view: for each language (source first), the cells it shows, in order. */
export interface MultiRow {
  kind: RowKind;
  /** `columns[0]`: the source's cells; `columns[i]`: the cells of the i-th target. Each column renders its cells one after another. */
  columns: Array<Array<{ kind: RowKind; cell: CellSpec }>>;
}

/**
 * Lay out the view with the source beside two or more targets: the rows of each pair's
 * parallel edition (`parallelRows`) are merged through the source. Each source atom (a unit,
 * a block without words, a table row, the date line) stands in exactly one multi row; a row
 * of a pair that covers several atoms (a 2:1 bead) keeps them together, so a multi row is the
 * smallest run of source atoms that no pair's row straddles. A pair's row with nothing on the
 * source side (an inserted paragraph, a block of that target only) goes into the multi row of
 * the source atom before it. Every sentence's counterparts (`with`) become those in every
 * language: the source's in every target, a target's in the source and, through it, in the
 * other targets.
 *
 * @param pairs the rows of each pair (source beside target i), in target order
 * @returns the merged rows, or undefined when the pairs do not show the same source atoms in
 *   the same order (then the view cannot be aligned through the source and is not built)
 * @example multiRows([parallelRows(en, ru, a1), parallelRows(en, uk, a2)])?.[0]?.columns.length // 3
 */
export function multiRows(pairs: readonly (readonly RowSpec[])[]): MultiRow[] | undefined {
  const first = pairs[0];
  if (!first) return [];
  const layouts = pairs.map(sourceLayout);
  const atoms = (layouts[0] as Layout).atoms;
  if (layouts.some((l) => l.atoms.length !== atoms.length || l.atoms.some((a, i) => a !== atoms[i]))) return undefined;
  // A boundary between atoms b-1 and b is a cut unless some pair's row covers both.
  const joined = new Set<number>();
  for (const layout of layouts) for (const { start, end } of layout.spans) for (let b = start + 1; b < end; b++) joined.add(b);
  const groupOf: number[] = [];
  let group = 0;
  for (let b = 0; b < atoms.length; b++) {
    if (b > 0 && !joined.has(b)) group++;
    groupOf[b] = group;
  }
  const groups = atoms.length === 0 ? 1 : group + 1;
  const partners = allPartners(pairs);
  const rows: MultiRow[] = Array.from({ length: groups }, () => ({ kind: 'body' as RowKind, columns: Array.from({ length: pairs.length + 1 }, () => []) }));
  const kinds: Array<RowKind | undefined> = [];
  pairs.forEach((pairRows, p) => {
    const layout = layouts[p] as Layout;
    pairRows.forEach((row, r) => {
      const span = layout.spans[r] as Span;
      // A row without source atoms belongs with the atom before it (the first row when there is none).
      const at = span.end > span.start ? (groupOf[span.start] as number) : span.start > 0 ? (groupOf[span.start - 1] as number) : 0;
      const multi = rows[at] as MultiRow;
      if (span.end > span.start) kinds[at] ??= row.kind;
      if (p === 0 && span.end > span.start)
        (multi.columns[0] as MultiRow['columns'][number]).push({ kind: row.kind, cell: withPartners(row.cells[0], partners) });
      (multi.columns[p + 1] as MultiRow['columns'][number]).push({ kind: row.kind, cell: withPartners(row.cells[1], partners) });
    });
  });
  rows.forEach((row, g) => (row.kind = kinds[g] ?? row.columns.flat()[0]?.kind ?? 'body'));
  return rows.filter((row) => row.columns.some((c) => c.length > 0));
}

interface Span {
  start: number;
  end: number;
}

interface Layout {
  /** The source atoms of the pair's page, in order (each key made unique by its occurrence). */
  atoms: string[];
  /** For each row, the atoms its source cell covers. */
  spans: Span[];
}

function sourceLayout(rows: readonly RowSpec[]): Layout {
  const atoms: string[] = [];
  const seen = new Map<string, number>();
  const spans = rows.map((row) => {
    const start = atoms.length;
    for (const key of atomKeys(row.cells[0])) {
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      atoms.push(`${key}#${n}`);
    }
    return { start, end: atoms.length };
  });
  return { atoms, spans };
}

/** What a source cell shows, as keys that do not depend on the target it stands beside. */
function atomKeys(cell: CellSpec): string[] {
  const keys: string[] = [];
  if (cell.date !== undefined || cell.translation !== undefined) keys.push(`date:${cell.date ?? ''}:${cell.translation ?? ''}`);
  if (cell.blocks) keys.push(...cell.blocks.map(blockKey));
  else keys.push(...cell.units.map((u) => `unit:${u.path}`));
  return keys;
}

function blockKey(block: CellBlock): string {
  if (block.type === 'plain') return `plain:${hashOf(block.node, block.context)}`;
  const cells = block.cells.map((c) => (c.unit ? `unit:${c.unit.path}` : hashOf(c.content ?? null)));
  return `tableRow:${hashOf(block.head, block.align, cells, block.context)}`;
}

/** Sentence id (`ru:u-3.1`) → its counterparts in every language. */
function allPartners(pairs: readonly (readonly RowSpec[])[]): Map<string, string[]> {
  const direct = new Map<string, Set<string>>();
  const add = (id: string, others: readonly string[]): void => {
    const set = direct.get(id) ?? new Set<string>();
    for (const o of others) set.add(o);
    direct.set(id, set);
  };
  for (const rows of pairs)
    for (const row of rows)
      for (const cell of row.cells) for (const unit of cellUnits(cell)) for (const s of unit.sentences) add(`${cell.lang}:${s.id}`, s.with);
  const out = new Map<string, string[]>();
  for (const [id, others] of direct) {
    const lang = id.slice(0, id.indexOf(':'));
    const all = new Set<string>();
    for (const o of others) {
      all.add(o);
      for (const further of direct.get(o) ?? []) all.add(further);
    }
    out.set(
      id,
      [...all].filter((o) => o !== id && !o.startsWith(`${lang}:`)),
    );
  }
  return out;
}

function cellUnits(cell: CellSpec): CellUnit[] {
  const inBlocks = (cell.blocks ?? []).flatMap((b) => (b.type === 'tableRow' ? b.cells.flatMap((c) => (c.unit ? [c.unit] : [])) : []));
  return [...cell.units, ...inBlocks];
}

/** A copy of the cell whose sentences carry their counterparts in every language. */
function withPartners(cell: CellSpec, partners: Map<string, string[]>): CellSpec {
  const unit = (u: CellUnit): CellUnit => ({ ...u, sentences: u.sentences.map((s) => ({ ...s, with: partners.get(`${cell.lang}:${s.id}`) ?? s.with })) });
  const copy: CellSpec = { ...cell, units: cell.units.map(unit) };
  if (cell.blocks)
    copy.blocks = cell.blocks.map((b) => (b.type === 'tableRow' ? { ...b, cells: b.cells.map((c) => (c.unit ? { ...c, unit: unit(c.unit) } : c)) } : b));
  return copy;
}
