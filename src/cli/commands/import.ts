import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, UsageError } from '../../errors.js';
import { applyImport } from '../../exchange/apply-import.js';
import { loadProjectDocuments } from '../../exchange/load-project-documents.js';
import { DEFAULT_MAX_BYTES, readExchange } from '../../exchange/read-exchange.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import type { Command } from '../context.js';

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
    if (!existsSync(path)) throw new InputError('Cannot read a file that does not exist', { file });
    const size = statSync(path).size;
    if (size > maxBytes) throw new InputError(`Unexpected file of ${size} bytes, expected at most ${maxBytes} (raise it with --max-size)`, { file });
    const schemaDir = values['no-validate'] ? undefined : schemasFolder(values.schemas, ctx.cwd, config.root);
    if (!schemaDir && !values['no-validate']) ctx.stderr(`${file}: XSD validation skipped: no schema folder (pass --schemas or set DIGLOT_SCHEMAS)\n`);
    const imported = readExchange(readFileSync(path), { file, maxBytes, ...(schemaDir ? { schemaDir } : {}) });
    const lang = values.lang ?? config.targetLanguages[0] ?? 'ru';
    if (imported.targetLanguage && imported.targetLanguage.split('-')[0]?.toLowerCase() !== lang.split('-')[0]?.toLowerCase()) {
      throw new InputError(`Cannot import \`${file}\`: it is a translation into \`${imported.targetLanguage}\`, expected \`${lang}\`; nothing was written`, { file });
    }
    // A converter (po2xliff) names its input file as `original`: only a Markdown path names a document.
    const named = imported.original?.endsWith('.md') ? imported.original : undefined;
    const document = values.document ?? named;
    if (!document) throw new UsageError(`Expected --document: \`${file}\` does not name its English document`);
    if (values.document && named && resolve(config.root, named) !== resolve(ctx.cwd, values.document)) {
      throw new InputError(`Cannot import \`${file}\` into \`${values.document}\`: it is a file for \`${named}\`; nothing was written`, { file });
    }
    const enPath = values.document ? resolve(ctx.cwd, values.document) : resolve(config.root, document);
    if (!existsSync(enPath)) throw new InputError(`Cannot import \`${file}\`: it is a file for \`${document}\`, which is not in this project; nothing was written`, { file });
    const docs = loadProjectDocuments(enPath, config, lang);
    const result = applyImport({
      file,
      imported,
      en: docs.en,
      enSource: docs.enSource,
      pairs: docs.pairs,
      ...(docs.ru && docs.ruSource !== undefined ? { ru: docs.ru, ruSource: docs.ruSource } : {}),
    });
    const target = relative(ctx.cwd, docs.ruPath);
    const wrote = result.output !== (docs.ruSource ?? '') && !values['dry-run'];
    if (wrote) writeFileAtomic(docs.ruPath, result.output);
    for (const s of result.skipped) ctx.stderr(`${file}: skipped unit \`${s.id}\`: ${s.reason}\n`);
    for (const w of result.warnings) ctx.stderr(`${file}: ${w}\n`);
    const verb = values['dry-run'] ? 'would change' : 'changed';
    ctx.stdout(`${target}: ${verb} ${result.changed.length}, inserted ${result.inserted.length}, unchanged ${result.unchanged}, skipped ${result.skipped.length}${wrote ? '' : ' (nothing written)'}\n`);
    return { errors: 0, warnings: result.skipped.length + result.warnings.length };
  },
};

/** --schemas, else $DIGLOT_SCHEMAS, else `../shared/schemas` beside the project, else none. */
function schemasFolder(option: string | undefined, cwd: string, root: string): string | undefined {
  if (option) return resolve(cwd, option);
  if (process.env.DIGLOT_SCHEMAS) return resolve(cwd, process.env.DIGLOT_SCHEMAS);
  const beside = join(root, '..', 'shared', 'schemas');
  return existsSync(join(beside, 'xliff2.1')) ? beside : undefined;
}
