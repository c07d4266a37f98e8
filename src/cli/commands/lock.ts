import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Alignment, TermPair } from '../../align/types.js';
import { createLock } from '../../lock/create-lock.js';
import { DocumentMemos } from '../../pair/document-memos.js';
import { pairAligner, pairSegmented } from '../../pair/open-pair.js';
import { termPairGlossary } from '../../pair/pair-glossary.js';
import type { CodeBlock } from '../../markdown/find-code-blocks.js';
import { lockCodeStatus } from '../../lock/lock-code.js';
import { readRemembered } from '../../lock/read-remembered.js';
import { documentSlug } from '../../lock/document-slug.js';
import { loadLockGlossary, type LockGlossary } from '../../lock/lock-glossary.js';
import { lockStatus } from '../../lock/lock-status.js';
import { lockedPairs } from '../../lock/locked-pairs.js';
import { previousUnits } from '../../lock/previous-units.js';
import { parseLock } from '../../lock/read-lock.js';
import { serializeLock } from '../../lock/serialize-lock.js';
import type { PairState, PairStatus } from '../../lock/types.js';
import type { CodeState } from '../../lock/lock-code.js';
import type { SegmentedDocument, Unit } from '../../segment/types.js';
import { documentFile } from '../../content/content-paths.js';
import { listDocuments } from '../../content/list-documents.js';
import { documentFailure } from '../document-failure.js';
import { FileChangedError } from '../../util/write-if-unchanged.js';
import { contentLockPath } from '../../util/lock-paths.js';
import { withProjectLock } from '../../util/project-lock.js';
import { readProjectText } from '../../util/read-project-text.js';
import { writeIfUnchanged } from '../../util/write-if-unchanged.js';
import { FindingReporter } from '../../report/finding-reporter.js';
import { reportCacheWarnings } from '../cache-findings.js';
import { outcomeOf, type Outcome } from '../exit-code.js';
import type { Command, CommandContext } from '../context.js';
import { withTargetLanguage } from '../target-language.js';
import { glossaryTermPairs, loadProjectGlossary } from './align.js';

const USAGE = `Usage: diglot lock [<slug> …] [--check] [--accept] [--lang <target>]

Writes content/<slug>.lock.json for every document of content/<source>/, at any depth
(content/en/sub/x.md → content/sub/x.lock.json), or for the slugs named:
the English units, and per target language the aligned pairs with the hashes of the English
they were made from, of the translation and of the glossary entries they use.
  --check   write nothing; report stale, edited, glossary-changed, new and untranslated pairs,
            and code blocks the translation still has the old English code of (lock-code-stale)
  --accept  record every pair as reviewed (current English and glossary)`;

/** Default severities of the lock findings (config \`rules\` may override). */
const DEFAULT_SEVERITY: Record<Exclude<PairStatus, 'current'>, 'error' | 'warn'> = {
  stale: 'error',
  edited: 'warn',
  'glossary-changed': 'warn',
  new: 'warn',
  untranslated: 'warn',
  unaligned: 'warn',
};

/** Each lock finding's message, expected and actual. */
const REASON: Record<Exclude<PairStatus, 'current'>, { message: string; expected: string; actual: string }> = {
  stale: {
    message: 'Changed English since the translation was made: update the translation',
    expected: 'the English the translation was made from',
    actual: 'changed English',
  },
  edited: {
    message: 'Hand edit of the translation since the lock was written: review it and run `diglot lock`',
    expected: 'the translation the lock records',
    actual: 'an edited translation',
  },
  'glossary-changed': {
    message: 'Changed glossary entries used by this unit since it was translated: review the terms',
    expected: 'the glossary entries the translation was made with',
    actual: 'changed entries',
  },
  new: { message: 'Unit missing from the lock: run `diglot lock`', expected: 'the unit in the lock', actual: 'a unit the lock does not record' },
  untranslated: { message: 'English unit without a translation', expected: 'a counterpart', actual: 'none' },
  unaligned: { message: 'Translation unit without an English counterpart', expected: 'an English counterpart', actual: 'none' },
};

