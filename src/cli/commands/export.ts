import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, UsageError } from '../../errors.js';
import { listDocuments } from '../../content/list-documents.js';
import { buildExchange, type StateFilter } from '../../exchange/build-exchange.js';
import { glossaryNotes } from '../../exchange/glossary-notes.js';
import { loadProjectDocuments, projectGlossary } from '../../exchange/load-project-documents.js';
import { OpenedSources } from '../../pair/opened-sources.js';
import { writePo } from '../../exchange/po/write-po.js';
import { writeTmxLanguages } from '../../exchange/tmx/write-tmx.js';
import { writeXliff12, writeXliff12Files } from '../../exchange/xliff12/write-xliff12.js';
import { writeXliff2, writeXliff2Files } from '../../exchange/xliff2/write-xliff2.js';
import type { ExchangeDocument } from '../../exchange/exchange-types.js';
import type { Glossary } from '../../glossary/types.js';
import { buildTermIndex, type TermIndex } from '../../glossary/build-term-index.js';
import { resolveForms } from '../../glossary/resolve-forms.js';
import type { DiglotConfig } from '../../config/load-config.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import type { Command, CommandContext } from '../context.js';
import { expectOneOf } from '../expect-one-of.js';
import { expectTargetLanguage } from '../target-language.js';
import { outcomeOf } from '../exit-code.js';
import type { CommandFinding } from '../../report/command-finding.js';
import { FindingReporter } from '../../report/finding-reporter.js';
import { findingOfError } from '../error-finding.js';

const WRITERS = { xliff2: writeXliff2, xliff12: writeXliff12, po: writePo, tmx: (doc: ExchangeDocument) => writeTmxLanguages([doc]) } satisfies Record<
  string,
  (doc: ExchangeDocument) => string
>;
const MULTI_WRITERS: Partial<Record<keyof typeof WRITERS, (docs: readonly ExchangeDocument[]) => string>> = {
  xliff2: writeXliff2Files,
  xliff12: writeXliff12Files,
};
/** A memory of one document in every target language: TMX holds them all in one `<tu>`. */
const LANGUAGES_WRITERS: Partial<Record<keyof typeof WRITERS, (docs: readonly ExchangeDocument[]) => string>> = { tmx: (docs) => writeTmxLanguages(docs) };
const EXTENSIONS: Record<keyof typeof WRITERS, string> = { xliff2: 'xlf', xliff12: 'xlf', po: 'po', tmx: 'tmx' };
const FILTERS = ['untranslated', 'stale', 'all'];

const USAGE = `Usage: diglot export <en.md> [--format xliff2|xliff12|po|tmx] [--lang <target>] [--state untranslated|stale|all] [--out file]
       diglot export --out <dir> [--format …] [--lang <target>] [--state …]
       diglot export --single [--out file] [--format xliff2|xliff12] [--lang <target>] [--state …]

Writes the units of an English document with their current translations for a CAT tool:
XLIFF 2.1 (default), XLIFF 1.2, gettext PO, or a TMX 1.4 memory of the translated pairs.
--state untranslated: units with no translation; stale: those and stale, edited or
glossary-changed pairs; all (default). Without --out the file goes to stdout.
Without a document, every document of the project is exported in one run: into the folder
--out, one file per document and target language (<slug>.<lang>.<ext>; --lang: only that
language), or with --single one XLIFF with a <file> per document (one target language).
An XLIFF or PO file has one target language: with several in the project, a document needs
--lang. TMX without --lang holds every target language, one <tu> per sentence or unit
(<slug>.tmx).`;

