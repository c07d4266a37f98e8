import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Severity } from '../config/load-config.js';
import { hashOf } from '../util/hash-of.js';
import { allRules } from '../rules/all-rules.js';
import type { MarkdownSyntax } from '../markdown/markdown-syntax.js';
import type { Unit } from '../segment/types.js';
import { findingToMessage, type Rule } from './create-rule.js';
import { findSuppressions, type Suppression } from './find-suppressions.js';
import type { PairMemos } from './pair-memos.js';
import { openText } from '../pair/open-document.js';
import { openPair, type AlignPair } from '../pair/open-pair.js';
import type { DocumentInput } from '../pair/types.js';
import { canonicalRuleId } from './rule-aliases.js';
import { RULE_DEFAULTS } from './rule-severities.js';
import { restoreFinding, storeFinding, type StoredFinding } from './stored-finding.js';
import type { TermLookup } from './term-lookup.js';
import { createTranslate, type ReportLanguage, type Translate } from './translate.js';
import { RULE_IDS, type CheckContext, type DocumentSide, type Finding, type RuleId, type UnitPair } from './types.js';

export type { DocumentInput };

/** Options of {@link checkPair}. */
export interface CheckPairOptions {
  /** Severity of every rule (default: RULE_DEFAULTS); `off` rules do not run. */
  severities?: Readonly<Record<RuleId, Severity>>;
  terms?: TermLookup | undefined;
  /** Language of the report's messages. */
  lang?: ReportLanguage;
  /** The aligner (`pairAligner` of src/pair, with the glossary); units are paired by structure without one. */
  align?: AlignPair | undefined;
  /** The rules to run (default: all). */
  rules?: readonly Rule[];
  /** Results of earlier runs to reuse (see pair-memos.ts); without them everything is computed. */
  memos?: PairMemos | undefined;
  /** Identity of the glossary (its hash), part of the keys of remembered findings; without it, findings are remembered only when `terms` is undefined. */
  glossary?: string | undefined;
  /** Template tags and MDX attributes (the config's `syntax`; default: DEFAULT_SYNTAX). */
  syntax?: MarkdownSyntax | undefined;
  /** The pairs the document's lock records (`projectLockedPairs`), kept together by the aligner. */
  lockedPairs?: Readonly<Record<string, string>> | undefined;
  /**
   * The source document already opened (`openText`), shared by every target it is
   * checked against in a run; used when it is of the same file, language and text as `source`.
   */
  sourceSide?: DocumentSide | undefined;
  /** Counters this check adds to (see {@link UnitCounts}). */
  counts?: UnitCounts | undefined;
}

/** What a check did with the unit pairs of a document pair (`diglot check --stats`). */
export interface UnitCounts {
  /** Unit pairs checked by the pair-scoped rules. */
  unitPairs: number;
  /** Those whose findings were computed (not in the memo): the units checked again after an edit. */
  rechecked: number;
}

/**
 * Check a translation against its source: open the pair (segment both, pair the units:
 * `openPair` of src/pair), run every rule that is not `off`, apply `diglot-ignore` comments,
 * set each message's severity from configuration (`fatal: true` = error, `false` = warning).
 *
 * @param source the source document
 * @param target the translation
 * @param options severities, glossary, report language, aligner
 * @returns a vfile of the translation with its messages sorted by place
 * @throws InputError when a document cannot be segmented (invalid front matter)
 * @example checkPair({ file: 'en.md', markdown: en, lang: 'en' }, { file: 'de.md', markdown: de, lang: 'de' }).messages
 */
