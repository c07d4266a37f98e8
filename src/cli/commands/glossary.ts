import { parseArgs } from 'node:util';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { listDocuments } from '../../content/list-documents.js';
import { writeFileAtomic } from '../../util/write-atomic.js';
import { buildTermIndex } from '../../glossary/build-term-index.js';
import { compileGlossary } from '../../glossary/compile-glossary.js';
import { exportDeeplTsv } from '../../glossary/export-deepl-tsv.js';
import { exportTbx2008 } from '../../glossary/export-tbx2008.js';
import { exportTbx2019 } from '../../glossary/export-tbx2019.js';
import { findTermUsage } from '../../glossary/find-term-usage.js';
import { formatForms } from '../../glossary/format-forms.js';
import { lintGlossary } from '../../glossary/lint-glossary.js';
import { lintSpellings } from '../../glossary/lint-spellings.js';
import { loadGlossary } from '../../glossary/load-glossary.js';
import { FORMS_FILE, resolveForms } from '../../glossary/resolve-forms.js';
import { FindingReporter } from '../../report/finding-reporter.js';
import { outcomeOf, type Outcome } from '../exit-code.js';
import type { Command, CommandContext } from '../context.js';

const USAGE = `Usage: diglot glossary <subcommand> [--glossary <dir>]

  compile [--out <file>]        inflect every approved and forbidden rendering into <dir>/${FORMS_FILE}
  lint                          duplicates, conflicts, forms both approved and forbidden, review notes
  usage <id>                    units of content/<lang>/*.md that use the entry
  export --format <f> [--out <file>] [--lang <tag>]
                                f: tbx2019 | tbx2008 (every language) | deepl-tsv (to stdout unless --out;
                                deepl-tsv without --lang: one <out>.<lang>.tsv per target language)

The glossary folder defaults to the config's glossaryDir (glossary/).`;

type Sub = (args: string[], dir: string, ctx: CommandContext) => Promise<Outcome>;

const SUBCOMMANDS: Record<string, Sub> = { compile, lint, usage, export: exportCommand };

/** `diglot glossary compile | lint | usage <id> | export --format …`. */
export const glossaryCommand: Command = {
  summary: 'Compile, lint, search and export the terminology glossary',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, strict: false, options: { glossary: { type: 'string' } } });
    const [name] = positionals;
    const sub = name === undefined ? undefined : SUBCOMMANDS[name];
    if (!sub)
      throw new UsageError(
        `Unexpected ${name === undefined ? 'nothing' : `\`${name}\``}, expected a subcommand: ${Object.keys(SUBCOMMANDS)
          .map((s) => `\`${s}\``)
          .join(', ')}`,
      );
    const dir = typeof values.glossary === 'string' ? resolve(ctx.cwd, values.glossary) : ctx.config().glossaryDir;
    const rest = removeGlobal(args.slice(args.indexOf(name as string) + 1));
    return sub(rest, dir, ctx);
  },
};

async function compile(args: string[], dir: string, ctx: CommandContext): Promise<Outcome> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const started = performance.now();
  const glossary = loadGlossary(dir);
  const forms = await compileGlossary(glossary);
  const out = values.out ? resolve(ctx.cwd, values.out) : join(dir, FORMS_FILE);
  writeFileAtomic(out, formatForms(forms));
  let approved = 0;
  let forbidden = 0;
  let review = 0;
  for (const entry of Object.values(forms.entries)) {
    for (const target of Object.values(entry.targets)) {
      approved += Object.keys(target.approved).length;
      forbidden += Object.keys(target.forbidden).length;
      review += target.review?.length ?? 0;
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  ctx.stdout(
    `${relative(ctx.cwd, out) || out}: ${glossary.entries.length} entries, ${approved} approved and ${forbidden} forbidden forms, ${review} to review (${seconds} s)\n`,
  );
  return { errors: 0, warnings: review };
}

async function lint(args: string[], dir: string, ctx: CommandContext): Promise<Outcome> {
  parseArgs({ args, options: {} });
  const { glossary, forms } = await resolveForms(dir);
  const messages = [...lintGlossary(glossary, forms), ...(await lintSpellings(glossary, forms))];
  // The findings through the one reporter (the report, on stdout); the exit code follows from them.
  const reporter = new FindingReporter(ctx.stdout);
  for (const m of messages) {
    const place = relativePlace(m.place, ctx.cwd);
    reporter.report({ ruleId: m.ruleId, severity: m.severity, file: place.file, line: place.line, column: place.column, message: m.message });
  }
  const { errors, warnings } = reporter.counts();
  ctx.stdout(`${glossary.entries.length} entries: ${errors} errors, ${warnings} warnings\n`);
  return outcomeOf(reporter.findings);
}

async function usage(args: string[], dir: string, ctx: CommandContext): Promise<Outcome> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError(`Expected one entry id, not ${positionals.length}`);
  const entryId = positionals[0] as string;
  const { glossary, forms, stale } = await resolveForms(dir);
  if (!glossary.entries.some((e) => e.id === entryId))
    throw new UsageError(`Unexpected entry id \`${entryId}\`, expected an id of the glossary (e.g. \`${glossary.entries[0]?.id ?? 'litvinov'}\`)`);
  if (stale) ctx.stderr(`diglot: ${FORMS_FILE} is missing or stale; compiled in memory (run \`diglot glossary compile\`)\n`);
  const config = ctx.config();
  const uses = findTermUsage({
    root: ctx.cwd,
    documents: [config.sourceLanguage, ...config.targetLanguages].flatMap((lang) => listDocuments(config, lang).map((d) => ({ file: d.file, lang }))),
    sourceLanguage: config.sourceLanguage,
    ...(config.syntax ? { syntax: config.syntax } : {}),
    entryId,
    index: buildTermIndex(forms),
  });
  for (const u of uses) ctx.stdout(`${u.file}:${u.line}:${u.column}  ${u.unitId}  ${u.status.padEnd(9)}  ${u.text}\n`);
  const units = new Set(uses.map((u) => `${u.file}#${u.unitId}`)).size;
  ctx.stdout(`${entryId}: ${uses.length} uses in ${units} units\n`);
  return { errors: 0, warnings: 0 };
}

