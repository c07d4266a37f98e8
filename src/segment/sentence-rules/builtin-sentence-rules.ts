import { learnedSentenceData } from './abbreviation-data.js';
import { commonSentenceRules } from './common.js';
import { enSentenceRules } from './en.js';
import { ruSentenceRules } from './ru.js';
import type { SentenceRuleSet } from './types.js';

/** Hand-written rule sets; the learned data (CLDR and corpora) is merged into them. */
const handWritten: Readonly<Record<string, SentenceRuleSet>> = { en: enSentenceRules, ru: ruSentenceRules };

/**
 * The built-in rule sets, by language tag: the hand-written ones (en, ru) and one for every
 * language with learned data (src/segment/sentence-rules/abbreviation-data.ts). Learned
 * abbreviations not named by hand become `ambiguous`, learned starters join the hand-written
 * ones, languages without hand-written rules get the shared rules, and all use the abbreviation
 * classes.
 *
 * @returns A new map from language tag to rule set.
 * @example builtinSentenceRules().get('de')?.abbreviations?.ambiguous?.includes('z.B') // true
 */
export function builtinSentenceRules(): Map<string, SentenceRuleSet> {
  const sets = new Map<string, SentenceRuleSet>();
  for (const lang of new Set([...Object.keys(handWritten), ...Object.keys(learnedSentenceData)])) {
    const hand = handWritten[lang] ?? { rules: commonSentenceRules };
    const learned = learnedSentenceData[lang] ?? { abbreviations: [], starters: [] };
    const { prefix = [], ambiguous = [], beforeNumber = [] } = hand.abbreviations ?? {};
    const named = new Set([...prefix, ...ambiguous, ...beforeNumber]);
    sets.set(lang, {
      ...hand,
      abbreviations: { prefix, ambiguous: [...ambiguous, ...learned.abbreviations.filter((a) => !named.has(a))], beforeNumber },
      sentenceStarters: [...new Set([...(hand.sentenceStarters ?? []), ...learned.starters])],
      abbreviationClasses: true,
    });
  }
  return sets;
}
