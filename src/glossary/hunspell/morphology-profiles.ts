/**
 * What the glossary compiler needs to know about a language's Hunspell dictionary beyond the
 * affix file itself: which flags derive other words rather than inflect one (comparatives,
 * adverbs), so that a term's paradigm stays its own. Data, not code: a new language with a
 * `dictionary-<lang>` package works without an entry here (every suffix flag of the word is
 * applied, a written form's own rule group only when it looks derived).
 */
export interface MorphologyProfile {
  /** Suffix flags never applied: they derive another word (German comparative `C`, Polish adverb `y`). */
  derive: readonly string[];
  /**
   * The longest ending (in letters) by which a written form may differ from its dictionary
   * word and still count as one of its inflections (`процеси` → `процес` + `и`); a longer one
   * (`Regierung` ← `regieren`, `wspierające` ← `wspierać`) is taken as a derived word, whose
   * forms are those of the one rule group that made it.
   */
  maxInflectionEnding: number;
  /** Whether the language inflects nouns and adjectives by case (multi-word terms: cap on combinations). */
  cases: boolean;
}

const DEFAULT: MorphologyProfile = { derive: [], maxInflectionEnding: 2, cases: true };

/** Per language: flags read from each `dictionary-<lang>` affix file (see docs/glossary.md). */
const PROFILES: Record<string, MorphologyProfile> = {
  // igerman98: C comparative and superlative, F feminine -in, J -ung nouns, B -bar, D present participle.
  de: { derive: ['C', 'F', 'J', 'B', 'D', 'L', 'M', 'W'], maxInflectionEnding: 2, cases: true },
  // Grammalecte: verb flags are derived by rule groups only; nouns and adjectives add -s, -x, -e, -es.
  fr: { derive: [], maxInflectionEnding: 3, cases: false },
  // sjp.pl: y adverbs (werbalnie), b is the `nie-` prefix (prefixes are never applied).
  pl: { derive: ['y'], maxInflectionEnding: 2, cases: true },
  // dict_uk: adjective, noun and pronoun paradigms are complete rule groups.
  uk: { derive: [], maxInflectionEnding: 2, cases: true },
  ru: { derive: [], maxInflectionEnding: 2, cases: true },
};

/**
 * The morphology profile of a language tag (region subtags fall back to the language).
 *
 * @example morphologyProfile('de-AT').derive.includes('C') // true
 */
export function morphologyProfile(lang: string): MorphologyProfile {
  return PROFILES[lang.toLowerCase().split('-')[0] as string] ?? DEFAULT;
}
