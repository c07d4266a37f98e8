/**
 * Types of alignment: which English units/sentences correspond to which Russian ones.
 */
import type { VFileMessage } from 'vfile-message';
import type { Memo } from '../cache/memo-file.js';

/** One aligned group ("bead"): indices on each side (either may be empty) and a confidence in [0, 1]. */
export interface Bead {
  source: number[];
  target: number[];
  score: number;
}

/** Block beads (indices into `units`) and sentence beads (indices into all sentences, flattened in document order). */
export interface Alignment {
  blocks: Bead[];
  sentences: Bead[];
}

/** An alignment together with its `alignment-uncertain` warnings. */
export interface AlignmentResult extends Alignment {
  messages: VFileMessage[];
}

/** A glossary term pair used as an anchor: found on both sides, it ties the two texts together. */
export interface TermPair {
  /** Stable key (a glossary entry id); defaults to the index in the list. */
  id?: string;
  source: string | string[];
  target: string | string[];
}

/** Tuning of the aligner; every field has a documented default. */
export interface AlignOptions {
  /** Expected Russian/English character-length ratio (Gale–Church `c`). Default 1.08 (FLORES-200 devtest: 1.077). */
  ratio?: number;
  /** Variance per English character of the length difference (Gale–Church `s²`). Default 4 (FLORES: 3.1). */
  variance?: number;
  /** Use anchors (numbers, codes, names, terms). Default true; false gives the length-only baseline. */
  anchors?: boolean;
  /** Use structure (unit kind, heading depth, footnote label, front-matter path) for blocks. Default true. */
  structure?: boolean;
  /** Glossary term pairs found on both sides become anchors. */
  terms?: readonly TermPair[];
  /** Glossary plug-in: the ids of the entries a text uses (`lang` is `en` or `ru`). */
  findTerms?: (text: string, lang: string) => readonly string[];
  /** Pairs with a score below this are reported as `alignment-uncertain`. Default 0.5. */
  uncertainBelow?: number;
  /**
   * Fill only a band of the DP table around the length-proportional diagonal (±max(20, 10% of
   * the items)), doubled until the best path stays clear of its edges. Default true; false fills
   * the whole table (the reference the banded result is tested against).
   */
  band?: boolean;
  /**
   * Pairs the lock remembers (block alignment only): English unit ID → hash (`hashText`) of the
   * translation recorded as made for it (1–1 pairs; see `lockedPairs` in src/lock). A 1–1 bead of
   * that English unit with a target unit of that hash costs no more than a perfect pair, so a
   * translation paired explicitly (by an import, by `diglot lock`) stays paired even when its
   * length disagrees; the order of the other pairs still binds it.
   */
  lockedPairs?: Readonly<Record<string, string>>;
  /** Classic Gale–Church: deletions priced by length, no anchors, no structure (the benchmark baseline). */
  classic?: boolean;
  /**
   * Alignments remembered between runs (see src/cache/memo-file.ts), looked up by the units of
   * both documents (text, codes, structure, sentence spans; not IDs or positions) and these
   * options; `identity` must name what `findTerms` finds (the glossary) — a function cannot be
   * hashed. Warnings are computed afresh from the current positions.
   */
  memo?: AlignmentMemo;
}

/** Where {@link AlignOptions.memo} looks alignments up. */
export interface AlignmentMemo {
  /** Names the glossary `findTerms` finds (a function cannot be hashed). */
  identity: string;
  /** Alignments of whole documents. */
  blocks: Memo<Alignment>;
  /**
   * Sentence alignments inside one block bead, by the sentences and codes of its units: after
   * an edit only the edited block's sentences are aligned again.
   */
  sentences?: Memo<Bead[]>;
}