async function exportCommand(args: string[], dir: string, ctx: CommandContext): Promise<Outcome> {
  const { values } = parseArgs({ args, options: { format: { type: 'string' }, out: { type: 'string' }, lang: { type: 'string' } } });
  const glossary = loadGlossary(dir);
  const format = values.format;
  let text: string;
  if (format === 'tbx2019') text = exportTbx2019(glossary);
  else if (format === 'tbx2008') text = exportTbx2008(glossary);
  else if (format === 'deepl-tsv') {
    const langs = values.lang ? [values.lang] : [...new Set(glossary.entries.flatMap((e) => Object.keys(e.targets)))].sort();
    if (langs.length > 1) return exportDeeplPerLanguage(glossary, langs, values.out, ctx);
    text = exportDeeplTsv(glossary, langs[0] ?? 'ru');
  } else
    throw new UsageError(
      `Unexpected format ${format === undefined ? 'nothing' : `\`${format}\``}, expected \`--format tbx2019\`, \`tbx2008\` or \`deepl-tsv\``,
    );
  if (values.out) {
    const out = resolve(ctx.cwd, values.out);
    writeFileAtomic(out, text);
    ctx.stdout(`${relative(ctx.cwd, out) || out}: ${glossary.entries.length} entries (${format})\n`);
  } else ctx.stdout(text);
  return { errors: 0, warnings: 0 };
}

/** A DeepL glossary is one language pair: one file per target language, `<out>.<lang>.tsv`. */
function exportDeeplPerLanguage(glossary: ReturnType<typeof loadGlossary>, langs: string[], out: string | undefined, ctx: CommandContext): Outcome {
  if (!out)
    throw new UsageError(
      `Unexpected \`--format deepl-tsv\` to stdout for ${langs.length} languages (${langs.join(', ')}), expected \`--lang <tag>\` or \`--out <file>\` (one file per language)`,
    );
  const base = resolve(ctx.cwd, out).replace(/\.tsv$/, '');
  for (const lang of langs) {
    const file = `${base}.${lang}.tsv`;
    const text = exportDeeplTsv(glossary, lang);
    writeFileAtomic(file, text);
    ctx.stdout(`${relative(ctx.cwd, file) || file}: ${text.split('\n').filter(Boolean).length} terms (deepl-tsv, en → ${lang})\n`);
  }
  return { errors: 0, warnings: 0 };
}

function removeGlobal(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--glossary') i++;
    else if (!arg.startsWith('--glossary=')) out.push(arg);
  }
  return out;
}

function relativePlace<T extends { file: string }>(place: T, cwd: string): T {
  return { ...place, file: relative(cwd, place.file) || place.file };
}
