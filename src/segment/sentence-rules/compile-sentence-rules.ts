import { ONE_LETTER_ABBREVIATION, VOWELLESS_ABBREVIATION } from './abbreviation-classes.js';
import type { SentenceRule, SentenceRuleSet } from './types.js';

/** A rule ready to run: `test` is sticky, `scan` (break rules only) is global. */
export interface CompiledSentenceRule {
  break: boolean;
  test: RegExp;
  scan: RegExp | undefined;
}

/**
 * Compile a rule set once: abbreviation lists (and, with `abbreviationClasses`, abbreviation
 * shapes) become rules (ambiguous-abbreviation breaks first, then abbreviation no-breaks),
 * followed by the explicit `rules` in their order.
 *
 * @param set Rules of one language.
 * @returns Rules in evaluation order (first match wins).
 * @example
 * compileSentenceRules({abbreviations: {prefix: ['Mr']}})[0]?.break // false
 */
export function compileSentenceRules(set: SentenceRuleSet): CompiledSentenceRule[] {
  const rules: SentenceRule[] = [];
  const { prefix = [], ambiguous = [], beforeNumber = [] } = set.abbreviations ?? {};
  const starters = set.sentenceStarters ?? [];
  const classes = set.abbreviationClasses === true;
  const ambiguousBefore = either(abbreviationSource(ambiguous), classes ? VOWELLESS_ABBREVIATION : undefined);
  if (ambiguousBefore && starters.length > 0) {
    rules.push({
      break: true,
      before: ambiguousBefore,
      after: `\\s+['"“«„(]?(?:${starters.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}.])`,
    });
  }
  const never = either(abbreviationSource([...prefix, ...ambiguous]), classes ? `${VOWELLESS_ABBREVIATION}|${ONE_LETTER_ABBREVIATION}` : undefined);
  if (never) rules.push({ break: false, before: never, after: `\\s` });
  const number = abbreviationSource(beforeNumber);
  if (number) rules.push({ break: false, before: number, after: `\\s*\\d` });
  rules.push(...(set.rules ?? []));
  return rules.map((rule) => compileRule(rule));
}

function compileRule(rule: SentenceRule): CompiledSentenceRule {
  const source = `(?<=${rule.before})(?:${rule.after})`;
  try {
    return {
      break: rule.break,
      test: new RegExp(source, 'uy'),
      scan: rule.break ? new RegExp(`(?<=${rule.before})(?=${rule.after})`, 'gu') : undefined,
    };
  } catch (error) {
    throw new TypeError(`Expected a valid sentence rule, not \`${source}\``, { cause: error });
  }
}

/** `Mr`, `U.S`, `т. е` → a regex for the abbreviation with its full stop, at a word start. */
function abbreviationSource(list: readonly string[]): string | undefined {
  if (list.length === 0) return undefined;
  const sorted = [...new Set(list)].sort((a, b) => b.length - a.length);
  const alternatives = sorted.map((item) => escapeRegExp(item).replaceAll(' ', '\\s?'));
  return `(?<![\\p{L}\\p{N}.])(?:${alternatives.join('|')})\\.`;
}

/** One regex source matching either (or whichever is given). */
function either(a: string | undefined, b: string | undefined): string | undefined {
  if (a && b) return `(?:${a}|${b})`;
  return a ?? b;
}

function escapeRegExp(value: string): string {
  return value.replaceAll(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
