import { VFileMessage, type Options as MessageOptions } from 'vfile-message';
import type { CheckContext, Finding, RuleId } from './types.js';
import type { MessageKey, MessageValues, Translate } from './translate.js';
import { excerptText, locateSpan } from './unit-source-map.js';
import { languageName, scriptName } from '../language/language-name.js';
import { readToolPackage, ruleHelpUri } from '../report/tool-docs.js';

/** Where the documentation of each rule lives (`#<rule-id>` anchors). */

/** The `source` stamped on every message. */
export const MESSAGE_SOURCE = 'diglot';

/** A rule's check: walks the pair and reports findings; it never chooses a severity. */
export type RuleCheck = (ctx: CheckContext, report: (finding: Finding) => void) => void;

/**
 * What a rule's findings for one unit pair depend on. `pair`: only that pair's units (their
 * text, codes, kind, depth, label and source), the two languages and the glossary, so they can
 * be remembered by the pair's content (see check-pair.ts); `document`: anything else as well
 * (other pairs, the order of the document), so the rule runs on the whole document every time.
 */
export type RuleScope = 'pair' | 'document';

/** A rule as the engine runs it. */
export interface Rule {
  id: RuleId;
  /** Where the rule is documented, when diglot's package.json says where its docs are (never invented). */
  url: string | undefined;
  /** What the rule's findings depend on (absent: `document`). */
  scope?: RuleScope;
  /** Run the rule; messages carry rule id, source, url, place, expected/actual and cause, but no severity yet. */
  run(ctx: CheckContext, t: Translate): VFileMessage[];
  /** Run the rule and return its findings in report order. */
  find(ctx: CheckContext): Finding[];
}

/** Options of {@link createRule}. */
export interface RuleOptions {
  /** What the findings depend on (default `document`: never remembered per unit pair). */
  scope?: RuleScope;
}

/**
 * The one factory of rules: stamps rule id, source and documentation URL on every message.
 *
 * @param id the rule id (also the anchor in docs/rules.md)
 * @param check the rule's logic
 * @param options the rule's scope: `pair` only when a pair's findings depend on nothing but that pair
 * @returns a runnable rule
 * @example export const untranslated = createRule('untranslated', (ctx, report) => { … }, { scope: 'pair' });
 */
export function createRule(id: RuleId, check: RuleCheck, options: RuleOptions = {}): Rule {
  const find = (ctx: CheckContext): Finding[] => {
    const findings: Finding[] = [];
    check(ctx, (finding) => findings.push(finding));
    return findings;
  };
  return {
    id,
    url: ruleUrl(id),
    scope: options.scope ?? 'document',
    run: (ctx, t) => find(ctx).map((finding) => findingToMessage(id, ctx, t, finding)),
    find,
  };
}

/** The documentation URL of a rule, or undefined when diglot's package.json names no repository or home page. */
export function ruleUrl(id: RuleId): string | undefined {
  return ruleHelpUri(readToolPackage().docs, id);
}

/**
 * Turn a finding into a vfile message on the Russian file (used by rules and by the engine).
 *
 * @returns a message without severity (`fatal` is set from configuration later)
 */
export function findingToMessage(id: RuleId, ctx: Pick<CheckContext, 'source' | 'target'>, t: Translate, finding: Finding): VFileMessage {
  const { target: target, source: source } = ctx;
  let place = finding.unit ? locateSpan(target.markdown, target.lines, finding.unit, finding.span, finding.codeId) : undefined;
  if (place && finding.atEnd) place = { start: place.end, end: place.end };
  const options: MessageOptions = { ruleId: id, source: MESSAGE_SOURCE };
  if (place) options.place = place;
  if (finding.english) {
    const excerpt = excerptText(finding.english);
    const cause = new VFileMessage(`${t('label.english')}: ${excerpt}`, { place: { start: finding.english.start, end: finding.english.end } });
    cause.file = source.file;
    options.cause = cause;
  }
  const message = new VFileMessage(t(finding.key, translateValues(t, finding.values)), options);
  message.file = target.file;
  message.url = ruleUrl(id);
  if (finding.expected !== undefined) message.expected = typeof finding.expected === 'string' ? [finding.expected] : [...finding.expected];
  if (finding.actual !== undefined) message.actual = finding.actual;
  return message;
}

/**
 * Values named `kind` or `what` name a unit or code kind, `language`, `source` and `detected`
 * a language tag, `script` an ISO 15924 script: print them in the report language.
 */
function translateValues(t: Translate, values: MessageValues | undefined): MessageValues {
  const out: MessageValues = { ...values };
  for (const name of ['kind', 'what'] as const) {
    const value = out[name];
    if (typeof value === 'string') out[name] = t(`${name}.${value}` as MessageKey);
  }
  const locale = t('label.locale');
  for (const name of ['language', 'source', 'detected'] as const) {
    const value = out[name];
    if (typeof value === 'string') out[name] = languageName(value, locale);
  }
  if (typeof out['script'] === 'string') out['script'] = scriptName(out['script'], locale);
  return out;
}

/** Shorten text for a message: one line, at most `max` characters. */
export function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
