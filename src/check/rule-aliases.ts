import type { RuleId } from './types.js';

/**
 * Former rule ids, still accepted in `rules:` of diglot.config.yaml and in `diglot-ignore`
 * comments: `typography-ru` is now `typography`, which checks every target language.
 */
export const RULE_ALIASES: Readonly<Record<string, RuleId>> = { 'typography-ru': 'typography' };

/**
 * The current id of a rule id that may be a former one.
 *
 * @example canonicalRuleId('typography-ru') // 'typography'
 * @example canonicalRuleId('untranslated') // 'untranslated'
 */
export function canonicalRuleId(id: string): string {
  return Object.hasOwn(RULE_ALIASES, id) ? (RULE_ALIASES[id] as RuleId) : id;
}
