import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Severity } from '../config/load-config.js';
import { allRules } from '../rules/all-rules.js';
import { segmentMarkdown } from '../segment/segment-markdown.js';
import { LineIndex } from '../util/line-index.js';
import { findingToMessage, type Rule } from './create-rule.js';
import { findSuppressions, type Suppression } from './find-suppressions.js';
import { pairUnits, type AlignUnits } from './pair-units.js';
import { RULE_DEFAULTS } from './rule-severities.js';
import type { TermLookup } from './term-lookup.js';
import { createTranslate, type ReportLanguage, type Translate } from './translate.js';
import { RULE_IDS, type CheckContext, type DocumentSide, type RuleId } from './types.js';

/** A document to check: its path (as reported) and text. */
export interface DocumentInput {
  file: string;
  source: string;
  lang: string;
}

/** Options of {@link checkPair}. */
export interface CheckPairOptions {
  /** Severity of every rule (default: RULE_DEFAULTS); `off` rules do not run. */
  severities?: Readonly<Record<RuleId, Severity>>;
  terms?: TermLookup | undefined;
  /** Language of the report's messages. */
  lang?: ReportLanguage;
  /** The aligner; units are paired by structure without one. */
  align?: AlignUnits | undefined;
  /** The rules to run (default: all). */
  rules?: readonly Rule[];
}

/**
 * Check a Russian document against its English original: segment both, pair the units, run
 * every rule that is not `off`, apply `diglot-ignore` comments, set each message's severity
 * from configuration (`fatal: true` = error, `false` = warning).
 *
 * @param en the English document
 * @param ru the Russian document
 * @param options severities, glossary, report language, aligner
 * @returns a vfile of the Russian document with its messages sorted by place
 * @throws InputError when a document cannot be segmented (invalid front matter)
 * @example checkPair({ file: 'en.md', source: en, lang: 'en' }, { file: 'ru.md', source: ru, lang: 'ru' }).messages
 */
export function checkPair(en: DocumentInput, ru: DocumentInput, options: CheckPairOptions = {}): VFile {
  const severities = options.severities ?? RULE_DEFAULTS;
  const t = createTranslate(options.lang ?? 'en');
  const enSide = side(en);
  const ruSide = side(ru);
  const ctx: CheckContext = { en: enSide, ru: ruSide, pairs: pairUnits(enSide.doc, ruSide.doc, options.align), terms: options.terms };
  let messages: VFileMessage[] = [];
  for (const rule of options.rules ?? allRules) {
    if (severities[rule.id] === 'off') continue;
    messages.push(...rule.run(ctx, t));
  }
  const suppressions = findSuppressions(ru.source, ruSide.doc.units);
  messages = applySuppressions(messages, suppressions);
  if (severities.suppression !== 'off') messages.push(...suppressionMessages(suppressions, ctx, t));
  for (const message of messages) message.fatal = severities[message.ruleId as RuleId] === 'error';
  const file = new VFile({ path: ru.file });
  file.messages = messages.sort(byPlace);
  return file;
}

function side(input: DocumentInput): DocumentSide {
  return { file: input.file, lang: input.lang, source: input.source, doc: segmentMarkdown(input.source, { file: input.file, lang: input.lang }), lines: new LineIndex(input.source) };
}

interface UsedSuppression extends Suppression {
  used: Set<string>;
}

function applySuppressions(messages: VFileMessage[], suppressions: Suppression[]): VFileMessage[] {
  for (const s of suppressions) (s as UsedSuppression).used = new Set();
  return messages.filter((message) => {
    const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined;
    if (offset === undefined) return true;
    const by = suppressions.find((s) => s.unit && offset >= s.unit.start.offset && offset <= s.unit.end.offset && (s.rules.length === 0 || s.rules.includes(message.ruleId ?? '')));
    if (!by) return true;
    (by as UsedSuppression).used.add(message.ruleId ?? '');
    return false;
  });
}

function suppressionMessages(suppressions: Suppression[], ctx: CheckContext, t: Translate): VFileMessage[] {
  const out: VFileMessage[] = [];
  const known = RULE_IDS.filter((id) => id !== 'suppression' && id !== 'internal-error');
  for (const s of suppressions) {
    const place = { start: ctx.ru.lines.point(s.start), end: ctx.ru.lines.point(s.end) };
    const rule = s.rules.join(', ') || '*';
    const emit = (key: 'message.suppression-no-reason' | 'message.suppression-unused' | 'message.suppression-unknown', values: Record<string, string>, actual: string): void => {
      const message = findingToMessage('suppression', ctx, t, { key, values, actual });
      message.place = place;
      message.line = place.start.line;
      message.column = place.start.column;
      out.push(message);
    };
    const unknown = s.rules.filter((r) => !(known as readonly string[]).includes(r));
    for (const r of unknown) emit('message.suppression-unknown', { rule: r, expected: known.map((k) => `\`${k}\``).join(', ') }, r);
    if (!s.reason) emit('message.suppression-no-reason', { rule }, ctx.ru.source.slice(s.start, s.end));
    if ((s as UsedSuppression).used.size === 0 && unknown.length === 0) emit('message.suppression-unused', { rule }, ctx.ru.source.slice(s.start, s.end));
  }
  return out;
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId));
}
