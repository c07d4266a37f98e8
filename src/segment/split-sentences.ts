import { compileSentenceRules } from './sentence-rules/compile-sentence-rules.js';
import type { CompiledSentenceRule } from './sentence-rules/compile-sentence-rules.js';
import { builtinSentenceRules } from './sentence-rules/builtin-sentence-rules.js';
import type { SentenceRuleSet } from './sentence-rules/types.js';

export type { SentenceRule, SentenceRuleSet } from './sentence-rules/types.js';

/** A sentence as offsets into a unit's coded text (UTF-16 code units, end exclusive). */
export interface SentenceSpan {
  start: number;
  end: number;
}

interface Language {
  segmenter: Intl.Segmenter;
  rules: CompiledSentenceRule[];
}

const ruleSets: Map<string, SentenceRuleSet> = builtinSentenceRules();
const languages = new Map<string, Language>();

/** Placeholders `{N}`, `{/N}`, `{N/}` and the escape `{{`. */
const CODE = /\{\{|\{\/\d+\}|\{\d+\/?\}/g;
const SPACE = /\s/u;

/**
 * Register (or replace) the sentence rules of a language; `lang` is a BCP 47 tag, matched
 * exactly first, then by its primary subtag (`en-GB` falls back to `en`).
 *
 * @param lang Language tag, e.g. `de`.
 * @param rules Rule set (see docs/sentences.md).
 * @example
 * registerSentenceRules('de', {abbreviations: {prefix: ['Dr', 'z. B']}});
 */
export function registerSentenceRules(lang: string, rules: SentenceRuleSet): void {
  compileSentenceRules(rules); // fail early on a bad regex
  ruleSets.set(lang.toLowerCase(), rules);
  languages.clear();
}

/**
 * Split a unit's coded text into sentences: Intl.Segmenter proposes boundaries, the language's
 * rules (first match wins) veto or add them. Placeholders are opaque; closing and standalone
 * placeholders right after a sentence stay with it. Spans exclude the whitespace between
 * sentences and cover every other character exactly once.
 *
 * @param text Coded text of one unit.
 * @param lang Language tag (`en`, `ru`, `en-US`); a language without rules uses Intl alone.
 * @returns Sentence spans in order.
 * @example
 * splitSentences('{1}Russia’s debts.{/1} The Wilson administration…', 'en')
 * // [{start: 0, end: 22}, {start: 23, end: 49}]
 */
export function splitSentences(text: string, lang: string): SentenceSpan[] {
  const { plain, origin } = project(text);
  const language = getLanguage(lang);
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const cut of [...breaks(plain, language), plain.length]) {
    let start = from;
    let end = cut;
    while (start < end && SPACE.test(plain[start] ?? '')) start++;
    while (end > start && SPACE.test(plain[end - 1] ?? '')) end--;
    if (end > start) spans.push({ start, end });
    from = cut;
  }
  return toCoded(text, spans, origin);
}

/** Break positions in plain text, ascending (a position is the end of a sentence's last character). */
function breaks(plain: string, language: Language): number[] {
  const candidates = new Map<number, boolean>();
  for (const { index } of language.segmenter.segment(plain)) {
    if (index === 0) continue;
    let position = index;
    while (position > 0 && SPACE.test(plain[position - 1] ?? '')) position--;
    if (position > 0) candidates.set(position, true);
  }
  for (const rule of language.rules) {
    if (!rule.scan) continue;
    rule.scan.lastIndex = 0;
    for (const match of plain.matchAll(rule.scan)) {
      if (match.index > 0 && match.index < plain.length && !candidates.has(match.index)) {
        candidates.set(match.index, false);
      }
    }
  }
  const result: number[] = [];
  for (const [position, fromSegmenter] of [...candidates].sort((a, b) => a[0] - b[0])) {
    if (decide(plain, position, language.rules) ?? fromSegmenter) result.push(position);
  }
  return result;
}

function decide(plain: string, position: number, rules: CompiledSentenceRule[]): boolean | undefined {
  for (const rule of rules) {
    rule.test.lastIndex = position;
    if (rule.test.test(plain)) return rule.break;
  }
  return undefined;
}

function getLanguage(lang: string): Language {
  const key = lang.toLowerCase();
  let language = languages.get(key);
  if (!language) {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      throw new TypeError(`Expected a BCP 47 language tag, not \`${lang}\``);
    }
    const set = ruleSets.get(key) ?? ruleSets.get(key.split('-')[0] ?? '') ?? {};
    language = { segmenter, rules: compileSentenceRules(set) };
    languages.set(key, language);
  }
  return language;
}

