import { join, relative } from 'node:path';
import { cacheFolderProblem } from '../cache/cache-file.js';
import { takeCacheWarnings, warnCache } from '../cache/cache-warnings.js';
import type { DiglotConfig } from '../config/load-config.js';
import { InputError, UsageError } from '../errors.js';
import type { Messages } from '../i18n/create-messages.js';
import type { I18nProblem } from '../i18n/i18n-error-code.js';
import type { FindingFields } from '../report/command-finding.js';
import { articleKey, buildInputsHash, imagesHash } from './article-key.js';
import { readAsset, STYLESHEET_NAME } from './assets.js';
import { BlobStore, sha256Of } from './blob-store.js';
import type { ArticleBuild, ArticleContext } from './build-article.js';
import { documentEntryFile, readDocumentEntry, writeDocumentEntry, type DocumentEntry } from './document-cache.js';
import { findArticles } from './find-articles.js';
import { restore, safePage, syncFile } from './output-files.js';
import { takeSanitizedPages } from './sanitized-pages.js';
import { documentFile } from '../content/content-paths.js';
import type { TermFinder } from './load-term-finder.js';
import { outputFolder } from './output-folder.js';
import { CACHE_DIR } from '../cache/cache-dir.js';
import { hashOf } from '../util/hash-of.js';
import type { ArticleNotices } from './status-notices.js';

/** Options of {@link buildSite}. */
export interface BuildOptions {
  /** Output folder (default: the config's `outputDir`). */
  outDir?: string | undefined;
  /** False: neither read nor write `.diglot-cache/`. */
  cache?: boolean;
  /** Build only this article. */
  only?: string | undefined;
  /** Progress lines (one per article). */
  log?: (line: string) => void;
}

/** One article's line of the report. */
export interface ArticleReport {
  slug: string;
  /** True when the whole article came from the document cache (nothing parsed or rendered). */
  fromCache: boolean;
  /** Output files of the article. */
  files: number;
  /** Rows of the parallel edition, rendered / from the row cache (both 0 when `fromCache`). */
  blocks: number;
  rendered: number;
  cached: number;
  pairs: number;
  warnings: number;
}

/** What a build did. */
export interface BuildReport {
  /** Output files, relative to the output folder, in order, each once. */
  files: string[];
  /** The files among them that were (re)written: missing or different before the build. */
  written: string[];
  articles: ArticleReport[];
  /** Interface-string problems (missing messages…), with stable codes. */
  problems: I18nProblem[];
  /**
   * Files refused or unreadable (`file: message (expected…; found…)`): an article whose Markdown
   * is refused is not built, an image that is refused is left out of its pages; the other
   * articles are built. Such an article is never taken from or stored in the document cache.
   */
  errors: InputError[];
  /**
   * Warnings about the articles' sources, once per document and language (images shown without
   * their file: `image-missing`, `image-outside`), from the build or from the document cache.
   */
  findings: FindingFields[];
  /** Cache problems (an unusable `.diglot-cache`, an edited entry…): the build went on without that part of the cache. */
  cacheWarnings: string[];
}

/**
 * Build every article of the content folder: `<out>/<lang>/<slug>.html` and `.md` for each
 * language, `<out>/<slug>.parallel.html`, `<out>/<slug>.<src>-<tgt>.tmx` (with several target
 * languages also `<out>/<slug>.tmx`, every language in one `<tu>`), `<out>/diglot.css`, and
 * `<out>/status.html` and `status.json` (`buildStatus`: every document's translation status;
 * stale or partial translations get a banner and marked rows, part of each article's key).
 * An article whose inputs are unchanged since a previous build comes from the document cache
 * (`.diglot-cache/<slug>.document.json` and `blobs/`): nothing is parsed, aligned or rendered,
 * and only output files that are missing or different are written.
 *
 * @param config the project configuration
 * @param options output folder, cache, one article only, progress log
 * Files are read safely (`readProjectFile`: nothing that leads outside the project, no devices,
 * a size limit); output files are written without following symbolic links (`writeInside`)
 * into an output folder checked by `outputFolder`. Every HTML page, built now or restored from
 * the cache, is sanitised after assembly (`sanitizePage`): one that needed it is written
 * sanitised, with a warning in `cacheWarnings`.
 *
 * @throws UsageError when the output folder is refused (`outputFolder`) or `--only` names no article
 * @example await buildSite(loadConfig({ cwd: process.cwd() }), { log: console.log })
 */
