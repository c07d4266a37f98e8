import type { AlignType, PhrasingContent, RootContent } from 'mdast';
import type { Unit } from '../segment/types.js';
import type { BlockContext } from './block-context.js';
import type { Definition, FootnoteNumbers } from './code-node.js';

/** A sentence of a cell: its id and the ids of its counterparts on the other side (`ru:u-….2`). */
export interface CellSentence {
  id: string;
  start: number;
  end: number;
  with: string[];
}

/** A unit as the parallel edition renders it: everything needed, nothing else (it is the cache key). */
export interface CellUnit extends Pick<Unit, 'kind' | 'path' | 'depth' | 'label' | 'text' | 'codes'> {
  sentences: CellSentence[];
  context: BlockContext;
  /** Figures: whether the image file exists. */
  imageAvailable?: boolean;
  /** Footnote calls in this unit: code id → how many calls of that note came before (0 for the first). */
  repeats?: Record<number, number>;
}

/**
 * A block no unit covers (a code block, an HTML block, a thematic break, a paragraph with no
 * words, a list of code only…): shown as written. The node has no positions, its references
 * are resolved and its local image URLs lead from the parallel page (`en/…`).
 */
export interface PlainBlock {
  type: 'plain';
  node: RootContent;
  context: BlockContext;
}

/** One cell of a table row: the unit of its text, or its own content when it has no words. */
export interface TableRowCell {
  unit?: CellUnit;
  content?: PhrasingContent[];
}

/** One row of a table (the first row is the head): rendered as a one-row table of its side. */
export interface TableRowBlock {
  type: 'tableRow';
  head: boolean;
  /** Column alignments of the table (also gives the number of columns). */
  align: AlignType[];
  cells: TableRowCell[];
  context: BlockContext;
}

/** A block of a cell that is not a lone unit. */
export type CellBlock = PlainBlock | TableRowBlock;

/** One side of a row. */
export interface CellSpec {
  lang: string;
  units: CellUnit[];
  /** Rows of plain blocks or table rows: what the cell shows instead of `units` (which then only lists the units used). */
  blocks?: CellBlock[];
  /** Link definitions the units use. */
  definitions: Record<string, Definition>;
  /** Footnote numbers of the page (only those the units use). */
  footnotes: FootnoteNumbers;
  /** Marks of the translator's notes the units call or hold, by footnote key (`tn1` → `*`); target cells only. */
  translatorNotes?: Record<string, string>;
  /** Date rows: the translator's line (front matter `translation:`). */
  translation?: string;
  /** Poll rows: the votes of each option, in order. */
  votes?: number[];
  /** Date rows: `YYYY-MM-DD`. */
  date?: string;
}

/** What a row holds: front-matter fields, body blocks, the poll, the date line, or notes. */
export type RowKind = 'header' | 'date' | 'body' | 'poll' | 'notes';

/** A row of the parallel edition: English cell, Russian cell. Pure data, hashed for the cache. */
export interface RowSpec {
  kind: RowKind;
  cells: [CellSpec, CellSpec];
  /** The source units of the row changed since their translation was made (the lock's `stale`). */
  stale?: boolean;
}
