import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, UsageError } from '../../errors.js';
import { applyImport, type ImportConflict, type ImportResult } from '../../exchange/apply-import.js';
import type { ImportedFile } from '../../exchange/exchange-types.js';
import { loadProjectDocuments, type ProjectDocuments } from '../../exchange/load-project-documents.js';
import { OpenedSources } from '../../pair/opened-sources.js';
import { recordImportedPairs } from '../../exchange/record-imported-pairs.js';
import { loadLockGlossary, type LockGlossary } from '../../lock/lock-glossary.js';
import { splitByDocument } from '../../exchange/split-by-document.js';
import { hashText } from '../../lock/hash-text.js';
import { parseLock } from '../../lock/read-lock.js';
import { serializeLock } from '../../lock/serialize-lock.js';
import { addObsolete, parseObsoleteFile, serializeObsolete } from '../../update/obsolete-file.js';
import { readProjectText } from '../../util/read-project-text.js';
import { DEFAULT_MAX_BYTES, readExchange } from '../../exchange/read-exchange.js';
import { readExchangeFile } from '../../exchange/read-exchange-file.js';
import { oneLine } from '../../exchange/one-line.js';
import { importLanguage } from '../../exchange/import-language.js';
import { writeImport } from '../../exchange/write-import.js';
import type { DiglotConfig } from '../../config/load-config.js';
import { recordedPairs } from '../../lock/recorded-pairs.js';
import { contentLockPath } from '../../util/lock-paths.js';
import { withProjectLock } from '../../util/project-lock.js';
import { writeIfUnchanged } from '../../util/write-if-unchanged.js';
import type { Command } from '../context.js';
import { outcomeOf, type Outcome } from '../exit-code.js';
import { FindingReporter } from '../../report/finding-reporter.js';
import type { FindingFields } from '../../report/command-finding.js';
import { expectTargetLanguage } from '../target-language.js';

const USAGE = `Usage: diglot import <file.xlf|file.po> [--dry-run] [--force] [--document en.md] [--lang <target>]
                     [--max-size bytes] [--schemas dir] [--no-validate]

Reads translations from XLIFF 2.x, XLIFF 1.2 or PO and writes them into the translation of
the language the file declares (trgLang, target-language, Language:) in content/<lang>/…;
a file into a language the project does not translate into is refused (--lang: must agree).
Changed units in place, byte-identical elsewhere; units with no counterpart in the translation
as new blocks after the translated block of the preceding English block.
The document is the one the file names (XLIFF original, PO X-Diglot-Source) or --document.
XLIFF is validated against the XSD in --schemas (default $DIGLOT_SCHEMAS, or ../shared/schemas
beside the project) with xmllint. Any error: nothing is written.
A unit whose translation changed in the project since the export and differently in the file
is a conflict: reported, not applied (exit 1; the other units are applied); --force applies it
and keeps the replaced translation in content/<slug>.obsolete.json. Every translation written is
recorded in the lock as the pair of its English unit (kept together by the aligner, whatever
its length); one of an English that changed since the export is recorded as stale. A target that is a copy of the
English is read as untranslated. An XLIFF with one <file> per document imports them all.`;