export async function buildSite(config: DiglotConfig, options: BuildOptions = {}): Promise<BuildReport> {
  const cacheDir = join(config.root, CACHE_DIR);
  const out = outputFolder(config, options.outDir ?? config.outputDir, cacheDir);
  let slugs = findArticles(config);
  const allSlugs = slugs;
  if (options.only !== undefined) {
    if (!slugs.includes(options.only))
      throw new UsageError(
        `Unexpected article \`${options.only}\`, expected one of ${slugs.map((s) => `\`${s}\``).join(', ') || 'the articles in the content folder (none found)'}`,
      );
    slugs = [options.only];
  }
  const report: BuildReport = { files: [], written: [], articles: [], problems: [], errors: [], findings: [], cacheWarnings: [] };
  const problems: I18nProblem[] = [];
  const listed = new Set<string>();
  const list = (name: string): void => void (listed.has(name) || (listed.add(name), report.files.push(name)));
  const put = (name: string, data: string | Uint8Array, sha = sha256Of(data)): void => {
    if (syncFile(out, name, data, sha)) report.written.push(name);
    list(name);
  };
  const cacheProblem = options.cache !== false ? cacheFolderProblem(config.root) : undefined;
  if (cacheProblem) warnCache(cacheProblem);
  const useCache = options.cache !== false && !cacheProblem;
  const blobs = new BlobStore(join(cacheDir, 'blobs'));
  let builder: Promise<Builder> | undefined;
  put(STYLESHEET_NAME, readAsset('diglot.css'));

  const base = useCache ? buildInputsHash(config) : '';
  // The status of every document (status.html, status.json) and the banners and stale rows it puts on pages.
  // One glossary finder for the status and the pages: they align alike and share the memos.
  const [{ buildStatus }, { loadTermFinder }] = await Promise.all([import('./status-build.js'), import('./load-term-finder.js')]);
  let termFinder: Promise<TermFinder | undefined> | undefined;
  const terms = () => (termFinder ??= loadTermFinder(config.glossaryDir));
  const status = await buildStatus(config, allSlugs, useCache, terms);
  const kept = new Set<string>();
  for (const [index, slug] of slugs.entries()) {
    const entryFile = documentEntryFile(config.root, slug);
    const key = useCache ? hashOf(articleKey(base, config, slug), status.notices(slug) ?? null) : '';
    const old = useCache ? readDocumentEntry(entryFile) : undefined;
    const restored =
      old && old.key === key && old.imagesHash === imagesHash(config, old.images, slug) ? restore(old, out, blobs, report, config.root) : undefined;
    if (old && restored !== undefined) {
      for (const o of old.outputs) {
        kept.add(o.sha256);
        list(o.file);
      }
      problems.push(...old.problems);
      report.findings.push(...old.findings);
      report.articles.push({
        slug,
        fromCache: true,
        files: old.outputs.length,
        blocks: old.summary.blocks,
        rendered: 0,
        cached: 0,
        pairs: old.summary.pairs,
        warnings: old.summary.warnings,
      });
      options.log?.(`${slug}: from cache (${old.outputs.length} files${restored ? `, ${restored} restored` : ''})`);
      continue;
    }
    const { build, created } = await (builder ??= loadBuilder(config, useCache, status.notices, terms));
    let built: ArticleBuild;
    try {
      built = await build(slug);
    } catch (error) {
      // One document that cannot be built is an error on it (with its position); the others are built.
      const failed = notBuilt(error, config, slug, index, slugs.length);
      report.errors.push(failed);
      options.log?.(`${slug}: not built (${failed.toString()})`);
      continue;
    }
    const outputs = built.outputs.map(({ file, data }) => {
      const safe = safePage(file, data, useCache ? 'came from the cache' : 'the page template does not produce', out, config.root);
      return { file, data: safe, sha256: sha256Of(safe) };
    });
    for (const o of outputs) put(o.file, o.data, o.sha256);
    const articleProblems = [...created, ...built.problems];
    problems.push(...articleProblems);
    report.errors.push(...built.errors.map((e) => withPosition(e, `document ${index + 1} of ${slugs.length}`)));
    report.findings.push(...built.findings);
    const { summary } = built;
    if (useCache && built.errors.length === 0) {
      for (const o of outputs) kept.add(blobs.put(typeof o.data === 'string' ? Buffer.from(o.data) : o.data, o.sha256));
      const entry: DocumentEntry = {
        key,
        images: built.images,
        imagesHash: imagesHash(config, built.images, slug),
        outputs: outputs.map(({ file, sha256 }) => ({ file, sha256 })),
        summary: { blocks: summary.blocks, pairs: summary.pairs, warnings: summary.warnings },
        problems: articleProblems,
        findings: built.findings,
      };
      writeDocumentEntry(entryFile, entry);
    }
    report.articles.push({ slug, fromCache: false, files: outputs.length, ...summary });
    options.log?.(
      `${slug}: rendered ${summary.rendered} of ${summary.blocks} blocks, ${summary.cached} from cache; pages ${built.pages.rendered} rendered, ${built.pages.cached} from cache; ${summary.pairs} sentence pairs in the TMX${summary.warnings ? `; ${summary.warnings} alignment warnings` : ''}`,
    );
  }
  for (const { file, data } of status.files) put(file, safePage(file, data, 'the page template does not produce', out, config.root));
  problems.push(...status.problems);
  // Not after a failed article: its old entry's blobs may still be wanted next time.
  if (useCache && options.only === undefined && report.errors.length === 0) blobs.sweep(kept);
  const seen = new Set<string>();
  report.problems = problems.filter((p) => !seen.has(JSON.stringify(p)) && !!seen.add(JSON.stringify(p)));
  report.cacheWarnings = takeCacheWarnings();
  for (const message of takeSanitizedPages()) report.findings.push({ ruleId: 'page-sanitized', severity: 'info', message });
  return report;
}

/** An article that could not be built, as an error placed on its source file, naming its position in the build. */
function notBuilt(error: unknown, config: DiglotConfig, slug: string, index: number, total: number): InputError {
  const position = `document ${index + 1} of ${total}`;
  if (error instanceof InputError) return withPosition(error, `${position}; the others were built`);
  const file = relative(config.root, documentFile(config, config.sourceLanguage, slug));
  return new InputError(`Cannot build \`${slug}\` (${position}; the others were built): ${error instanceof Error ? error.message : String(error)}`, { file });
}

