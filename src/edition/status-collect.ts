import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DocumentMemos } from '../pair/document-memos.js';
import type { FilePair } from '../check/resolve-file-set.js';
import type { DiglotConfig } from '../config/load-config.js';
import { documentFile } from '../content/content-paths.js';
import { previousUnits } from '../lock/previous-units.js';
import { readLock } from '../lock/read-lock.js';
import { readRemembered } from '../lock/read-remembered.js';
import type { Lock } from '../lock/types.js';
import { gitRoot, hasCommits } from '../review/read-git-file.js';
import { readDocument } from '../util/read-document.js';
import { outputNames } from './find-articles.js';
import type { TermFinder } from './load-term-finder.js';
import { staleSinceGit } from './stale-since-git.js';
import { staleSinceLock } from './stale-since-lock.js';
import { countErrors } from './status-findings.js';
import { pairCounts } from './status-pair-counts.js';
import { sourceLink } from './status-source-link.js';
import type { DocumentStatus, LanguageStatus, LanguageTotals, ProjectStatus } from './status-types.js';

/** Options of {@link collectStatus}. */
export interface CollectStatusOptions {
  /** False: neither read nor write `.diglot-cache/` (memos, check results). */
  useCache: boolean;
  /** The glossary's term finder, as the pages align with it (without: no glossary anchors). */
  terms?: () => Promise<TermFinder | undefined>;
}

/**
 * The translation status of every document in every target language: missing, stale (how many
 * English units, since which commit or lock date), partial (units with no translation) or
 * translated, and the findings at error level of `diglot check`. Staleness is the lock's
 * (`lockStatus`); a document without a lock has nothing stale. Dates come from git when the
 * project is in a repository with history (`staleSinceGit`), else from the lock: the days its
 * stale pairs were recorded, the lock file's day for pairs without one (`staleSinceLock`).
 *
 * @param config the project configuration
 * @param slugs the documents (from `findArticles`)
 * @example (await collectStatus(config, ['a'], { useCache: true })).totals[0]?.stale // 1
 */
export async function collectStatus(config: DiglotConfig, slugs: readonly string[], options: CollectStatusOptions): Promise<ProjectStatus> {
  const repository = await repositoryOf(config.root);
  const memos = new DocumentMemos(options.useCache ? config.root : undefined);
  const pairs: FilePair[] = slugs.flatMap((slug) =>
    config.targetLanguages.map((lang) => ({
      source: documentFile(config, config.sourceLanguage, slug),
      target: documentFile(config, lang, slug),
      sourceLang: config.sourceLanguage,
      targetLang: lang,
    })),
  );
  const findings = await countErrors(config, pairs, options.useCache);
  const documents: DocumentStatus[] = [];
  const terms = await options.terms?.();
  for (const slug of slugs)
    documents.push(await documentStatus(config, slug, { memos, repository, terms, errors: findings.problem ? undefined : findings.errors }));
  memos.save();
  return {
    sourceLanguage: config.sourceLanguage,
    targetLanguages: [...config.targetLanguages],
    documents,
    totals: config.targetLanguages.map((lang) => totalsOf(lang, documents, findings.problem === undefined)),
    ...(findings.problem ? { checkProblem: findings.problem } : {}),
  };
}

/** The repository holding the project, when it is in git with at least one commit. */
async function repositoryOf(root: string): Promise<string | undefined> {
  try {
    const top = await gitRoot(root);
    return (await hasCommits(top)) ? top : undefined;
  } catch {
    return undefined;
  }
}

interface DocumentContext {
  memos: DocumentMemos;
  repository: string | undefined;
  terms: TermFinder | undefined;
  errors: Map<string, number> | undefined;
}

