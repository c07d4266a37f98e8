/**
 * The data model of `diglot diff`: per document, the English units old → new with their
 * classification, word diff, current Russian, staleness and check findings; and the reverse view
 * of the Russian. `diglot diff --format json` prints exactly this (see docs/review.md).
 */
import type { ChangeKind } from './match-units.js';
import type { WordChange } from './word-diff.js';

/** A unit as the report shows it. */
export interface UnitView {
  id: string;
  kind: string;
  /** 1-based line in its file. */
  line: number;
  /** Plain text: placeholders removed, whitespace collapsed. */
  text: string;
}

/** A check finding on a unit. */
export interface FindingView {
  ruleId: string;
  severity: 'error' | 'warning';
  line: number;
  column: number;
  reason: string;
  /** Not reported on the old version. */
  new: boolean;
}

/** A translation-memory suggestion for an added unit. */
export interface SuggestionView {
  /** Similarity of the English, 0–100 (word-level Levenshtein). */
  score: number;
  /** The English of the memory entry, and its translation (plain text). */
  source: string;
  target: string;
  /** Where the entry comes from: `<file>#<unit id>`. */
  origin: string;
}

/** What every listed change has: the kind, the units before and after, and their word diff. */
export interface ChangeBase {
  change: ChangeKind;
  /** A moved unit whose text also changed. */
  edited?: boolean;
  /** A split or merge that also changed place. */
  moved?: boolean;
  before: UnitView[];
  after: UnitView[];
  /** Word-level diff (old units joined → new units joined). */
  words: WordChange[];
}

/** One English unit (or a split/merge group) old → new. */
export interface SourceChange extends ChangeBase {
  /** The current Russian aligned with the unit (for removed units: what was aligned with it). */
  translation: UnitView[];
  /** The Russian was made from other English than the current (lock, or: English changed, Russian did not). */
  stale: boolean;
  findings: FindingView[];
  suggestion?: SuggestionView;
}

/** One Russian unit old → new (only changed ones are listed). */
export interface TargetChange extends ChangeBase {
  /** The English the unit is aligned with. */
  source: UnitView[];
  /** Findings on the unit that the old version did not have. */
  findings: FindingView[];
}

/** One line of a code block's line diff. */
export interface LineChange {
  type: 'equal' | 'insert' | 'delete';
  text: string;
}

/** A code block as the report shows it. */
export interface CodeView {
  /** The language tag (`''` for none). */
  lang: string;
  /** 1-based line of the block's opening fence. */
  line: number;
  hash: string;
}

/**
 * A changed English code block (code is not translated, but the translation carries a copy):
 * `translation` says what the target's paired block holds — `current` (the new code),
 * `stale` (still the old code), `differs` (other code), `missing` (no paired block).
 */
export interface CodeChange {
  kind: 'code';
  change: 'added' | 'removed' | 'edited';
  before?: CodeView;
  after?: CodeView;
  /** Line diff of the code, old → new. */
  lines: LineChange[];
  translation: 'current' | 'stale' | 'differs' | 'missing';
  /** The target's paired code block, when there is one. */
  target?: CodeView;
}

/** Counts per change kind. */
export type ChangeCounts = Record<ChangeKind, number>;

/** The diff of one document pair. */
export interface DocumentDiff {
  /** Paths relative to the repository root. */
  source: string;
  target: string;
  /** The languages of the two sides (`en`, `uk`): one diff per document and target language. */
  sourceLanguage: string;
  targetLanguage: string;
  /** The versions compared (`HEAD`, a ref, or `working tree`). */
  from: string;
  to: string;
  /**
   * Set when the source, the translation and the lock are byte for byte the same in both
   * versions: nothing was segmented, and the lists are empty.
   */
  unchanged?: true;
  sourceChanges: SourceChange[];
  targetChanges: TargetChange[];
  /** Changed English code blocks, in the new document's order (removed ones after their predecessor). */
  code: CodeChange[];
  summary: {
    source: ChangeCounts;
    target: ChangeCounts;
    stale: number;
    findings: number;
    newFindings: number;
    /** Changed English code blocks, and how many of them the translation still has the old code of. */
    code: { changed: number; stale: number };
  };
}
