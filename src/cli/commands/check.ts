import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CheckCache, checkCacheDir } from '../../check/check-cache.js';
import { checkFilesCached, type CheckResources } from '../../check/check-files-cached.js';
import { glossaryHash } from '../../check/glossary-hash.js';
import type { AlignUnits } from '../../check/pair-units.js';
import { resolveFileSet } from '../../check/resolve-file-set.js';
import { resolveSeverities } from '../../check/rule-severities.js';
import type { TermLookup } from '../../check/term-lookup.js';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../check/translate.js';
import { InputError } from '../../errors.js';
import { formatReport } from '../../report/format-report.js';
import { REPORT_FORMATS, type ReportFormat } from '../../report/report-types.js';
import type { Command } from '../context.js';
import { expectOneOf } from '../expect-one-of.js';

const USAGE = `Usage: diglot check [files…] [--format text|json|sarif] [--frail] [--lang en|ru] [--glossary <dir>|none]

Checks translations against their English originals: terminology (glossary), numbers and
dates, markup, untranslated or missing units, Russian typography, mixed scripts.
With no files: every content/<source>/*.md and its counterpart in each target language.
A file is paired through its language folder (…/ru/x.md ↔ …/en/x.md).
Severities: \`rules:\` in diglot.config.yaml (off | warn | error); see docs/rules.md.
Results are cached in .diglot-cache/check/ (only changed pairs are checked again); --no-cache
neither reads nor writes it.
Exit codes: 0 clean, 1 a finding at error level (or a warning with --frail), 2 usage or input error.`;

/** `diglot check [files…] [--format text|json|sarif] [--frail] [--lang en|ru] [--glossary <dir>|none] [--no-cache]`. */
export const checkCommand: Command = {
  summary: 'Check translations: terminology, numbers, markup, typography (gates a pull request)',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, frail: { type: 'boolean', default: false }, lang: { type: 'string', default: 'en' }, glossary: { type: 'string' }, 'no-cache': { type: 'boolean', default: false } },
    });
    const format: ReportFormat = expectOneOf('format', values.format, REPORT_FORMATS);
    const lang: ReportLanguage = expectOneOf('language', values.lang, REPORT_LANGUAGES);
    const config = ctx.config();
    const severities = resolveSeverities(config.rules, config.file);
    const pairs = resolveFileSet(positionals, config, ctx.cwd);
    const cache = new CheckCache(values['no-cache'] ? undefined : checkCacheDir(config.root));
    const glossaryDir = values.glossary === 'none' ? undefined : resolve(ctx.cwd, values.glossary ?? config.glossaryDir);
    // The glossary and the aligner are loaded on the first pair not in the cache; the morphology
    // dictionaries only when a unit to check holds a numeral and a word (numeral-agreement.ts).
    const prepare = async (): Promise<CheckResources> => {
      const terms = await loadTerms(values.glossary, config.glossaryDir, ctx.cwd);
      return { terms, align: await aligner(terms) };
    };
    if (pairs.length === 0) await prepare(); // an invalid glossary is still an input error
    const { files, stats } = await checkFilesCached(pairs, { severities, lang, name: (p) => relative(ctx.cwd, p) || p, cache, glossary: glossaryHash(glossaryDir), prepare, memoRoot: values['no-cache'] ? undefined : config.root });
    if (positionals.length === 0) cache.prune();
    ctx.stdout(formatReport(files, format, { lang, cwd: ctx.cwd }));
    if (format === 'text' && !values['no-cache'] && stats.pairs > 0) ctx.stderr(`diglot: checked ${stats.checked} of ${stats.pairs} pairs, ${stats.cached} from cache\n`);
    const messages = files.flatMap((f) => f.messages);
    const errors = messages.filter((m) => m.fatal === true).length;
    return { errors, warnings: messages.length - errors, frail: values.frail };
  },
};

async function loadTerms(option: string | undefined, defaultDir: string, cwd: string): Promise<TermLookup | undefined> {
  if (option === 'none') return undefined;
  const { loadTermLookup } = await import('../../check/term-lookup.js');
  if (option === undefined) return loadTermLookup(defaultDir);
  const dir = resolve(cwd, option);
  const terms = await loadTermLookup(dir);
  if (!terms) throw new InputError('Cannot check terms without glossary files', { file: option }, { expected: 'a folder of *.yaml glossary files', actual: 'no glossary entries' });
  return terms;
}

/** The block aligner of src/align, with glossary terms as anchors. */
async function aligner(terms: TermLookup | undefined): Promise<AlignUnits> {
  const [{ alignDocuments }, { termAnchors }] = await Promise.all([import('../../align/align-documents.js'), import('../../glossary/term-anchors.js')]);
  const anchors = terms ? termAnchors(terms.forms, terms.index, (text, lang) => terms.target(text, lang)) : undefined;
  const identity = anchors?.identity ?? 'no glossary';
  return (en, ru, memos) => alignDocuments(en, ru, { ...(anchors ? { findTerms: anchors.find } : {}), ...(memos ? { memo: { identity, get: (k) => memos.alignment.get(k), set: (k, v) => memos.alignment.set(k, v), sentences: memos.sentences } } : {}) });
}