async function documentStatus(config: DiglotConfig, slug: string, ctx: DocumentContext): Promise<DocumentStatus> {
  const sourceFile = documentFile(config, config.sourceLanguage, slug);
  const name = (file: string): string => relative(config.root, file).split('\\').join('/');
  const copy = `${config.sourceLanguage}/${slug}.md`;
  const status: DocumentStatus = {
    slug,
    source: name(sourceFile),
    sourceHref: sourceLink({ repositoryUrl: config.repositoryUrl, repositoryRoot: ctx.repository ?? config.root, file: sourceFile, copy }),
    sourcePage: `${config.sourceLanguage}/${slug}.html`,
    languages: [],
  };
  const lockFile = join(config.contentDir, `${slug}.lock.json`);
  let lock: Lock | undefined;
  try {
    lock = readLock(lockFile);
  } catch {
    // An unreadable lock is reported by check and lock; here nothing can be stale without it.
    lock = undefined;
  }
  let source: ReturnType<typeof readRemembered>;
  let current: string;
  try {
    source = readRemembered(sourceFile, config.sourceLanguage, { cwd: config.root, memos: ctx.memos, previous: lock ? previousUnits(lock) : undefined });
    current = readDocument(sourceFile, name(sourceFile), { roots: [config.root] });
  } catch (error) {
    // The build reports the document as not built; the status says so instead of guessing.
    status.error = error instanceof Error ? error.message : String(error);
    return status;
  }
  for (const [index, lang] of config.targetLanguages.entries()) {
    const file = documentFile(config, lang, slug);
    const base: Pick<LanguageStatus, 'lang' | 'file' | 'stalePaths'> & { errors?: number } = { lang, file: name(file), stalePaths: [] };
    const errors = ctx.errors?.get(name(file));
    if (errors !== undefined) base.errors = errors;
    if (!existsSync(file)) {
      status.languages.push({
        ...base,
        state: 'missing',
        locked: (lock?.targets[lang]?.pairs.length ?? 0) > 0,
        units: source.doc.units.length,
        staleUnits: 0,
        untranslatedUnits: source.doc.units.length,
      });
      continue;
    }
    let counts: ReturnType<typeof pairCounts>;
    try {
      // Aligned as the pages are (the same glossary anchors), so the memo entries are the build's.
      const memo = { blocks: ctx.memos.alignment(sourceFile, file), sentences: ctx.memos.sentenceAlignment(sourceFile, file) };
      counts = pairCounts(lock, source.doc, readRemembered(file, lang, { cwd: config.root, memos: ctx.memos }).doc, lang, memo, ctx.terms?.anchors);
    } catch (error) {
      status.languages.push({
        ...base,
        state: 'unreadable',
        locked: false,
        units: source.doc.units.length,
        staleUnits: 0,
        untranslatedUnits: 0,
        problem: error instanceof Error ? error.message : String(error),
      });
      continue;
    }
    const entry: LanguageStatus = {
      ...base,
      state: counts.staleUnits > 0 ? 'stale' : counts.untranslatedUnits > 0 ? 'partial' : 'translated',
      locked: counts.locked,
      units: counts.units,
      staleUnits: counts.staleUnits,
      untranslatedUnits: counts.untranslatedUnits,
      page: `${lang}/${slug}.html`,
      parallel: outputNames(slug, config.sourceLanguage, lang, index).parallel,
      stalePaths: counts.stalePaths,
    };
    if (counts.staleUnits > 0) {
      const since =
        (ctx.repository
          ? await staleSinceGit({
              root: ctx.repository,
              file: sourceFile,
              current,
              lang: config.sourceLanguage,
              syntax: config.syntax,
              stalePairs: counts.stalePairs,
            })
          : undefined) ?? staleSinceLock(lockFile, counts.stalePairs);
      if (since) entry.since = since;
    }
    status.languages.push(entry);
  }
  return status;
}

function totalsOf(lang: string, documents: readonly DocumentStatus[], checked: boolean): LanguageTotals {
  const entries = documents.flatMap((d) => d.languages.filter((l) => l.lang === lang));
  const count = (state: LanguageStatus['state']): number => entries.filter((e) => e.state === state).length;
  const totals: LanguageTotals = {
    lang,
    documents: entries.length,
    translated: count('translated'),
    stale: count('stale'),
    partial: count('partial'),
    missing: count('missing'),
    unreadable: count('unreadable'),
    staleUnits: entries.reduce((n, e) => n + e.staleUnits, 0),
    untranslatedUnits: entries.reduce((n, e) => n + e.untranslatedUnits, 0),
  };
  if (checked) totals.errors = entries.reduce((n, e) => n + (e.errors ?? 0), 0);
  return totals;
}
