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

/** One side of a row. */
export interface CellSpec {
  lang: string;
  units: CellUnit[];
  /** Link definitions the units use. */
  definitions: Record<string, Definition>;
  /** Footnote numbers of the page (only those the units use). */
  footnotes: FootnoteNumbers;
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
}