/** The error with a note of where in the build it happened. */
function withPosition(error: InputError, note: string): InputError {
  return new InputError(`${error.message} (${note})`, error.place, {
    ...(error.expected ? { expected: error.expected } : {}),
    ...(error.actual ? { actual: error.actual } : {}),
    ...(error.ruleId ? { ruleId: error.ruleId } : {}),
  });
}

/** Builds articles from their sources; `created`: problems met creating the messages (e.g. an unsupported language). */
interface Builder {
  build: (slug: string) => Promise<ArticleBuild>;
  created: I18nProblem[];
}

/**
 * Load the parser, aligner, renderers, interface strings and glossary: only when the first
 * article is not in the document cache, so an all-cached build loads none of them.
 */
async function loadBuilder(
  config: DiglotConfig,
  useCache: boolean,
  notices: (slug: string) => ArticleNotices | undefined,
  terms: () => Promise<TermFinder | undefined>,
): Promise<Builder> {
  const [{ buildArticle }, { createMessages }] = await Promise.all([import('./build-article.js'), import('../i18n/create-messages.js')]);
  const languages = [config.sourceLanguage, ...config.targetLanguages];
  const messages = new Map<string, Messages>(languages.map((l) => [l, createMessages(l)]));
  const created = [...messages.values()].flatMap((m) => m.problems);
  const ctx: ArticleContext = {
    config,
    useCache,
    messages: (lang) => messages.get(lang) ?? (messages.set(lang, createMessages(lang)).get(lang) as Messages),
    terms,
    notices,
  };
  return { build: (slug) => buildArticle(ctx, slug), created };
}
