import { existsSync, readdirSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CheckCache, checkCacheDir } from '../../check/check-cache.js';
import { checkFilesCached } from '../../check/check-files-cached.js';
import { projectLockedPairs } from '../../lock/project-locked-pairs.js';
import { glossaryHash } from '../../check/glossary-hash.js';
import { expectGlossaryFolder, loadCheckResources, type ResourceSettings } from '../../check/load-check-resources.js';
import { resolveFileSet } from '../../check/resolve-file-set.js';
import { hasSpellingDictionary } from '../../spelling/load-spelling-dictionary.js';
import { resolveSeverities } from '../../check/rule-severities.js';
import type { Jobs } from '../../check/thread-count.js';
import { REPORT_LANGUAGES, type ReportLanguage } from '../../check/translate.js';
import { UsageError } from '../../errors.js';
import { ciReportOptions } from '../../report/ci-report-options.js';
import { formatReport } from '../../report/format-report.js';
import { REPORT_FORMATS, type ReportFormat } from '../../report/report-types.js';
import type { DiglotConfig } from '../../config/load-config.js';
import type { FindingFields } from '../../report/command-finding.js';
import { FindingReporter } from '../../report/finding-reporter.js';
import { reportCacheWarnings } from '../cache-findings.js';
import type { Command, CommandContext } from '../context.js';
import { outcomeOf } from '../exit-code.js';
import { expectOneOf } from '../expect-one-of.js';
import { expectTargetLanguage } from '../target-language.js';
import { profileOf } from '../../language/language-profile.js';
import type { FilePair } from '../../check/resolve-file-set.js';

const USAGE = `Usage: diglot check [files…] [--format text|json|sarif|github|gitlab] [--frail] [--lang <target>] [--report-lang en|ru] [--glossary <dir>|none] [--no-cache] [--jobs <n>|auto] [--stats]

Checks translations against their English originals: terminology (glossary), numbers and
dates, markup, untranslated or missing units, typography of each target language, mixed scripts.
With no files: every content/<source>/*.md and its counterpart in each target language
(none found is an input error: a gate that checks nothing does not pass).
--lang <target>: only that target language (one of targetLanguages); --report-lang: the
language of the report's messages.
A file is paired through its language folder (…/ru/x.md ↔ …/en/x.md).
--glossary <dir> must hold *.yaml glossary files; --glossary none checks without a glossary.
Severities: \`rules:\` in diglot.config.yaml (off | warn | error); see docs/rules.md.
Results are cached in .diglot-cache/check/ (only changed pairs are checked again); --no-cache
neither reads nor writes it.
--jobs <n>|auto: threads that check the pairs not in the cache. 1: the main thread alone;
n ≥ 2: n worker threads (at most one per core), each loading the engine and glossary again.
auto (default): 2 workers only when about 7 MB of documents or more are to be checked (a cold
run of a large project); below that, starting them costs more than it saves. The report is the
same either way (docs/check.md).
--stats: one line on stderr, \`diglot: stats {…}\` (JSON): pairs checked and from cache, source
documents read and segmented (once each, however many targets), and per target language the
unit pairs checked and those checked again, not remembered (docs/performance.md).
--format github prints GitHub Actions annotations, gitlab a GitLab Code Quality report, sarif
a SARIF 2.1.0 report for code scanning; their paths are relative to the repository root.
Exit codes: 0 clean, 1 a finding at error level (or a warning with --frail), 2 usage or input error.`;

