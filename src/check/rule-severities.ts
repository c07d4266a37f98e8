import type { Severity } from '../config/load-config.js';
import { isConfigRuleId } from '../config/rule-ids.js';
import { InputError } from '../errors.js';
import { canonicalRuleId } from './rule-aliases.js';
import { RULE_IDS, type RuleId } from './types.js';

/**
 * The default severity of every rule: the one table. `diglot.config.yaml` overrides it per
 * rule (`rules: { typography: error }`); a rule itself never chooses its severity.
 */
export const RULE_DEFAULTS: Readonly<Record<RuleId, Severity>> = {
  'term-missing': 'error',
  'term-forbidden': 'error',
  'term-inconsistent': 'warn',
  'segment-inconsistent': 'warn',
  'number-mismatch': 'error',
  'markup-mismatch': 'error',
  'code-mismatch': 'warn',
  untranslated: 'error',
  'missing-translation': 'error',
  'extra-translation': 'error',
  'translator-note': 'error',
  typography: 'warn',
  'mixed-script': 'error',
  spelling: 'warn',
  suppression: 'warn',
  'unreadable-file': 'error',
  'internal-error': 'error',
};

/**
 * Resolve the severity of every rule from the defaults and the configured overrides.
 *
 * @param configured `config.rules` (rule id → off | warn | error)
 * @param file the config file, for the error place
 * @returns rule id → severity
 * @throws InputError when a configured rule id is unknown (the lock statuses and `alignment-uncertain`
 *   are known: their severities are for `diglot lock --check` and `diglot align`)
 * @example resolveSeverities({ 'typography-ru': 'off' })['typography'] // 'off' (a former id)
 */
export function resolveSeverities(configured: Readonly<Record<string, Severity>>, file = 'diglot.config.yaml'): Record<RuleId, Severity> {
  const out: Record<RuleId, Severity> = { ...RULE_DEFAULTS };
  for (const [given, severity] of Object.entries(configured)) {
    const id = canonicalRuleId(given); // a former id (`typography-ru`) names its rule
    if (isConfigRuleId(id) && !isRuleId(id)) continue; // a lock status or `alignment-uncertain`: not a rule of `check`
    if (!isRuleId(id)) {
      throw new InputError(
        `Unexpected rule \`${id}\` in \`rules\`, expected one of ${RULE_IDS.map((r) => `\`${r}\``).join(', ')}`,
        { file },
        { expected: 'a rule id', actual: id },
      );
    }
    out[id] = severity;
  }
  return out;
}

/** Whether a string is a rule id. */
export function isRuleId(value: string): value is RuleId {
  return (RULE_IDS as readonly string[]).includes(value);
}