/** `diglot import <file>`: take translators' work back. */
export const importCommand: Command = {
  summary: 'Import translations from XLIFF or PO into the Markdown of their target language',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        document: { type: 'string' },
        lang: { type: 'string' },
        'max-size': { type: 'string' },
        schemas: { type: 'string' },
        'no-validate': { type: 'boolean', default: false },
      },
    });
    if (positionals.length !== 1) throw new UsageError(`Expected one exchange file, not ${positionals.length}`);
    const maxBytes = values['max-size'] !== undefined ? Number(values['max-size']) : DEFAULT_MAX_BYTES;
    if (!Number.isInteger(maxBytes) || maxBytes <= 0) throw new UsageError(`Unexpected --max-size \`${values['max-size']}\`, expected a number of bytes`);
    const config = ctx.config();
    const chosen = expectTargetLanguage(values.lang, config);
    const path = resolve(ctx.cwd, positionals[0] as string);
    const file = relative(ctx.cwd, path) || path;
    const bytes = readExchangeFile(path, file, maxBytes);
    const schemaDir = values['no-validate'] ? undefined : schemasFolder(values.schemas, ctx.cwd, config.root);
    const imported = readExchange(bytes, { file, maxBytes, ...(schemaDir ? { schemaDir } : {}) });
    // Every finding through the one reporter; the exit code follows from them.
    const reporter = new FindingReporter(ctx.stderr);
    if (!schemaDir && !values['no-validate'] && imported.format !== 'po')
      reporter.report({
        ruleId: 'import-unvalidated',
        severity: 'warning',
        file,
        message: 'XSD validation skipped: no schema folder (pass --schemas or set DIGLOT_SCHEMAS)',
        expected: 'a schema folder',
        actual: 'none',
      });
    // Routed by the file's own target language (`trgLang`, `Language:`); one the project does not have is refused.
    const lang = importLanguage(imported.targetLanguage, chosen, config.targetLanguages, file);
    const split = splitByDocument(imported);
    if (values.document && split.length > 1)
      throw new UsageError(`Unexpected --document with \`${file}\`, which holds ${split.length} documents (one <file> each), expected no --document`);
    const lockGlossary = values['dry-run'] ? undefined : await loadLockGlossary(config.glossaryDir);
    const parts = split.map((part) => ({ part, enPath: documentOf(part, file, values.document, config, ctx.cwd, imported !== part) }));
    // Under the write lock, the documents are read after it is taken; the write checks the
    // translation is still as read (an editor may not take the lock). Every document is
    // checked before anything is written: any error, nothing is written.
    const work = (): Outcome => {
      const sources = new OpenedSources();
      const planned = parts.map(({ part, enPath: sourcePath }) => {
        const docs = loadProjectDocuments(sourcePath, config, lang, { sources });
        if (!docs.target) refuseMissingTarget(config, sourcePath, lang, relative(ctx.cwd, docs.targetPath), file);
        const result = applyImport({
          file,
          imported: part,
          source: docs.source,
          sourceMarkdown: docs.sourceText,
          pairs: docs.pairs,
          ...(docs.target && docs.targetText !== undefined ? { target: docs.target, targetMarkdown: docs.targetText } : {}),
          output: { file: relative(ctx.cwd, docs.targetPath), lang },
          force: values.force,
          syntax: config.syntax,
          wrap: config.wrap,
        });
        return { docs, result };
      });
      if (planned.some((p) => p.result.unstamped)) {
        reporter.report({
          ruleId: 'import-unstamped',
          severity: 'info',
          file,
          lang,
          message: "The file carries no diglot export stamps (another tool's file?): conflicts with translations changed since the export cannot be detected",
        });
      }
      for (const { docs, result } of planned) {
        const target = relative(ctx.cwd, docs.targetPath);
        const wrote = result.output !== (docs.targetText ?? '') && !values['dry-run'];
        if (wrote) {
          keepReplaced(docs, result, lang);
          writeImport(() => writeIfUnchanged(docs.targetPath, result.output, docs.targetText, target), target);
          recordPairs(docs, result, lang, config, lockGlossary);
        }
        for (const s of result.skipped)
          reporter.report({ ruleId: 'import-skipped', severity: 'warning', file, lang, message: `Skipped unit \`${s.id}\`: ${s.reason}` });
        for (const w of result.warnings) reporter.report({ ruleId: 'import-warning', severity: 'warning', file, lang, message: w.replace(/^unit/, 'Unit') });
        for (const id of result.kept)
          reporter.report({
            ruleId: 'import-kept',
            severity: 'info',
            file,
            lang,
            message: `Unit \`${id}\`: kept the project's translation: it changed since the export, and the file has the exported one`,
          });
        for (const c of result.conflicts) reporter.report(conflictFinding(file, lang, c));
        const verb = values['dry-run'] ? 'would change' : 'changed';
        const conflicts = result.conflicts.length > 0 ? `, conflicts ${result.conflicts.length} (not applied; --force applies them)` : '';
        ctx.stdout(
          `${target}: ${verb} ${result.changed.length}, inserted ${result.inserted.length}, unchanged ${result.unchanged}, skipped ${result.skipped.length}${conflicts}${wrote ? '' : ' (nothing written)'}\n`,
        );
      }
      return outcomeOf(reporter.findings);
    };
    if (values['dry-run']) return work();
    const lockFile = contentLockPath(config);
    return withProjectLock(lockFile, { command: `import ${file}`, name: relative(ctx.cwd, lockFile), note: ctx.stderr }, work);
  },
};

