import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadLockGlossary } from '../../lock/lock-glossary.js';
import { stripCodes } from '../../segment/coded-text.js';
import { wordsText } from '../../review/format-text.js';
import { wordDiff } from '../../review/word-diff.js';
import { applyUpdate, planUpdate, type UpdatePlan } from '../../update/plan-update.js';
import { projectMemory } from '../../update/project-memory.js';
import type { TranslationMemory } from '../../update/translation-memory.js';
import { contentPaths } from '../../content/content-paths.js';
import { listDocuments } from '../../content/list-documents.js';
import { InputError } from '../../errors.js';
import { documentFailure } from '../document-failure.js';
import { FileChangedError } from '../../util/write-if-unchanged.js';
import { contentLockPath } from '../../util/lock-paths.js';
import { withProjectLock } from '../../util/project-lock.js';
import type { CommandFinding } from '../../report/command-finding.js';
import { FindingReporter } from '../../report/finding-reporter.js';
import type { Command } from '../context.js';
import { outcomeOf } from '../exit-code.js';
import { expectOneOf } from '../expect-one-of.js';
import { withTargetLanguage } from '../target-language.js';

const USAGE = `Usage: diglot update [<file|slug> …] [--dry-run] [--format text|json] [--lang <target>]

Carries the translations over to the current English (default: every document of content/<source>/,
at any depth, chosen by include/exclude).
Writes content/<slug>.lock.json and content/<slug>.obsolete.json, never the translations:
  current       the translation was made from this English: kept
  stale         the English changed: the translation is kept, the lock keeps the previous English
  new           a translation the lock did not know (found by alignment): recorded
  untranslated  no translation: a translation-memory suggestion with its score (%)
  obsolete      the English was removed: the translation is kept in content/<slug>.obsolete.json
  missing       a translation file the lock knows is missing: its pairs are kept as they were
  --dry-run     print what would change, write nothing`;

/** `diglot update [files…] [--dry-run] [--format text|json]`. */
export const updateCommand: Command = {
  summary: 'Carry translations over to the changed English (stale, new, obsolete)',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean', default: false }, format: { type: 'string', default: 'text' }, lang: { type: 'string' } },
    });
    expectOneOf('format', values.format, ['text', 'json']);
    const config = withTargetLanguage(ctx.config(), values.lang); // --lang: that target language only
    // Named documents are checked before anything is written (a typo is exit 2); a path is relative to the working folder.
    const slugs = positionals.length
      ? positionals.map((p) => contentPaths(config, /\.mdx?$/.test(p) && /[\\/]/.test(p) ? resolve(ctx.cwd, p) : p).slug)
      : listDocuments(config).map((d) => d.slug);
    for (const slug of positionals.length ? slugs : []) {
      const source = contentPaths(config, slug).source;
      if (!existsSync(source))
        throw new InputError(
          'Cannot update a document without its English file',
          { file: relative(ctx.cwd, source) || source },
          { expected: 'an existing file', actual: 'no such file' },
        );
    }
    const memories = new Map<string, TranslationMemory>();
    const memory = (lang: string): TranslationMemory => {
      let m = memories.get(lang);
      if (!m) memories.set(lang, (m = projectMemory(config, lang)));
      return m;
    };
    const name = (p: string): string => relative(ctx.cwd, p) || p;
    // Plans are made after the write lock is taken (never from a read made before it), and each
    // file is written only if it is still as its plan read it.
    // One document that cannot be read or updated is an error on it (exit 1); the others are updated.
    const failures: CommandFinding[] = [];
    const work = async (): Promise<{ plans: UpdatePlan[]; written: string[][] }> => {
      const glossary = slugs.length ? await loadLockGlossary(config.glossaryDir) : undefined;
      const plans: UpdatePlan[] = [];
      const written: string[][] = [];
      slugs.forEach((slug, index) => {
        try {
          const plan = planUpdate(config, slug, memory, glossary);
          written.push(values['dry-run'] ? [] : applyUpdate(plan, name));
          plans.push(plan);
        } catch (error) {
          // Another program changed a file between the read and the write: the run stops (exit 2), as it must not guess.
          if (error instanceof FileChangedError) throw error;
          failures.push(documentFailure(error, name(contentPaths(config, slug).source), index, slugs.length));
        }
      });
      return { plans, written };
    };
    const lockFile = contentLockPath(config);
    const { plans, written } =
      values['dry-run'] || slugs.length === 0
        ? await work()
        : await withProjectLock(lockFile, { command: 'update', name: name(lockFile), note: ctx.stderr }, work);
    // Every finding through the one reporter; the exit code follows from them.
    const reporter = new FindingReporter(ctx.stderr);
    for (const plan of plans) {
      for (const m of plan.missing)
        reporter.report({
          ruleId: 'translation-file-missing',
          severity: 'warning',
          file: name(join(config.root, m.file)),
          lang: m.lang,
          message: `The translation file is missing; the lock keeps its ${m.pairs} pairs as they were (nothing about ${m.lang} was updated)`,
          expected: 'the translation file the lock records',
          actual: 'no such file',
        });
    }
    if (values.format === 'json') {
      ctx.stdout(
        `${JSON.stringify({ version: 1, dryRun: values['dry-run'], documents: plans.map((p, k) => toJson(p, (written[k] ?? []).map(name))) }, null, 2)}\n`,
      );
    } else
      ctx.stdout(
        plans
          .map((p, k) => toText(p, (written[k] ?? []).map(name), values['dry-run'] === true, config.targetLanguages.length > 1, config.sourceLanguage))
          .join('\n') || 'No content files to update.\n',
      );
    for (const failure of failures) reporter.report(failure);
    return outcomeOf(reporter.findings);
  },
};

