/**
 * Sentence-splitting rules as data, in the spirit of SRX 2.0: ordered break / no-break rules,
 * each a pair of regular expressions (the text before a candidate break and the text after
 * it), plus abbreviation lists that the engine turns into rules. See docs/sentences.md.
 */

/** One SRX-like rule. At a candidate position, the first rule whose `before` matches the text
 * ending there and whose `after` matches the text starting there decides. */
export interface SentenceRule {
  /** `true`: break here (also adds candidates the base segmenter missed); `false`: do not. */
  break: boolean;
  /** Regex source (Unicode mode) matched against the text ending at the position. */
  before: string;
  /** Regex source (Unicode mode) matched against the text starting at the position. */
  after: string;
  /** Why the rule exists, with an example. */
  note?: string;
}

/** All rules of one language. Every field is optional; an empty object means Intl.Segmenter alone. */
export interface SentenceRuleSet {
  /**
   * Abbreviations, written without their final full stop (`Mr`, `U.S`, `т. е`); a space inside
   * matches an optional space. Case-sensitive.
   */
  abbreviations?: {
    /** Never end a sentence: titles and the like (`Mr`, `Dr`, `St`, `см`, `проф`). */
    prefix?: readonly string[];
    /** May end a sentence (`U.S`, `Jr`, `гг`): a break only before one of `sentenceStarters`. */
    ambiguous?: readonly string[];
    /** Never end a sentence before a number (`p`, `Vol`, `No`, `С`, `рис`). */
    beforeNumber?: readonly string[];
  };
  /** Words that typically open a sentence (`The`, `It`, `Однако`): after an ambiguous
   * abbreviation they signal a new sentence. */
  sentenceStarters?: readonly string[];
  /**
   * Also treat abbreviation shapes as abbreviations (src/segment/sentence-rules/abbreviation-classes.ts):
   * a word without a vowel (`Sgt`, `Св`, `пгт`) as an ambiguous one, one lowercase letter and a full
   * stop (`v.`, `a.`) as a prefix one. The built-in rule sets do.
   */
  abbreviationClasses?: boolean;
  /** Ordered rules, checked after the abbreviation rules. */
  rules?: readonly SentenceRule[];
}

/** Sentence data learned from CLDR and corpora (src/segment/sentence-rules/abbreviation-data.ts). */
export interface LearnedSentenceData {
  /** Abbreviations without their final full stop; treated as `ambiguous`. */
  abbreviations: readonly string[];
  /** Words that typically open a sentence. */
  starters: readonly string[];
}
