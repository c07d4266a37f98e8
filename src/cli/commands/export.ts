import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../../errors.js';
import { buildExchange, type StateFilter } from '../../exchange/build-exchange.js';
import { glossaryNotes } from '../../exchange/glossary-notes.js';
import { loadProjectDocuments } from '../../exchange/load-project-documents.js';
import { writePo } from '../../exchange/po/write-po.js';
import { writeTmx } from '../../exchange/tmx/write-tmx.js';
import { writeXliff12 } from '../../exchange/xliff12/write-xliff12.js';
import { writeXliff2 } from '../../exchange/xliff2/write-xliff2.js';
import type { ExchangeDocument } from '../../exchange/exchange-types.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import type { Command } from '../context.js';
import { expectOneOf } from '../expect-one-of.js';

const WRITERS = { xliff2: writeXliff2, xliff12: writeXliff12, po: writePo, tmx: (doc: ExchangeDocument) => writeTmx(doc) } satisfies Record<string, (doc: ExchangeDocument) => string>;
const FILTERS = ['untranslated', 'stale', 'all'];

const USAGE = `Usage: diglot export <en.md> [--format xliff2|xliff12|po|tmx] [--lang ru] [--state untranslated|stale|all] [--out file]

Writes the units of an English document with their current translations for a CAT tool:
XLIFF 2.1 (default), XLIFF 1.2, gettext PO, or a TMX 1.4 memory of the translated pairs.
--state untranslated: units with no translation; stale: those and stale, edited or
glossary-changed pairs; all (default). Without --out the file goes to stdout.`;

/** `diglot export <en.md> …`: hand the units to translators' tools. */
export const exportCommand: Command = {
  summary: 'Export units and translations as XLIFF 2.1, XLIFF 1.2, PO or TMX',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'xliff2' }, lang: { type: 'string' }, state: { type: 'string', default: 'all' }, out: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError(`Expected one English document, not ${positionals.length}`);
    const write = WRITERS[expectOneOf('format', values.format, Object.keys(WRITERS) as Array<keyof typeof WRITERS>)];
    expectOneOf('state', values.state, FILTERS);
    const config = ctx.config();
    const lang = values.lang ?? config.targetLanguages[0] ?? 'ru';
    const docs = loadProjectDocuments(resolve(ctx.cwd, positionals[0] as string), config, lang);
    const doc = buildExchange(docs.en, {
      original: docs.original,
      targetLanguage: lang,
      pairs: docs.pairs,
      filter: values.state as StateFilter,
      ...(docs.glossary ? { notes: glossaryNotes(docs.glossary, lang) } : {}),
    });
    const text = write(doc);
    if (values.out) {
      writeFileAtomic(resolve(ctx.cwd, values.out), text);
      ctx.stderr(`${values.out}: ${doc.units.length} units (${values.format})\n`);
    } else ctx.stdout(text);
    return { errors: 0, warnings: 0 };
  },
};