/** The documented JSON of one document (see docs/review.md). */
function toJson(plan: UpdatePlan, written: string[]): unknown {
  return {
    source: plan.source,
    hadLock: plan.hadLock,
    units: plan.rows,
    obsolete: plan.obsolete,
    missing: plan.missing,
    changes: { lock: plan.lockText !== undefined, obsolete: plan.obsoleteText !== undefined },
    written,
  };
}

function toText(plan: UpdatePlan, written: string[], dryRun: boolean, showLang: boolean, sourceLang: string): string {
  const count = (status: string): number => plan.rows.filter((r) => r.status === status).length;
  const suggestions = plan.rows.filter((r) => r.suggestion).length;
  const parts = [
    `${count('current')} current`,
    `${count('stale')} stale`,
    `${count('new')} new`,
    `${count('untranslated')} untranslated (${suggestions} with a suggestion)`,
    `${plan.obsolete.length} obsolete`,
  ];
  const files = [plan.lockText !== undefined && 'lock', plan.obsoleteText !== undefined && 'obsolete'].filter(Boolean).join(' and ');
  const action = dryRun ? (files ? `would write the ${files} file` : 'nothing to write') : written.length ? `wrote ${written.join(', ')}` : 'nothing to write';
  for (const m of plan.missing) parts.push(`${showLang ? `${m.lang} ` : ''}translation file missing (${m.pairs} pairs kept)`);
  const lines = [`${plan.source}: ${parts.join(', ')}${plan.hadLock ? '' : ' (first lock)'}; ${action}`];
  const tag = (lang: string, status: string): string => (showLang ? `[${lang}] ${status}` : status).padEnd(showLang ? 18 : 13);
  for (const row of plan.rows) {
    if (row.status === 'current' || (row.status === 'new' && !plan.hadLock)) continue;
    lines.push(`  ${tag(row.lang, row.status)} ${row.id}  line ${row.line}  ${short(row.text)}`);
    if (row.previous !== undefined) lines.push(`  ${''.padEnd(showLang ? 18 : 13)} change: ${wordsText(wordDiff(row.previous, row.text, sourceLang))}`);
    if (row.suggestion)
      lines.push(`  ${''.padEnd(showLang ? 18 : 13)} suggestion ${row.suggestion.score}%: ${short(row.suggestion.target)}  (${row.suggestion.origin})`);
  }
  for (const entry of plan.obsolete) {
    const english = short(stripCodes(entry.source.map((u) => u.text).join(' ')));
    lines.push(`  ${tag(entry.lang, entry.reason === 'removed' ? 'obsolete' : 'missing')} ${entry.source.map((u) => u.id).join('+')}  ${english}`);
  }
  return `${lines.join('\n')}\n`;
}

function short(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