export function checkPair(source: DocumentInput, target: DocumentInput, options: CheckPairOptions = {}): VFile {
  const severities = options.severities ?? RULE_DEFAULTS;
  const t = createTranslate(options.lang ?? 'en');
  const shared = options.sourceSide;
  const { memos } = options;
  const sourceSide =
    shared && shared.file === source.file && shared.lang === source.lang && shared.markdown === source.markdown
      ? shared
      : openText(source, { memo: memos?.source, syntax: options.syntax });
  const targetSide = openText(target, { memo: memos?.target, syntax: options.syntax });
  const remembered = memos && { blocks: memos.alignment, sentences: memos.sentenceAlignment };
  const { pairs } = openPair(sourceSide, targetSide, { align: options.align, memo: remembered, lockedPairs: options.lockedPairs });
  const ctx: CheckContext = { source: sourceSide, target: targetSide, pairs, terms: options.terms };
  const rules = (options.rules ?? allRules).filter((rule) => severities[rule.id] !== 'off');
  let messages = options.memos ? runRulesRemembered(ctx, rules, t, options.memos, options.glossary, options.counts) : runRules(ctx, rules, t, options.counts);
  const suppressions = findSuppressions(target.markdown, targetSide.doc.units);
  messages = applySuppressions(messages, suppressions);
  if (severities.suppression !== 'off') messages.push(...suppressionMessages(suppressions, ctx, t));
  for (const message of messages) message.fatal = severities[message.ruleId as RuleId] === 'error';
  const file = new VFile({ path: target.file });
  file.messages = messages.sort(byPlace);
  return file;
}

/** Every rule on the whole pair, nothing remembered: each unit pair is checked. */
function runRules(ctx: CheckContext, rules: readonly Rule[], t: Translate, counts: UnitCounts | undefined): VFileMessage[] {
  if (counts) {
    counts.unitPairs += ctx.pairs.length;
    counts.rechecked += ctx.pairs.length;
  }
  return rules.flatMap((rule) => rule.run(ctx, t));
}

interface UsedSuppression extends Suppression {
  used: Set<string>;
}

/** Drop the messages a `diglot-ignore` comment covers (its unit; for `code-mismatch`, also the code blocks up to it). */
export function applySuppressions(messages: VFileMessage[], suppressions: Suppression[]): VFileMessage[] {
  for (const s of suppressions) (s as UsedSuppression).used = new Set();
  return messages.filter((message) => {
    const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined;
    if (offset === undefined) return true;
    // A comment covers its unit; for `code-mismatch`, also the code blocks between it and that unit (a code block is no unit).
    const covers = (s: Suppression): boolean =>
      (s.unit !== undefined && offset >= s.unit.start.offset && offset <= s.unit.end.offset) ||
      (message.ruleId === 'code-mismatch' && offset >= s.end && offset < (s.unit?.start.offset ?? Infinity));
    const by = suppressions.find((s) => covers(s) && (s.rules.length === 0 || s.rules.some((r) => canonicalRuleId(r) === message.ruleId)));
    if (!by) return true;
    (by as UsedSuppression).used.add(message.ruleId ?? '');
    return false;
  });
}

function suppressionMessages(suppressions: Suppression[], ctx: CheckContext, t: Translate): VFileMessage[] {
  const out: VFileMessage[] = [];
  const known = RULE_IDS.filter((id) => id !== 'suppression' && id !== 'unreadable-file' && id !== 'internal-error');
  for (const s of suppressions) {
    const place = { start: ctx.target.lines.point(s.start), end: ctx.target.lines.point(s.end) };
    const rule = s.rules.join(', ') || '*';
    const emit = (
      key: 'message.suppression-no-reason' | 'message.suppression-unused' | 'message.suppression-unknown',
      values: Record<string, string>,
      actual: string,
    ): void => {
      const message = findingToMessage('suppression', ctx, t, { key, values, actual });
      message.place = place;
      message.line = place.start.line;
      message.column = place.start.column;
      out.push(message);
    };
    const unknown = s.rules.filter((r) => !(known as readonly string[]).includes(canonicalRuleId(r)));
    for (const r of unknown) emit('message.suppression-unknown', { rule: r, expected: known.map((k) => `\`${k}\``).join(', ') }, r);
    if (!s.reason) emit('message.suppression-no-reason', { rule }, ctx.target.markdown.slice(s.start, s.end));
    if ((s as UsedSuppression).used.size === 0 && unknown.length === 0) emit('message.suppression-unused', { rule }, ctx.target.markdown.slice(s.start, s.end));
  }
  return out;
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || String(a.ruleId).localeCompare(String(b.ruleId));
}

