import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, UsageError } from '../../errors.js';
import { applyImport } from '../../exchange/apply-import.js';
import { loadProjectDocuments } from '../../exchange/load-project-documents.js';
import { DEFAULT_MAX_BYTES, readExchange } from '../../exchange/read-exchange.js';
import { readExchangeFile } from '../../exchange/read-exchange-file.js';
import { oneLine } from '../../exchange/one-line.js';
import { writeImport } from '../../exchange/write-import.js';
import type { DiglotConfig } from '../../config/load-config.js';
import { recordedPairs } from '../../lock/recorded-pairs.js';
import { contentLockPath } from '../../util/lock-paths.js';
import { withProjectLock } from '../../util/project-lock.js';
import { writeIfUnchanged } from '../../util/write-if-unchanged.js';
import type { Command } from '../context.js';
import type { Outcome } from '../exit-code.js';

const USAGE = `Usage: diglot import <file.xlf|file.po> [--dry-run] [--document en.md] [--lang ru]
                     [--max-size bytes] [--schemas dir] [--no-validate]

Reads translations from XLIFF 2.x, XLIFF 1.2 or PO and writes them into the Russian
Markdown (content/<lang>/…): changed units in place, byte-identical elsewhere; units with no
Russian counterpart as new blocks after the Russian block of the preceding English block.
The document is the one the file names (XLIFF original, PO X-Diglot-Source) or --document.
XLIFF is validated against the XSD in --schemas (default $DIGLOT_SCHEMAS, or ../shared/schemas
beside the project) with xmllint. Any error: nothing is written.`;

/** `diglot import <file>`: take translators' work back. */
export const importCommand: Command = {
  summary: 'Import translations from XLIFF or PO into the Russian Markdown',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
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
    const path = resolve(ctx.cwd, positionals[0] as string);
    const file = relative(ctx.cwd, path) || path;
    const bytes = readExchangeFile(path, file, maxBytes);
    const schemaDir = values['no-validate'] ? undefined : schemasFolder(values.schemas, ctx.cwd, config.root);
    if (!schemaDir && !values['no-validate']) ctx.stderr(`${file}: XSD validation skipped: no schema folder (pass --schemas or set DIGLOT_SCHEMAS)\n`);
    const imported = readExchange(bytes, { file, maxBytes, ...(schemaDir ? { schemaDir } : {}) });
    const lang = values.lang ?? config.targetLanguages[0] ?? 'ru';
    if (imported.targetLanguage && imported.targetLanguage.split('-')[0]?.toLowerCase() !== lang.split('-')[0]?.toLowerCase()) {
      throw new InputError(`Cannot import \`${file}\`: it is a translation into \`${oneLine(imported.targetLanguage)}\`, expected \`${lang}\`; nothing was written`, { file });
    }
    // A converter (po2xliff) names its input file as `original`: only a Markdown path names a document.
    const named = imported.original?.endsWith('.md') ? imported.original : undefined;
    const document = values.document ?? named;
    if (!document) throw new InputError(`Cannot import \`${file}\`: it does not name its English document (XLIFF \`original\`, PO \`X-Diglot-Source\`), expected \`--document content/<source>/….md\``, { file }, { expected: 'a document named by the file or --document', actual: 'none' });
    if (values.document && named && resolve(config.root, named) !== resolve(ctx.cwd, values.document)) {
      throw new InputError(`Cannot import \`${file}\` into \`${values.document}\`: it is a file for \`${oneLine(named)}\`; nothing was written`, { file });
    }
    const enPath = values.document ? resolve(ctx.cwd, values.document) : resolve(config.root, document);
    if (!existsSync(enPath)) throw new InputError(`Cannot import \`${file}\`: it is a file for \`${oneLine(document)}\`, which is not in this project; nothing was written`, { file });
    // Under the write lock, the documents are read after it is taken; the write checks the
    // Russian file is still as read (an editor may not take the lock).
    const work = (): Outcome => {
      const docs = loadProjectDocuments(enPath, config, lang);
      if (!docs.ru) refuseMissingTarget(config, enPath, lang, relative(ctx.cwd, docs.ruPath), file);
      const result = applyImport({
        file,
        imported,
        en: docs.en,
        enSource: docs.enSource,
        pairs: docs.pairs,
        ...(docs.ru && docs.ruSource !== undefined ? { ru: docs.ru, ruSource: docs.ruSource } : {}),
        target: { file: relative(ctx.cwd, docs.ruPath), lang },
      });
      const target = relative(ctx.cwd, docs.ruPath);
      const wrote = result.output !== (docs.ruSource ?? '') && !values['dry-run'];
      if (wrote) writeImport(() => writeIfUnchanged(docs.ruPath, result.output, docs.ruSource, target), target);
      for (const s of result.skipped) ctx.stderr(`${file}: skipped unit \`${s.id}\`: ${s.reason}\n`);
      for (const w of result.warnings) ctx.stderr(`${file}: ${w}\n`);
      const verb = values['dry-run'] ? 'would change' : 'changed';
      ctx.stdout(`${target}: ${verb} ${result.changed.length}, inserted ${result.inserted.length}, unchanged ${result.unchanged}, skipped ${result.skipped.length}${wrote ? '' : ' (nothing written)'}\n`);
      return { errors: 0, warnings: result.skipped.length + result.warnings.length };
    };
    if (values['dry-run']) return work();
    const lockFile = contentLockPath(config);
    return withProjectLock(lockFile, { command: `import ${file}`, name: relative(ctx.cwd, lockFile), note: ctx.stderr }, work);
  },
};

/** A missing translation file the lock records translations of: an import must not start it over from the English. */
function refuseMissingTarget(config: DiglotConfig, enPath: string, lang: string, target: string, file: string): void {
  const { lockPath, pairs } = recordedPairs(config, enPath, lang);
  if (pairs === 0) return;
  throw new InputError(`Cannot import \`${file}\` into \`${target}\`: the file is missing, but the lock \`${relative(config.root, lockPath)}\` records ${pairs} translated pairs in it; restore the file first. Nothing was written`, { file: target }, { expected: 'the translation file', actual: 'no such file' });
}

/** --schemas, else $DIGLOT_SCHEMAS, else `../shared/schemas` beside the project, else none. */
function schemasFolder(option: string | undefined, cwd: string, root: string): string | undefined {
  if (option) return resolve(cwd, option);
  if (process.env.DIGLOT_SCHEMAS) return resolve(cwd, process.env.DIGLOT_SCHEMAS);
  const beside = join(root, '..', 'shared', 'schemas');
  return existsSync(join(beside, 'xliff2.1')) ? beside : undefined;
}
