import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { plainText } from '../../align/plain-text.js';
import type { AlignmentResult, TermPair } from '../../align/types.js';
import { UsageError } from '../../errors.js';
import { FindingReporter } from '../../report/finding-reporter.js';
import { loadGlossary } from '../../glossary/load-glossary.js';
import { projectLockedPairs } from '../../lock/project-locked-pairs.js';
import type { Glossary } from '../../glossary/types.js';
import { openDocument } from '../../pair/open-document.js';
import { openPair, pairAligner } from '../../pair/open-pair.js';
import { termPairGlossary } from '../../pair/pair-glossary.js';
import type { OpenedDocument } from '../../pair/types.js';
import type { SegmentedDocument } from '../../segment/types.js';
import { languageName } from '../../language/language-name.js';
import type { Command, CommandContext } from '../context.js';
import { expectOneOf } from '../expect-one-of.js';
import { outcomeOf } from '../exit-code.js';
import { expectTargetLanguage } from '../target-language.js';

const USAGE = `Usage: diglot align <en.md> <translation.md> [--format json|text] [--lang <target>]

Pairs the units (blocks) and sentences of an English document and its translation (its
language: --lang, else the content folder it is in).
JSON: { "blocks": [{ "en": [i], "ru": [j], "score": s }], "sentences": [...] } with indices
into the units and sentences of \`diglot segment --format json\`. Low-confidence pairs are
reported on stderr (rule alignment-uncertain: a warning; \`rules:\` in diglot.config.yaml may
make it off, or error — then exit 1).`;

/** `diglot align <en.md> <ru.md> [--format json|text]`. */
export const alignCommand: Command = {
  summary: 'Align the units and sentences of an English document and its translation',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, lang: { type: 'string' } },
    });
    if (positionals.length !== 2) throw new UsageError(`Expected two files (English, translation), not ${positionals.length}`);
    expectOneOf('format', values.format, ['json', 'text']);
    const config = ctx.config();
    // The translation's language: --lang, else its language folder, else the only target language.
    const target =
      expectTargetLanguage(values.lang, config) ??
      (positionals[1] as string).split(/[\\/]/).findLast((part) => config.targetLanguages.includes(part)) ??
      onlyTarget(config.targetLanguages);
    // The pair is opened as every command opens one (src/pair): read, segmented, aligned with the glossary's term pairs as anchors.
    const [sourceOpened, targetOpened] = positionals.map((p, k) =>
      openDocument(resolve(ctx.cwd, p), k === 0 ? config.sourceLanguage : target, { file: relative(ctx.cwd, resolve(ctx.cwd, p)) || p }),
    ) as [OpenedDocument, OpenedDocument];
    const pinned = rememberedPairs(ctx, positionals[0] as string, positionals[1] as string);
    const pair = openPair(sourceOpened, targetOpened, {
      align: pairAligner(termPairGlossary(glossaryTermPairs(ctx, target))),
      ...(pinned ? { lockedPairs: pinned } : {}),
    });
    const [source, translation, result] = [pair.source.doc, pair.target.doc, pair.alignment];
    ctx.stdout(
      values.format === 'json'
        ? `${JSON.stringify({ blocks: result.blocks, sentences: result.sentences }, null, 2)}\n`
        : alignmentText(source, translation, result),
    );
    // Severity from `rules: { alignment-uncertain: off | warn | error }` (default warn).
    const severity = ctx.config().rules['alignment-uncertain'] ?? 'warn';
    if (severity === 'off') return { errors: 0, warnings: 0 };
    // Every finding through the one reporter, in the translation's language; the exit code follows from them.
    const reporter = new FindingReporter(ctx.stderr);
    for (const m of result.messages) {
      m.fatal = severity === 'error';
      reporter.report(Object.assign(m, { lang: target }));
    }
    return outcomeOf(reporter.findings);
  },
};