/** Version of the remembered findings' keys and values (bump when either changes shape). */
const FINDINGS_FORMAT = 'diglot-findings/1';

/**
 * Run the rules with the findings of the pair-scoped ones remembered per unit pair: a pair
 * whose content is in the memo gets its stored findings back (on its current units), the
 * others are checked one pair at a time and stored; document-scoped rules run on the whole
 * document. Messages come out in the order of a run without memo (rule by rule, pair by pair).
 * Nothing is remembered when the glossary in use has no identity (`terms` without `glossary`).
 */
function runRulesRemembered(
  ctx: CheckContext,
  rules: readonly Rule[],
  t: Translate,
  memos: PairMemos,
  glossary: string | undefined,
  counts: UnitCounts | undefined,
): VFileMessage[] {
  const remembered = rules.filter((rule) => rule.scope === 'pair');
  const glossaryId = glossary ?? (ctx.terms ? undefined : 'none');
  if (glossaryId === undefined || remembered.length === 0) return runRules(ctx, rules, t, counts);
  const ids = remembered.map((rule) => rule.id);
  const tally = counts ?? { unitPairs: 0, rechecked: 0 };
  tally.unitPairs += ctx.pairs.length;
  const byPair = ctx.pairs.map((pair) => pairFindings(ctx, pair, remembered, memos, findingsKey(ctx, pair, ids, glossaryId), tally));
  const messages: VFileMessage[] = [];
  for (const rule of rules) {
    if (!remembered.includes(rule)) {
      messages.push(...rule.run(ctx, t));
      continue;
    }
    for (const findings of byPair) for (const finding of findings.get(rule.id) ?? []) messages.push(findingToMessage(rule.id, ctx, t, finding));
  }
  return messages;
}

/** The findings of the pair-scoped rules on one unit pair, by rule: from the memo, or computed and stored. */
function pairFindings(ctx: CheckContext, pair: UnitPair, rules: readonly Rule[], memos: PairMemos, key: string, counts: UnitCounts): Map<RuleId, Finding[]> {
  const stored = memos.findings.get(key);
  const restored = stored && restoreFindings(stored, pair);
  if (restored) return restored;
  counts.rechecked++;
  const single: CheckContext = { ...ctx, pairs: [pair] };
  const found = new Map<RuleId, Finding[]>();
  const store: StoredFinding[] = [];
  let storable = true;
  for (const rule of rules) {
    const findings = rule.find(single);
    found.set(rule.id, findings);
    for (const finding of findings) {
      const entry = storable ? storeFinding(rule.id, finding, pair) : undefined;
      if (entry) store.push(entry);
      else storable = false;
    }
  }
  if (storable) memos.findings.set(key, store);
  return found;
}

function restoreFindings(stored: readonly StoredFinding[], pair: UnitPair): Map<RuleId, Finding[]> | undefined {
  const out = new Map<RuleId, Finding[]>();
  for (const entry of stored) {
    const finding = restoreFinding(entry, pair);
    if (!finding) return undefined;
    const list = out.get(entry.rule);
    if (list) list.push(finding);
    else out.set(entry.rule, [finding]);
  }
  return out;
}

/**
 * The key of a unit pair's findings: everything a pair-scoped rule may look at — the rules,
 * the glossary, both languages and, for every unit (English then Russian), its kind, depth,
 * label, coded text, codes and exact source slice (plain text and positions come from it).
 */
function findingsKey(ctx: CheckContext, pair: UnitPair, ruleIds: readonly RuleId[], glossary: string): string {
  const part = (side: DocumentSide, unit: Unit): unknown[] => [
    unit.kind,
    unit.depth ?? null,
    unit.label ?? null,
    unit.text,
    unit.codes.map((c) => [c.id, c.kind, c.type, c.data, c.dataEnd ?? null, c.value ?? null]),
    side.markdown.slice(unit.start.offset, unit.end.offset),
  ];
  return hashOf(
    FINDINGS_FORMAT,
    ruleIds,
    glossary,
    ctx.source.lang,
    ctx.target.lang,
    pair.source.map((u) => part(ctx.source, u)),
    pair.target.map((u) => part(ctx.target, u)),
  );
}