/** `diglot lock [--check] [--accept] [slug …]`. */
export const lockCommand: Command = {
  summary: 'Write or check the lock: what each translation was made from',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { check: { type: 'boolean', default: false }, accept: { type: 'boolean', default: false }, lang: { type: 'string' } },
    });
    // --lang: that target language only (the lock keeps the other languages' pairs as they are).
    const config = withTargetLanguage(ctx.config(), values.lang);
    // Every argument is checked before anything is written.
    const slugs = positionals.length ? positionals.map((arg) => documentSlug(arg, config, ctx.cwd)) : listDocuments(config).map((d) => d.slug);
    // Every finding through the one reporter (the report on stdout with --check); the exit code follows from them.
    const reporter = new FindingReporter(values.check ? ctx.stdout : ctx.stderr);
    const memos = new DocumentMemos(config.root);
    const work = async (): Promise<Outcome> => {
      const glossary = loadProjectGlossary(ctx);
      const lockGlossary = glossary ? await loadLockGlossary(config.glossaryDir, glossary) : undefined;
      const terms = (lang: string): TermPair[] => glossaryTermPairs(ctx, lang, glossary);
      // One document that cannot be read or aligned is an error on it; the others are locked.
      slugs.forEach((slug, index) => {
        try {
          lockOne(slug, { lockGlossary, terms });
        } catch (error) {
          // Another program changed a file between the read and the write: the run stops (exit 2), as it must not guess.
          if (error instanceof FileChangedError) throw error;
          const file = documentFile(config, config.sourceLanguage, slug);
          reporter.report(documentFailure(error, relative(ctx.cwd, file) || file, index, slugs.length));
        }
      });
      memos.save();
      const cacheReporter = new FindingReporter(ctx.stderr);
      reportCacheWarnings(cacheReporter);
      return outcomeOf([...reporter.findings, ...cacheReporter.findings]);
    };
    const lockOne = (slug: string, { lockGlossary, terms }: { lockGlossary: LockGlossary | undefined; terms: (lang: string) => TermPair[] }): void => {
      const lockPath = join(config.contentDir, `${slug}.lock.json`);
      const name = relative(ctx.cwd, lockPath) || lockPath;
      const lockText = readProjectText(lockPath, name, [config.root]);
      const lock = lockText === undefined ? undefined : parseLock(lockText, name);
      const source = readRemembered(documentFile(config, config.sourceLanguage, slug), config.sourceLanguage, {
        cwd: ctx.cwd,
        memos,
        previous: lock ? previousUnits(lock) : undefined,
      });
      const sourceDoc = source.doc;
      const targets: Array<{ lang: string; doc: SegmentedDocument; alignment: Alignment }> = [];
      const code = { source: source.code, targets: {} as Record<string, CodeBlock[]> };
      for (const lang of config.targetLanguages) {
        const path = documentFile(config, lang, slug);
        if (!existsSync(path)) {
          // The lock keeps the pairs of a missing file as they were (createLock keeps them).
          const pairs = lock?.targets[lang]?.pairs.length ?? 0;
          if (pairs > 0) missingTarget(relative(ctx.cwd, path) || path, lang, pairs, values.check === true, ctx, reporter);
          continue;
        }
        const target = readRemembered(path, lang, { cwd: ctx.cwd, memos });
        const doc = target.doc;
        // Alignments are remembered by the units' content (terms included in the key), shared with check and build.
        const memo = {
          blocks: memos.alignment(resolve(ctx.cwd, sourceDoc.file), resolve(ctx.cwd, path)),
          sentences: memos.sentenceAlignment(resolve(ctx.cwd, sourceDoc.file), resolve(ctx.cwd, path)),
        };
        // The pair is aligned as every command aligns it (src/pair), with the glossary's term pairs of the language as anchors.
        const align = pairAligner(termPairGlossary(terms(lang)));
        targets.push({ lang, doc, alignment: pairSegmented(sourceDoc, doc, { align, memo, lockedPairs: lockedPairs(lock, lang) }).alignment });
        code.targets[lang] = target.code;
      }
      if (values.check) {
        if (!lock) {
          reporter.report({
            ruleId: 'lock-missing',
            severity: 'error',
            file: name,
            message: 'Missing lock: run `diglot lock`',
            expected: `\`${name}\``,
            actual: 'no such file',
          });
          return;
        }
        for (const t of targets) {
          const states = lockStatus(lock, sourceDoc, t.doc, lockGlossary?.hashes(t.lang) ?? {}, { lang: t.lang, alignment: t.alignment });
          report(states, sourceDoc, t.doc, ctx, reporter);
          reportCode(
            lockCodeStatus(lock.targets[t.lang]?.code, code.source, code.targets[t.lang] ?? []),
            code.targets[t.lang] ?? [],
            code.source,
            t.doc,
            ctx,
            reporter,
          );
        }
      } else {
        const next = createLock({
          source: sourceDoc,
          targets,
          code,
          ...(lockGlossary ? { glossary: lockGlossary } : {}),
          ...(lock ? { previous: lock } : {}),
          accept: values.accept === true,
        });
        const text = serializeLock(next);
        if (text !== lockText) writeIfUnchanged(lockPath, text, lockText, name);
        const pairs = targets.map((t) => `${t.lang}: ${next.targets[t.lang]?.pairs.length ?? 0} pairs`).join(', ');
        ctx.stdout(`${name}: ${next.units.length} units${pairs ? `, ${pairs}` : ''}\n`);
      }
    };
    // --check only reads; writing takes the content write lock and reads everything after it.
    if (values.check || slugs.length === 0) return work();
    const lockFile = contentLockPath(config);
    return withProjectLock(lockFile, { command: `lock${args.length ? ` ${args.join(' ')}` : ''}`, name: relative(ctx.cwd, lockFile), note: ctx.stderr }, work);
  },
};

