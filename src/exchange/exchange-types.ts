/**
 * The format-neutral model of an exchange file: what export writes into XLIFF, PO or TMX, and
 * what import reads back. Texts are coded text (`{N}…{/N}`, `{N/}`, `{{`) whose code numbers
 * are those of the English unit ("exchange numbering"); see docs/exchange.md.
 */
import type { InlineCode, UnitKind } from '../segment/types.js';
import type { ExportStamp } from './export-stamp.js';

/** Status of an English–Russian pair from the lock (see src/lock). */
export type PairStatus = 'current' | 'stale' | 'edited' | 'glossary-changed' | 'new';

/** XLIFF 2 segment state, the common scale of every format (see docs/exchange.md, "States"). */
export type TargetState = 'initial' | 'translated' | 'reviewed' | 'final';

/** A sentence pair inside a unit, or the gap between two sentences (`ignorable`). */
export interface ExchangePart {
  kind: 'segment' | 'ignorable';
  /** Sentence ID (`<unit id>.<n>`) for segments. */
  id?: string;
  source: string;
  target?: string;
}

/** One unit to translate. */
export interface ExchangeUnit {
  id: string;
  kind: UnitKind;
  path: string;
  /** 1-based line of the unit in the English file. */
  line: number;
  source: string;
  /** The current Russian text, in exchange numbering; absent when there is no Russian unit. */
  target?: string;
  /** The English codes (exchange numbering is theirs). */
  codes: InlineCode[];
  /** Codes of the Russian unit renumbered into exchange numbering (absent: no Russian unit). */
  targetCodes?: InlineCode[];
  /** Sentences and gaps; their sources concatenate to `source` (targets to `target`, when split). */
  parts: ExchangePart[];
  status: PairStatus | 'untranslated';
  state: TargetState;
  /** The English the translation was made from, when the lock recorded it and it differs. */
  previousSource?: string;
  /** Notes for the translator (glossary entries, status explanations). */
  notes: string[];
  /**
   * The translator's notes (`[^tn…]`, only in the translation) the unit's translation calls, as
   * written there: exported as notes on the target, never as text to translate.
   */
  translatorNotes?: TranslatorNoteText[];
  /** What the unit was at export (hashes of its English and translation), for import's conflict detection. */
  stamp?: ExportStamp;
}

/** A translator's note called in a unit's translation: its label and its Markdown. */
export interface TranslatorNoteText {
  label: string;
  text: string;
}

/** A document ready for export. */
export interface ExchangeDocument {
  /** The English file, relative to the project root with `/` separators. */
  original: string;
  sourceLanguage: string;
  targetLanguage: string;
  units: ExchangeUnit[];
}

/** One translation read back from an exchange file. */
export interface ImportedUnit {
  /** The unit ID the file states (XLIFF unit id, PO msgctxt), if any. */
  id?: string;
  /** Other hints of the ID (PO `#:` references, XLIFF 1.2 resname). */
  hints: string[];
  /** The source text in exchange numbering, as the file has it. */
  source?: string;
  /** The target text in exchange numbering; undefined when the file has no translation. */
  target?: string;
  state?: TargetState;
  /** True when only some sentences have a target (the unit is then not imported). */
  partial?: boolean;
  /** Where the unit is in the exchange file (1-based line and column). */
  line?: number;
  column?: number;
  /** What the unit was when diglot exported it (absent in files of other tools). */
  stamp?: ExportStamp;
  /** The document of the unit's `<file>` (its `original`), in an XLIFF holding several documents. */
  document?: string;
}

/** The content of an exchange file. */
export interface ImportedFile {
  format: 'xliff2' | 'xliff12' | 'po';
  /** The English document the file names (XLIFF `original`, PO `X-Diglot-Source`), if any. */
  original?: string;
  sourceLanguage?: string;
  targetLanguage?: string;
  units: ImportedUnit[];
}