/** Plain text (placeholders removed, `{{` → `{`) and, per plain character, its coded offset. */
function project(text: string): { plain: string; origin: number[] } {
  let plain = '';
  const origin: number[] = [];
  let last = 0;
  for (const match of text.matchAll(CODE)) {
    for (let i = last; i < match.index; i++) origin.push(i);
    plain += text.slice(last, match.index);
    if (match[0] === '{{') {
      plain += '{';
      origin.push(match.index);
    }
    last = match.index + match[0].length;
  }
  for (let i = last; i < text.length; i++) origin.push(i);
  plain += text.slice(last);
  return collapseSpace(plain, origin);
}

const LINE_BREAKS = /\r\n?|[\n\u0085\u2028\u2029]/gu;

/**
 * Make a soft line break plain whitespace: every run of whitespace that holds a line break or
 * several characters becomes one space (its origin is the run's first character), so a
 * paragraph reads the same however it is wrapped. Intl.Segmenter would otherwise end a sentence
 * at every line break. A run with two or more line breaks (a blank line, as in a front-matter
 * value) is kept: it still ends a sentence.
 */
function collapseSpace(plain: string, origin: number[]): { plain: string; origin: number[] } {
  if (!/\s\s|[\r\n\u0085\u2028\u2029]/u.test(plain)) return { plain, origin };
  let out = '';
  const map: number[] = [];
  let last = 0;
  for (const match of plain.matchAll(/\s+/gu)) {
    const run = match[0];
    const lineBreaks = run.match(LINE_BREAKS)?.length ?? 0;
    if ((run.length === 1 && lineBreaks === 0) || lineBreaks >= 2) continue;
    out += plain.slice(last, match.index) + ' ';
    for (let i = last; i <= match.index; i++) map.push(origin[i] as number);
    last = match.index + run.length;
  }
  out += plain.slice(last);
  for (let i = last; i < plain.length; i++) map.push(origin[i] as number);
  return { plain: out, origin: map };
}

/** Map plain spans to coded spans, giving each gap's closing/standalone codes to the left. */
function toCoded(text: string, spans: SentenceSpan[], origin: number[]): SentenceSpan[] {
  if (spans.length === 0) {
    const start = text.search(/\S/u);
    return start === -1 ? [] : [{ start, end: text.trimEnd().length }];
  }
  const result: SentenceSpan[] = [];
  let start = text.search(/\S/u);
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as SentenceSpan;
    const next = spans[i + 1];
    let end = plainEnd(text, origin, span.end - 1);
    if (next) {
      const gapEnd = origin[next.start] as number;
      end = glue(text, end, gapEnd);
      result.push({ start, end });
      start = end;
      while (start < gapEnd && SPACE.test(text[start] ?? '')) start++;
    } else {
      result.push({ start, end: text.trimEnd().length });
    }
  }
  return result;
}

/** Coded offset just after the plain character `index` (`{{` is two characters). */
function plainEnd(text: string, origin: number[], index: number): number {
  const at = origin[index] as number;
  return text.startsWith('{{', at) ? at + 2 : at + 1;
}

/** Extend `end` over closing and standalone placeholders that directly follow it. */
function glue(text: string, end: number, limit: number): number {
  const code = /\{\/\d+\}|\{\d+\/\}/y;
  for (;;) {
    code.lastIndex = end;
    const match = code.exec(text);
    if (!match || end + match[0].length > limit) return end;
    end += match[0].length;
  }
}
