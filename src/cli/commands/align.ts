import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { VFileMessage } from 'vfile-message';
import { alignDocuments } from '../../align/align-documents.js';
import { plainText } from '../../align/plain-text.js';
import type { AlignmentResult, TermPair } from '../../align/types.js';
import { formatPlace, UsageError } from '../../errors.js';
import { loadGlossary } from '../../glossary/load-glossary.js';
import type { Glossary } from '../../glossary/types.js';
import { segmentMarkdown } from '../../segment/segment-markdown.js';
import type { SegmentedDocument } from '../../segment/types.js';
import { readDocument } from '../../util/read-document.js';
import type { Command, CommandContext } from '../context.js';
import { expectOneOf } from '../expect-one-of.js';

const USAGE = `Usage: diglot align <en.md> <ru.md> [--format json|text]

Pairs the units (blocks) and sentences of an English document and its Russian translation.
JSON: { "blocks": [{ "en": [i], "ru": [j], "score": s }], "sentences": [...] } with indices
into the units and sentences of \`diglot segment --format json\`. Low-confidence pairs are
reported on stderr (rule alignment-uncertain: a warning; \`rules:\` in diglot.config.yaml may
make it off, or error — then exit 1).`;

/** `diglot align <en.md> <ru.md> [--format json|text]`. */
export const alignCommand: Command = {
  summary: 'Align the units and sentences of an English document and its translation',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { format: { type: 'string', default: 'text' } } });
    if (positionals.length !== 2) throw new UsageError(`Expected two files (English, Russian), not ${positionals.length}`);
    expectOneOf('format', values.format, ['json', 'text']);
    const [en, ru] = positionals.map((p, k) => readSegmented(p, k === 0 ? 'en' : 'ru', ctx)) as [SegmentedDocument, SegmentedDocument];
    const terms = glossaryTermPairs(ctx);
    const result = alignDocuments(en, ru, terms.length ? { terms } : {});
    ctx.stdout(values.format === 'json' ? `${JSON.stringify({ blocks: result.blocks, sentences: result.sentences }, null, 2)}\n` : alignmentText(en, ru, result));
    // Severity from `rules: { alignment-uncertain: off | warn | error }` (default warn).
    const severity = ctx.config().rules['alignment-uncertain'] ?? 'warn';
    if (severity === 'off') return { errors: 0, warnings: 0 };
    for (const m of result.messages) {
      m.fatal = severity === 'error';
      ctx.stderr(`${formatMessage(m)}\n`);
    }
    return severity === 'error' ? { errors: result.messages.length, warnings: 0 } : { errors: 0, warnings: result.messages.length };
  },
};

/** Read and segment a document, naming it relative to the working folder. */
export function readSegmented(path: string, lang: string, ctx: CommandContext, previous?: Parameters<typeof segmentMarkdown>[1]['previous']): SegmentedDocument {
  const absolute = resolve(ctx.cwd, path);
  return segmentMarkdown(readDocument(absolute), { file: relative(ctx.cwd, absolute) || path, lang, ...(previous ? { previous } : {}) });
}

/** Glossary entries as anchor term pairs (none when the project has no glossary folder). */
export function glossaryTermPairs(ctx: CommandContext, glossary = loadProjectGlossary(ctx)): TermPair[] {
  if (!glossary) return [];
  return glossary.entries.flatMap((e) => {
    const ru = e.targets.ru;
    return ru && e.en.length ? [{ id: e.id, en: e.en, ru: [ru.term, ...ru.forms] }] : [];
  });
}

/** The project glossary, or undefined when its folder does not exist. */
export function loadProjectGlossary(ctx: CommandContext): Glossary | undefined {
  const dir = ctx.config().glossaryDir;
  return existsSync(dir) ? loadGlossary(dir) : undefined;
}

/** `file:line:column: warning reason  rule-id`. */
export function formatMessage(m: VFileMessage): string {
  const severity = m.fatal === true ? 'error' : m.fatal === false ? 'warning' : 'info';
  return `${formatPlace({ file: m.file ?? '', ...(m.line ? { line: m.line } : {}), ...(m.column ? { column: m.column } : {}) })}${severity} ${m.reason}  ${m.ruleId ?? ''}`.trimEnd();
}

/** A readable two-column listing of the block and sentence beads. */
export function alignmentText(en: SegmentedDocument, ru: SegmentedDocument, result: AlignmentResult): string {
  const clip = (text: string, width: number): string => {
    const flat = plainText(text).replace(/\s+/g, ' ').trim();
    return (flat.length > width ? `${flat.slice(0, width - 1)}…` : flat).padEnd(width);
  };
  const ids = (list: number[]): string => (list.length ? list.join('+') : '–').padEnd(7);
  const lines = [`${en.file} ↔ ${ru.file}: ${result.blocks.length} block beads, ${result.sentences.length} sentence beads`, '', 'Blocks  en ↔ ru       score  English                                 │ Russian'];
  for (const b of result.blocks) {
    const left = b.en.map((i) => en.units[i]?.text ?? '').join(' ');
    const right = b.ru.map((j) => ru.units[j]?.text ?? '').join(' ');
    lines.push(`  ${ids(b.en)} ${ids(b.ru)} ${b.score.toFixed(2)}  ${clip(left, 40)}│ ${clip(right, 40).trimEnd()}`);
  }
  const enSentences = en.units.flatMap((u) => u.sentences.map((s) => s.text));
  const ruSentences = ru.units.flatMap((u) => u.sentences.map((s) => s.text));
  lines.push('', 'Sentences');
  for (const b of result.sentences) {
    const left = b.en.map((i) => enSentences[i] ?? '').join(' ');
    const right = b.ru.map((j) => ruSentences[j] ?? '').join(' ');
    lines.push(`  ${ids(b.en)} ${ids(b.ru)} ${b.score.toFixed(2)}  ${clip(left, 40)}│ ${clip(right, 40).trimEnd()}`);
  }
  return `${lines.join('\n')}\n`;
}