/** `diglot check [files…] [--format text|json|sarif|github|gitlab] [--frail] [--lang <target>] [--report-lang en|ru] [--glossary <dir>|none] [--no-cache] [--jobs <n>|auto] [--stats]`. */
export const checkCommand: Command = {
  summary: 'Check translations: terminology, numbers, markup, typography (gates a pull request)',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        frail: { type: 'boolean', default: false },
        lang: { type: 'string' },
        'report-lang': { type: 'string', default: 'en' },
        glossary: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        jobs: { type: 'string', default: 'auto' },
        stats: { type: 'boolean', default: false },
      },
    });
    const format: ReportFormat = expectOneOf('format', values.format, REPORT_FORMATS);
    const lang: ReportLanguage = expectOneOf('report language', values['report-lang'], REPORT_LANGUAGES);
    const jobs = expectJobs(values.jobs);
    const config = ctx.config();
    const target = expectTargetLanguage(values.lang, config);
    const severities = resolveSeverities(config.rules, config.file);
    const pairs = onlyTarget(resolveFileSet(positionals, config, ctx.cwd), target);
    // The run's own findings (not the checked files') go to stderr through the one reporter.
    const reporter = new FindingReporter(ctx.stderr);
    for (const note of profileNotes(pairs, severities.spelling !== 'off')) reporter.report(note);
    const cache = new CheckCache(values['no-cache'] ? undefined : checkCacheDir(config.root));
    const glossaryDir = glossaryFolder(values.glossary, config, ctx, reporter);
    // The glossary and the aligner are loaded on the first pair not in the cache (by each thread
    // that checks pairs); the morphology dictionaries only when a unit to check holds a numeral
    // and a word (numeral-agreement.ts).
    const resources: ResourceSettings = { glossaryDir, glossaryOption: values.glossary === 'none' ? undefined : values.glossary };
    if (pairs.length === 0) await loadCheckResources(resources); // an invalid glossary is still an input error
    const { files, stats } = await checkFilesCached(pairs, {
      severities,
      lang,
      name: (p) => relative(ctx.cwd, p) || p,
      cache,
      glossary: glossaryHash(glossaryDir),
      resources,
      root: config.root,
      memoRoot: values['no-cache'] ? undefined : config.root,
      jobs,
      syntax: config.syntax,
      lockedPairs: (pair) => projectLockedPairs(config, pair.source, pair.targetLang),
    });
    if (positionals.length === 0) cache.prune();
    ctx.stdout(formatReport(files, format, { lang, cwd: ctx.cwd, ...ciReportOptions(pairs, config, target, (p) => relative(ctx.cwd, p) || p) }));
    // Nothing is lost when a worker thread stops, but it should not go unnoticed.
    reportCacheWarnings(reporter);
    if (stats.rechecked > 0)
      reporter.report({
        ruleId: 'worker-stopped',
        severity: 'info',
        message: `A worker thread stopped; the ${stats.rechecked} pair${stats.rechecked === 1 ? '' : 's'} it had not reported ${stats.rechecked === 1 ? 'was' : 'were'} checked in the main thread`,
      });
    if (format === 'text' && !values['no-cache'] && stats.pairs > 0)
      ctx.stderr(`diglot: checked ${stats.checked} of ${stats.pairs} pairs, ${stats.cached} from cache\n`);
    if (values.stats) ctx.stderr(`diglot: stats ${JSON.stringify(stats)}\n`);
    // A check message without severity counts as a warning, as the report counts it.
    const messages = files.flatMap((f) => f.messages).map((m) => ({ fatal: m.fatal === true }));
    return outcomeOf([...messages, ...reporter.findings], values.frail);
  },
};

/**
 * The glossary folder to check against, or undefined for none. `--glossary <dir>` must be a
 * folder of glossary files; `--glossary none` says to check without one. Without the option,
 * the config's `glossaryDir` (which, when the config names it, was checked to exist on loading);
 * without glossary files there the run says on stderr that terms were not checked.
 */
function glossaryFolder(option: string | undefined, config: DiglotConfig, ctx: CommandContext, reporter: FindingReporter): string | undefined {
  if (option === 'none') return undefined;
  if (option !== undefined) {
    const dir = resolve(ctx.cwd, option);
    expectGlossaryFolder(option, dir);
    return dir;
  }
  const dir = config.glossaryDir;
  if (!existsSync(dir) || !statSync(dir).isDirectory() || !readdirSync(dir).some((f) => /\.ya?ml$/.test(f))) {
    const shown = relative(ctx.cwd, dir) || dir;
    reporter.report({
      ruleId: 'glossary-missing',
      severity: 'info',
      message: `No glossary files in \`${shown}\`: terms are not checked (set \`glossaryDir\` in diglot.config.yaml, or say \`--glossary none\`)`,
      expected: 'glossary files (*.yaml)',
      actual: 'none',
    });
  }
  return config.glossaryDir;
}

/**
 * The value of `--jobs`: `auto` or a positive integer.
 *
 * @throws UsageError "Unexpected jobs `0`, expected a positive number of threads or `auto`"
 * @example expectJobs('2') // 2
 */
export function expectJobs(value: string | undefined): Jobs {
  if (value === 'auto') return 'auto';
  if (value !== undefined && /^[1-9][0-9]{0,3}$/.test(value)) return Number(value);
  throw new UsageError(`Unexpected jobs ${value === undefined ? 'nothing' : `\`${value}\``}, expected a positive number of threads or \`auto\``);
}

/**
 * The pairs of one target language (all without `--lang`); none left is a usage error, since a
 * gate that checks nothing must not pass.
 *
 * @throws UsageError "Unexpected --lang `de` for the files named, expected a file of `de` or none"
 */
function onlyTarget(pairs: FilePair[], target: string | undefined): FilePair[] {
  if (target === undefined) return pairs;
  const kept = pairs.filter((p) => p.targetLang === target);
  if (kept.length === 0 && pairs.length > 0)
    throw new UsageError(`Unexpected --lang \`${target}\` for the files named, expected a file of \`${target}\` (or its source) or no --lang`);
  return kept;
}

/** One `profile-incomplete` note per target language whose profile lacks checks (src/language/language-profile.ts), or that has no spelling dictionary. */
function profileNotes(pairs: readonly FilePair[], spelling: boolean): FindingFields[] {
  const languages = [...new Set(pairs.map((p) => p.targetLang))];
  return languages.flatMap((tag) => {
    const { name, lacks } = profileOf(tag);
    const missing = spelling && !hasSpellingDictionary(tag) ? [`spelling (no \`dictionary-${tag.toLowerCase().split('-')[0]}\` package)`] : [];
    const all = [...lacks, ...missing];
    return all.length
      ? [
          {
            ruleId: 'profile-incomplete',
            severity: 'info' as const,
            lang: tag,
            message: `No language profile data for \`${tag}\` (${name}): ${all.join(', ')} not checked`,
          },
        ]
      : [];
  });
}
