import { parseArgs } from 'node:util';
import { DocumentMemos } from '../../pair/document-memos.js';
import { checkPair } from '../../check/check-pair.js';
import { glossaryHash } from '../../check/glossary-hash.js';
import { loadCheckResources } from '../../check/load-check-resources.js';
import { resolveSeverities } from '../../check/rule-severities.js';
import { collectDiffs } from '../../review/collect-diffs.js';
import type { CheckDocuments } from '../../review/diff-document.js';
import { formatHtml } from '../../review/format-html.js';
import { formatJson } from '../../review/format-json.js';
import { formatMarkdown } from '../../review/format-markdown.js';
import { formatPr } from '../../review/format-pr.js';
import { formatText } from '../../review/format-text.js';
import { gitRoot } from '../../review/read-git-file.js';
import { projectMemory } from '../../update/project-memory.js';
import type { Command } from '../context.js';
import { FindingReporter } from '../../report/finding-reporter.js';
import { reportCacheWarnings } from '../cache-findings.js';
import { findingOfError } from '../error-finding.js';
import { outcomeOf } from '../exit-code.js';
import { expectOneOf } from '../expect-one-of.js';
import { withTargetLanguage } from '../target-language.js';

const FORMATS = { text: formatText, markdown: formatMarkdown, html: formatHtml, json: formatJson, pr: formatPr } as const;

const USAGE = `Usage: diglot diff [--from <git-ref>] [--to <git-ref>] [--format text|markdown|html|json|pr] [--report-url <url>] [--lang <target>] [--no-cache] [<file|slug> …]

Unit-level review of content changes between two versions (default: HEAD against the working
tree; with no files, every content/<source>/*.md). Per English unit: added, removed, edited,
moved, split, merged or unchanged, a word diff, the current translation, whether it is stale
and the check findings on it; then the changed translation units with their new findings, and
the changed code blocks with a line diff. A document pair that is the same in both versions is
listed as unchanged without further work; the others reuse what check, build and earlier diffs
remembered in .diglot-cache/memo/ (--no-cache: remember nothing).
Older versions are read through git; nothing is checked out. Before the first commit every
document is shown as added. A document that cannot be read (binary, not UTF-8, a bad lock) is
reported on stderr with its path and the others are shown; the exit code is then 1.
--format pr: one Markdown document for a pull-request comment or a job summary (a hidden
<!-- diglot-review --> marker, under GitHub's 65,536-character limit; --report-url: where the
full HTML review is, linked from the comment).`;

/** `diglot diff [--from ref] [--to ref] [--format …] [files…]`. */
export const diffCommand: Command = {
  summary: 'Review content changes unit by unit (word diff, stale translations, findings)',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        format: { type: 'string', default: 'text' },
        lang: { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        'report-url': { type: 'string' },
      },
    });
    const format = expectOneOf('format', values.format, Object.keys(FORMATS) as Array<keyof typeof FORMATS>);
    const config = withTargetLanguage(ctx.config(), values.lang); // --lang: that target language only
    const root = await gitRoot(ctx.cwd);
    let resources: Awaited<ReturnType<typeof loadCheckResources>>;
    try {
      resources = await loadCheckResources({ glossaryDir: config.glossaryDir });
    } catch {
      resources = await loadCheckResources({ glossaryDir: undefined }); // an invalid glossary is `diglot check`'s to report
    }
    const { terms, align } = resources;
    const glossary = terms ? glossaryHash(config.glossaryDir) : 'none';
    const memos = new DocumentMemos(values['no-cache'] ? undefined : config.root);
    const severities = resolveSeverities(config.rules, config.file);
    const check: CheckDocuments = (source, target, pair) => checkPair(source, target, { severities, terms, align, memos: pair, glossary }).messages;
    // Every finding through the one reporter; the exit code follows from them.
    const reporter = new FindingReporter(ctx.stderr);
    const diffs = await collectDiffs(config, {
      root,
      onProblem: (error) => reporter.report(findingOfError(error, 'document-failed', { severity: 'error' })),
      onNote: (note) => reporter.report({ ruleId: 'diff-note', severity: 'info', message: note.charAt(0).toUpperCase() + note.slice(1) }),
      from: values.from,
      to: values.to,
      files: positionals,
      check,
      align,
      memos,
      suggest: (lang) => {
        let memory: ReturnType<typeof projectMemory> | undefined;
        return (text) => {
          memory ??= projectMemory(config, lang);
          const match = memory.lookup(text);
          return match && { score: match.score, source: match.source, target: match.target, origin: match.origin };
        };
      },
    });
    memos.save();
    reportCacheWarnings(reporter);
    ctx.stdout(format === 'pr' ? formatPr(diffs, { reportUrl: values['report-url'] }) : FORMATS[format](diffs));
    const findings = diffs.flatMap((d) => d.sourceChanges.flatMap((c) => c.findings));
    // A document that could not be diffed is an error of the run (exit 1); the others were shown.
    // The new check findings are shown in the review itself and count as warnings.
    const outcome = outcomeOf(reporter.findings);
    return { ...outcome, warnings: outcome.warnings + findings.filter((f) => f.new).length };
  },
};
