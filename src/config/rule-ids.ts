import { RULE_ALIASES } from '../check/rule-aliases.js';
import { RULE_IDS } from '../check/types.js';
import type { PairStatus } from '../lock/types.js';

/** Every lock status but `current` (a Record, so the typecheck fails when a status is added or removed). */
const LOCK_STATUSES: Readonly<Record<Exclude<PairStatus, 'current'>, true>> = {
  stale: true,
  edited: true,
  'glossary-changed': true,
  new: true,
  untranslated: true,
  unaligned: true,
};

/**
 * The findings of `diglot lock --check`, `lock-<status>`, a missing translation file the lock
 * records pairs of, and a code block the translation still has the old English code of (see docs/alignment.md).
 */
export const LOCK_RULE_IDS: readonly string[] = [...Object.keys(LOCK_STATUSES).map((status) => `lock-${status}`), 'lock-target-missing', 'lock-code-stale'];

/** The warning of the aligner (`diglot align`) on a pair whose confidence is low. */
export const ALIGNMENT_RULE_IDS: readonly string[] = ['alignment-uncertain'];

/**
 * Every rule id `rules:` in diglot.config.yaml may give a severity: the rules of `diglot check`
 * (src/check/types.ts `RULE_IDS`), the lock statuses and `alignment-uncertain`.
 */
export const CONFIG_RULE_IDS: readonly string[] = [...RULE_IDS, ...LOCK_RULE_IDS, ...ALIGNMENT_RULE_IDS];

/**
 * Whether `rules:` may name this id.
 *
 * @example isConfigRuleId('lock-stale') // true
 */
export function isConfigRuleId(id: string): boolean {
  return CONFIG_RULE_IDS.includes(id) || Object.hasOwn(RULE_ALIASES, id);
}
