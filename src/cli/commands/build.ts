import { relative } from 'node:path';
import { UsageError } from '../../errors.js';
import { buildSite } from '../../edition/build-site.js';
import { buildLockPath } from '../../util/lock-paths.js';
import { FindingReporter } from '../../report/finding-reporter.js';
import { reportCacheWarnings } from '../cache-findings.js';
import { buildUnderLock } from '../build-under-lock.js';
import type { Command } from '../context.js';
import { findingOfError } from '../error-finding.js';
import { outcomeOf } from '../exit-code.js';
import { reportI18nProblems } from '../i18n-findings.js';
import { withTargetLanguage } from '../target-language.js';

const USAGE = `Usage: diglot build [--out <dir>] [--no-cache] [--only <slug>] [--lang <target>]

Build every article of the content folder into the output folder (default: outputDir, dist/):
  <lang>/<slug>.html, <lang>/<slug>.md   each language edition and its Markdown
  <slug>.parallel.html                    the parallel edition (English left, translation right)
  <slug>.parallel-all.html                with two or more targets: the source beside all of them
  <slug>.<src>-<tgt>.tmx                  aligned sentence pairs (TMX 1.4)
  diglot.css                              the one stylesheet (screen and print)
  status.html, status.json                translated / out of date / incomplete / missing per
                                          document and language (docs/build.md)

Options:
  --out <dir>     output folder
  --no-cache      build every article from its sources; neither read nor write .diglot-cache/
  --only <slug>   build one article
  --lang <target> build the source edition and that target language's only`;

/** `diglot build`: the monolingual and parallel editions, Markdown copies and TMX. */
export const buildCommand: Command = {
  summary: 'Build the English, Russian and parallel editions (HTML), Markdown copies and TMX',
  usage: USAGE,
  async run(args, ctx) {
    const options: { outDir?: string; cache: boolean; only?: string; lang?: string } = { cache: true };
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      const value = (): string => {
        const v = args[++i];
        if (v === undefined || v.startsWith('--')) throw new UsageError(`Expected a value after \`${arg}\``);
        return v;
      };
      if (arg === '--out') options.outDir = value();
      else if (arg.startsWith('--out=')) options.outDir = arg.slice(6);
      else if (arg === '--no-cache') options.cache = false;
      else if (arg === '--only') options.only = value();
      else if (arg.startsWith('--only=')) options.only = arg.slice(7);
      else if (arg === '--lang') options.lang = value();
      else if (arg.startsWith('--lang=')) options.lang = arg.slice(7);
      else throw new UsageError(`Unexpected \`${arg}\`, expected \`--out <dir>\`, \`--no-cache\`, \`--only <slug>\` or \`--lang <target>\``);
    }
    const config = withTargetLanguage(ctx.config(), options.lang);
    const outDir = options.outDir === undefined ? undefined : options.outDir.startsWith('/') ? options.outDir : `${ctx.cwd}/${options.outDir}`;
    const build = (cache = options.cache): ReturnType<typeof buildSite> =>
      buildSite(config, { outDir, cache, only: options.only, log: (line) => ctx.stdout(`${line}\n`) });
    // The cache (entries, blobs, the sweep) and the output are one build's at a time: see docs/concurrency.md.
    const lockFile = buildLockPath(config);
    const report = options.cache
      ? await buildUnderLock(
          config.root,
          lockFile,
          { command: `build${args.length ? ` ${args.join(' ')}` : ''}`, name: relative(ctx.cwd, lockFile) || lockFile, note: ctx.stderr },
          build,
        )
      : await build();
    // Every finding through the one reporter; the exit code follows from them.
    const reporter = new FindingReporter(ctx.stderr);
    reportI18nProblems(reporter, report.problems);
    reportCacheWarnings(reporter, report.cacheWarnings);
    for (const error of report.errors) reporter.report(findingOfError(error, error.ruleId ?? 'build-failed', { severity: 'error' }));
    for (const finding of report.findings) reporter.report(finding);
    ctx.stdout(
      `wrote ${report.written.length} of ${report.files.length} files to ${outDir ?? config.outputDir} (the others were up to date)${report.errors.length ? `; ${report.errors.length} file${report.errors.length === 1 ? '' : 's'} refused or unreadable` : ''}\n`,
    );
    return outcomeOf(reporter.findings);
  },
};