/** The project's one target language; with several, the translation's must be named. */
function onlyTarget(targets: readonly string[]): string {
  if (targets.length === 1) return targets[0] as string;
  throw new UsageError(
    `Expected --lang: the translation is in no content folder of a target language, and the project has ${targets.length} (${targets.map((t) => `\`${t}\``).join(', ')})`,
  );
}

/**
 * The pairs the lock of a project document records (as `check` gives its aligner), when the
 * two files are content files of the project: the target language is the content folder the
 * second file is in.
 *
 * @example rememberedPairs(ctx, 'content/en/a.md', 'content/ru/a.md')?.['u-8d8a0e4b'] // 'sha256:…'
 */
function rememberedPairs(ctx: CommandContext, sourcePath: string, targetPath: string): Record<string, string> | undefined {
  const config = ctx.config();
  const target = resolve(ctx.cwd, targetPath);
  const lang = config.targetLanguages.find((l) => {
    const rel = relative(join(config.contentDir, l), target);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  });
  return lang ? projectLockedPairs(config, resolve(ctx.cwd, sourcePath), lang) : undefined;
}

/**
 * Glossary entries with a term in the target language as anchor term pairs (none when the
 * project has no glossary folder).
 *
 * @example glossaryTermPairs(ctx, 'de') // [{ id: 'litvinov', source: ['Litvinov'], target: ['Litwinow', …] }]
 */
export function glossaryTermPairs(ctx: CommandContext, lang: string, glossary = loadProjectGlossary(ctx)): TermPair[] {
  if (!glossary) return [];
  return glossary.entries.flatMap((e) => {
    const target = e.targets[lang];
    return target && e.en.length ? [{ id: e.id, source: e.en, target: [target.term, ...target.forms] }] : [];
  });
}

/** The project glossary, or undefined when its folder does not exist. */
export function loadProjectGlossary(ctx: CommandContext): Glossary | undefined {
  const dir = ctx.config().glossaryDir;
  return existsSync(dir) ? loadGlossary(dir) : undefined;
}

/** A readable two-column listing of the block and sentence beads, headed by the two languages' names. */
export function alignmentText(source: SegmentedDocument, target: SegmentedDocument, result: AlignmentResult): string {
  const clip = (text: string, width: number): string => {
    const flat = plainText(text).replace(/\s+/g, ' ').trim();
    return (flat.length > width ? `${flat.slice(0, width - 1)}…` : flat).padEnd(width);
  };
  const ids = (list: number[]): string => (list.length ? list.join('+') : '–').padEnd(7);
  const tags = `${source.lang} ↔ ${target.lang}`.padEnd(15);
  const lines = [
    `${source.file} ↔ ${target.file}: ${result.blocks.length} block beads, ${result.sentences.length} sentence beads`,
    '',
    `Blocks  ${tags}score  ${languageName(source.lang).padEnd(40)}│ ${languageName(target.lang)}`,
  ];
  for (const b of result.blocks) {
    const left = b.source.map((i) => source.units[i]?.text ?? '').join(' ');
    const right = b.target.map((j) => target.units[j]?.text ?? '').join(' ');
    lines.push(`  ${ids(b.source)} ${ids(b.target)} ${b.score.toFixed(2)}  ${clip(left, 40)}│ ${clip(right, 40).trimEnd()}`);
  }
  const sourceSentences = source.units.flatMap((u) => u.sentences.map((s) => s.text));
  const targetSentences = target.units.flatMap((u) => u.sentences.map((s) => s.text));
  lines.push('', 'Sentences');
  for (const b of result.sentences) {
    const left = b.source.map((i) => sourceSentences[i] ?? '').join(' ');
    const right = b.target.map((j) => targetSentences[j] ?? '').join(' ');
    lines.push(`  ${ids(b.source)} ${ids(b.target)} ${b.score.toFixed(2)}  ${clip(left, 40)}│ ${clip(right, 40).trimEnd()}`);
  }
  return `${lines.join('\n')}\n`;
}