/** The English document a part of the exchange file is for (the file's `original`, else --document). */
function documentOf(part: ImportedFile, file: string, option: string | undefined, config: DiglotConfig, cwd: string, several: boolean): string {
  // A converter (po2xliff) names its input file as `original`: only a Markdown path names a document.
  const named = /\.mdx?$/.test(part.original ?? '') ? part.original : undefined;
  const document = (several ? undefined : option) ?? named;
  if (!document)
    throw new InputError(
      `Cannot import \`${file}\`: it does not name its English document (XLIFF \`original\`, PO \`X-Diglot-Source\`), expected \`--document content/<source>/….md\``,
      { file },
      { expected: 'a document named by the file or --document', actual: 'none' },
    );
  if (option && named && resolve(config.root, named) !== resolve(cwd, option)) {
    throw new InputError(`Cannot import \`${file}\` into \`${option}\`: it is a file for \`${oneLine(named)}\`; nothing was written`, { file });
  }
  const sourcePath = option && !several ? resolve(cwd, option) : resolve(config.root, document);
  if (!existsSync(sourcePath))
    throw new InputError(`Cannot import \`${file}\`: it is a file for \`${oneLine(document)}\`, which is not in this project; nothing was written`, { file });
  return sourcePath;
}

/** A conflict as an `import-conflict` finding: where in the file, which unit, the three versions shortened. */
function conflictFinding(file: string, lang: string, c: ImportConflict): FindingFields {
  const short = (text: string): string => JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
  return {
    ruleId: 'import-conflict',
    severity: 'error',
    file,
    line: c.line,
    column: c.column,
    lang,
    message: `Conflict in unit \`${c.id}\` (English ${short(c.source)}): the translation changed in the project since the export and differently in this file; not applied`,
    expected: 'the translation as exported',
    actual: `now ${short(c.current)}, in the file ${short(c.imported)}`,
  };
}

/** With --force: keep the translations a conflicting import replaces in `content/<slug>.obsolete.json`, before the write. */
function keepReplaced(docs: ProjectDocuments, result: ImportResult, lang: string): void {
  if (result.replaced.length === 0) return;
  const sourceById = new Map(docs.source.units.map((u) => [u.id, u]));
  const before = readProjectText(docs.obsoletePath);
  const { file } = addObsolete(
    parseObsoleteFile(before, docs.obsoletePath, docs.original),
    result.replaced.map((r) => ({
      lang,
      reason: 'import-replaced' as const,
      source: [{ id: r.id, kind: sourceById.get(r.id)?.kind ?? 'paragraph', text: r.source }],
      target: [r.target],
      sourceHash: hashText(r.source),
      targetHash: hashText(r.target.text),
    })),
  );
  writeIfUnchanged(docs.obsoletePath, serializeObsolete(file), before, docs.obsoletePath);
}

/** Record the pairs the import made in the lock, stale ones as stale (read again from what was written). */
function recordPairs(docs: ProjectDocuments, result: ImportResult, lang: string, config: DiglotConfig, glossary: LockGlossary | undefined): void {
  if (result.written.size === 0) return;
  const after = loadProjectDocuments(docs.sourcePath, config, lang, { glossary: docs.glossary ?? null, onUnaligned: () => undefined });
  if (!after.target) return;
  const before = readProjectText(docs.lockPath);
  const lock = before !== undefined ? parseLock(before, docs.lockPath) : undefined;
  const next = recordImportedPairs({
    lock,
    source: after.source,
    target: after.target,
    lang,
    written: result.written,
    stale: result.stale,
    glossary,
    wrap: config.wrap,
  });
  if (next) writeIfUnchanged(docs.lockPath, serializeLock(next), before, docs.lockPath);
}

/** A missing translation file the lock records translations of: an import must not start it over from the English. */
function refuseMissingTarget(config: DiglotConfig, sourcePath: string, lang: string, target: string, file: string): void {
  const { lockPath, pairs } = recordedPairs(config, sourcePath, lang);
  if (pairs === 0) return;
  throw new InputError(
    `Cannot import \`${file}\` into \`${target}\`: the file is missing, but the lock \`${relative(config.root, lockPath)}\` records ${pairs} translated pairs in it; restore the file first. Nothing was written`,
    { file: target },
    { expected: 'the translation file', actual: 'no such file' },
  );
}

/** --schemas, else $DIGLOT_SCHEMAS, else `../shared/schemas` beside the project, else none. */
function schemasFolder(option: string | undefined, cwd: string, root: string): string | undefined {
  if (option) return resolve(cwd, option);
  if (process.env.DIGLOT_SCHEMAS) return resolve(cwd, process.env.DIGLOT_SCHEMAS);
  const beside = join(root, '..', 'shared', 'schemas');
  return existsSync(join(beside, 'xliff2.1')) ? beside : undefined;
}