/** `diglot export <en.md> …` or `diglot export --out dir`: hand the units to translators' tools. */
export const exportCommand: Command = {
  summary: 'Export units and translations as XLIFF 2.1, XLIFF 1.2, PO or TMX',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'xliff2' },
        lang: { type: 'string' },
        state: { type: 'string', default: 'all' },
        out: { type: 'string' },
        single: { type: 'boolean', default: false },
      },
    });
    if (positionals.length > 1) throw new UsageError(`Expected one English document, or none for every document, not ${positionals.length}`);
    const format = expectOneOf('format', values.format, Object.keys(WRITERS) as Array<keyof typeof WRITERS>);
    expectOneOf('state', values.state, FILTERS);
    const config = ctx.config();
    const chosen = expectTargetLanguage(values.lang, config);
    const glossary = projectGlossary(config) ?? null;
    // The English matcher of `diglot check`: the index of the glossary's compiled forms.
    const forms = glossary && glossary.entries.length > 0 ? (await resolveForms(config.glossaryDir, glossary)).forms : undefined;
    // Every finding through the one reporter; the exit code follows from them.
    const reporter = new FindingReporter(ctx.stderr);
    const exporter = makeExporter(config, glossary, forms ? buildTermIndex(forms) : undefined, values.state as StateFilter, (finding) =>
      reporter.report(finding),
    );
    if (positionals.length === 1) {
      if (values.single) throw new UsageError('Unexpected --single with a document, expected --single without one (every document in one XLIFF)');
      const languages = chosen ? [chosen] : config.targetLanguages;
      const together = LANGUAGES_WRITERS[format];
      if (languages.length > 1 && !together)
        throw new UsageError(
          `Expected --lang with ${format}: the project has ${languages.length} target languages (${languages.map((l) => `\`${l}\``).join(', ')}), and the file has one`,
        );
      const file = resolve(ctx.cwd, positionals[0] as string);
      const docs = languages.map((lang) => exporter(file, lang));
      const text = together && languages.length > 1 ? together(docs) : WRITERS[format](docs[0] as ExchangeDocument);
      if (values.out) {
        writeFileAtomic(resolve(ctx.cwd, values.out), text);
        ctx.stderr(`${values.out}: ${docs[0]?.units.length ?? 0} units${docs.length > 1 ? ` in ${docs.length} languages` : ''} (${format})\n`);
      } else ctx.stdout(text);
      return outcomeOf(reporter.findings);
    }
    const documents = listDocuments(config);
    const languages = chosen ? [chosen] : config.targetLanguages;
    if (values.single) {
      const write = MULTI_WRITERS[format];
      if (!write) throw new UsageError(`Unexpected --single with --format ${format}, expected xliff2 or xliff12 (one <file> per document)`);
      if (languages.length !== 1)
        throw new UsageError(`Expected --lang with --single: the project has ${languages.length} target languages, and an XLIFF file has one`);
      const lang = languages[0] as string;
      const docs = documents.flatMap((d) => attempt(ctx, d.file, lang, reporter, () => exporter(d.file, lang)));
      if (docs.length === 0)
        throw new InputError(
          `Cannot export: no document could be exported (${documents.length} in \`${relative(ctx.cwd, join(config.contentDir, config.sourceLanguage)) || '.'}\`)`,
        );
      const text = write(docs);
      const units = docs.reduce((n, d) => n + d.units.length, 0);
      if (values.out) {
        writeFileAtomic(resolve(ctx.cwd, values.out), text);
        ctx.stderr(`${values.out}: ${docs.length} documents, ${units} units (${format})\n`);
      } else ctx.stdout(text);
      return outcomeOf(reporter.findings);
    }
    if (!values.out) throw new UsageError('Expected --out <dir> (or a document, or --single): every document is exported into its own file');
    const outDir = resolve(ctx.cwd, values.out);
    let files = 0;
    const together = languages.length > 1 ? LANGUAGES_WRITERS[format] : undefined;
    if (together) {
      for (const d of documents) {
        attempt(ctx, d.file, undefined, reporter, () => {
          const docs = languages.map((lang) => exporter(d.file, lang));
          const path = join(outDir, `${d.slug}.${EXTENSIONS[format]}`);
          mkdirSync(dirname(path), { recursive: true });
          writeFileAtomic(path, together(docs));
          files++;
        });
      }
      ctx.stderr(`${values.out}: ${files} files, ${documents.length} documents, ${languages.length} languages in each (${format})\n`);
      return outcomeOf(reporter.findings);
    }
    for (const lang of languages) {
      for (const d of documents) {
        attempt(ctx, d.file, lang, reporter, () => {
          const doc = exporter(d.file, lang);
          const path = join(outDir, `${d.slug}.${lang}.${EXTENSIONS[format]}`);
          mkdirSync(dirname(path), { recursive: true });
          writeFileAtomic(path, WRITERS[format](doc));
          files++;
        });
      }
    }
    ctx.stderr(`${values.out}: ${files} files, ${documents.length} documents × ${languages.length} languages (${format})\n`);
    return outcomeOf(reporter.findings);
  },
};

/** Export one document into one language, with the glossary loaded once for the run. */
function makeExporter(
  config: DiglotConfig,
  glossary: Glossary | null,
  index: TermIndex | undefined,
  filter: StateFilter,
  warn: (finding: CommandFinding) => void,
): (sourcePath: string, lang: string) => ExchangeDocument {
  const notes = new Map<string, ReturnType<typeof glossaryNotes>>();
  // Each source document is read and segmented once, however many target languages it is exported into.
  const sources = new OpenedSources();
  const notesOf = (lang: string): ReturnType<typeof glossaryNotes> | undefined => {
    if (!glossary || !index) return undefined;
    let n = notes.get(lang);
    if (!n) notes.set(lang, (n = glossaryNotes(glossary, lang, index)));
    return n;
  };
  return (sourcePath, lang) => {
    // A translation that cannot be aligned must not block re-translation: its units go out untranslated.
    const onUnaligned = (error: InputError): void =>
      warn(
        findingOfError(error, 'export-unaligned', {
          severity: 'warning',
          lang,
          suffix: `; exporting every unit of \`${relative(config.root, sourcePath) || sourcePath}\` as untranslated`,
        }),
      );
    const docs = loadProjectDocuments(sourcePath, config, lang, { glossary, onUnaligned, sources });
    const own = notesOf(lang);
    const target = docs.target && docs.targetText !== undefined ? { target: { doc: docs.target, source: docs.targetText } } : {};
    return buildExchange(docs.source, { original: docs.original, targetLanguage: lang, pairs: docs.pairs, filter, ...(own ? { notes: own } : {}), ...target });
  };
}

/** Run one document's export; a bad document is reported and counted, and the others go on. */
function attempt<T>(ctx: CommandContext, file: string, lang: string | undefined, reporter: FindingReporter, work: () => T): T[] {
  try {
    return [work()];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    reporter.report(findingOfError(error, 'export-failed', { severity: 'error', file: relative(ctx.cwd, file) || file, lang, suffix: ' (not exported)' }));
    return [];
  }
}