/** A translation file the lock records pairs of is missing: a finding with --check, else a warning (the pairs are kept). */
function missingTarget(file: string, lang: string, pairs: number, check: boolean, ctx: CommandContext, reporter: FindingReporter): void {
  if (check) {
    const severity = ctx.config().rules['lock-target-missing'] ?? 'error';
    if (severity === 'off') return;
    reporter.report({
      ruleId: 'lock-target-missing',
      severity: severity === 'error' ? 'error' : 'warning',
      file,
      lang,
      message: 'Missing translation file: restore it',
      expected: `the file the lock records ${pairs} pairs of`,
      actual: 'no such file',
    });
    return;
  }
  reporter.report({
    ruleId: 'translation-file-missing',
    severity: 'warning',
    file,
    lang,
    message: `The translation file is missing; the lock keeps its ${pairs} pairs as they were`,
    expected: 'the translation file the lock records',
    actual: 'no such file',
  });
}

/** `lock-code-stale`: the translation's code block still holds English code that has changed since. */
function reportCode(
  states: readonly CodeState[],
  target: readonly CodeBlock[],
  source: readonly CodeBlock[],
  doc: SegmentedDocument,
  ctx: CommandContext,
  reporter: FindingReporter,
): void {
  const severity = ctx.config().rules['lock-code-stale'] ?? 'error';
  if (severity === 'off') return;
  for (const state of states) {
    const block = target[state.target] as CodeBlock;
    const english = source[state.source] as CodeBlock;
    reporter.report({
      ruleId: 'lock-code-stale',
      severity: severity === 'error' ? 'error' : 'warning',
      file: doc.file,
      line: block.start.line,
      column: block.start.column,
      lang: doc.lang,
      message: `Old English code in the \`${block.lang || '-'}\` code block: copy the changed English code (line ${english.start.line})`,
      expected: `the changed English code (line ${english.start.line})`,
      actual: 'the old English code',
    });
  }
}

function report(states: readonly PairState[], source: SegmentedDocument, target: SegmentedDocument, ctx: CommandContext, reporter: FindingReporter): void {
  const rules = ctx.config().rules;
  const sourceById = new Map(source.units.map((u) => [u.id, u]));
  const targetById = new Map(target.units.map((u) => [u.id, u]));
  for (const state of states) {
    if (state.status === 'current') continue;
    const rule = `lock-${state.status}`;
    const severity = rules[rule] ?? DEFAULT_SEVERITY[state.status];
    if (severity === 'off') continue;
    const onTarget = state.target.length > 0 && state.status !== 'stale' && state.status !== 'untranslated' && state.status !== 'new';
    const unit = (onTarget ? targetById.get(state.target[0] as string) : sourceById.get(state.source[0] as string)) as Unit;
    const file = onTarget ? target.file : source.file;
    const entries = state.entries ? ` (${state.entries.map((e) => `\`${e}\``).join(', ')})` : '';
    // One finding per target language: the ids name the language of the translation (`u-1 ↔ de u-7`).
    const ids = `${state.source.join('+') || '–'} ↔ ${target.lang} ${state.target.join('+') || '–'}`;
    const reason = REASON[state.status];
    reporter.report({
      ruleId: rule,
      severity: severity === 'error' ? 'error' : 'warning',
      file,
      line: unit.start.line,
      column: unit.start.column,
      lang: target.lang,
      message: `${reason.message}${entries} [${ids}]`,
      expected: reason.expected,
      actual: reason.actual,
    });
  }
}
