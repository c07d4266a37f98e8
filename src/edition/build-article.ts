import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { DocumentMemos } from '../pair/document-memos.js';
import type { DiglotConfig } from '../config/load-config.js';
import { catalogues, type Messages } from '../i18n/create-messages.js';
import type { I18nProblem } from '../i18n/i18n-error-code.js';
import type { FindingFields } from '../report/command-finding.js';
import { parseRemembered } from '../markdown/parse-remembered.js';
import { sourceFootnoteKeys } from '../segment/translator-notes.js';
import { InputError } from '../errors.js';
import { projectLockedPairs } from '../lock/project-locked-pairs.js';
import { assetLimit, readProjectFile } from '../util/project-file.js';
import { openDocument } from '../pair/open-document.js';
import { pairAligner, pairSegmented } from '../pair/open-pair.js';
import type { AlignmentResult } from '../align/types.js';
import { TOOL_VERSION, type ImageUse } from './article-key.js';
import { STYLESHEET_NAME } from './assets.js';
import { outputNames, upFrom } from './find-articles.js';
import { documentFile } from '../content/content-paths.js';
import { hashOf } from '../util/hash-of.js';
import { imageFindings } from './image-findings.js';
import { imageLocator, type ImageLocator } from './image-locator.js';
import type { TermFinder } from './load-term-finder.js';
import { readFrontMatter } from './read-front-matter.js';
import { cacheFile, RenderCache, type CacheStats } from './render-cache.js';
import { renderPage } from './render-page.js';
import { renderParallel } from './render-parallel.js';
import { resolveImageReferences } from './resolve-image-references.js';
import { editionSet, multiParallelFile, switcherLinks } from './edition-switcher.js';
import { multiParallel } from './multi-parallel-page.js';
import { parallelRows, type Side } from './parallel-rows.js';
import type { RowSpec } from './row-spec.js';
import { RENDERER_VERSION } from './renderer-version.js';
import { staleBanner } from './stale-banner.js';
import type { ArticleNotices } from './status-notices.js';
import { alignmentsToTmx, alignmentToTmx, type TmxTarget } from './write-tmx.js';

/** What {@link buildArticle} needs from the build: config, and messages and terms loaded on first use. */
export interface ArticleContext {
  config: DiglotConfig;
  /** Interface strings of a language (created once per build). */
  messages: (lang: string) => Messages;
  /** The glossary term finder (loaded once per build, on the first article built). */
  terms: () => Promise<TermFinder | undefined>;
  /** False: no row or page cache (`--no-cache`). */
  useCache: boolean;
  /** The banners of stale or partial translations and the stale rows of the article (status-notices.ts). */
  notices?: ((slug: string) => ArticleNotices | undefined) | undefined;
}

/** The outputs of one article and what building them took. */
export interface ArticleBuild {
  /** Files relative to the output folder (`/`-separated), in write order. */
  outputs: Array<{ file: string; data: string | Uint8Array }>;
  /** Every image URL the rendering asked about (for the document cache key). */
  images: ImageUse[];
  summary: { blocks: number; rendered: number; cached: number; pairs: number; warnings: number };
  /** Monolingual pages rendered / taken from the page cache. */
  pages: CacheStats;
  /** Interface-string problems met while rendering this article. */
  problems: I18nProblem[];
  /**
   * Files of the article that were refused (an image that leads outside the project, is not a
   * regular file or is too large): the pages were built without them.
   */
  errors: InputError[];
  /** Warnings about the article's sources: images its pages show without the file (`image-missing`, `image-outside`). */
  findings: FindingFields[];
}

/**
 * Build one article from its sources: parse, segment and align every language, render the
 * language pages (page cache), the parallel edition (row cache) and the TMX. Writes nothing
 * to the output folder; the caller writes `outputs`.
 *
 * @throws InputError when a source file is unreadable or refused (see `readDocument`)
 * @example (await buildArticle(ctx, 'us-ussr-recognition-1933')).outputs.map((o) => o.file)
 */
export async function buildArticle(ctx: ArticleContext, slug: string): Promise<ArticleBuild> {
  const { config } = ctx;
  const languages = [config.sourceLanguage, ...config.targetLanguages];
  const messages = Object.fromEntries(languages.map((l) => [l, ctx.messages(l)])) as Record<string, Messages>;
  const problemsBefore = languages.map((l) => (messages[l] as Messages).problems.length);
  const pages = new RenderCache(ctx.useCache ? cacheFile(config.root, `${slug}.pages`) : undefined);
  const rows = new RenderCache(ctx.useCache ? cacheFile(config.root, `${slug}.rows`) : undefined);
  const images: ImageUse[] = [];
  const errors: InputError[] = [];
  const findings: FindingFields[] = [];
  const outputs: ArticleBuild['outputs'] = [];
  const emit = (file: string, data: string | Uint8Array): void => void outputs.push({ file: file.split(sep).join('/'), data });
  const sides = new Map<string, Side>();
  const memos = new DocumentMemos(ctx.useCache ? config.root : undefined);
  const fileOf = (lang: string): string => documentFile(config, lang, slug);
  // Links from `<lang>/<slug>.html` and `<slug>.parallel.html` climb out of the slug's folders.
  const up = upFrom(slug);
  for (const lang of languages) {
    if (existsSync(fileOf(lang))) sides.set(lang, readSide(config, lang, slug, images, memos));
  }
  // The language switcher of every page links the languages that have the document and its parallel editions.
  const notices = ctx.notices?.(slug);
  const editions = editionSet(slug, config.sourceLanguage, config.targetLanguages, (l) => sides.has(l));
  for (const [lang, side] of sides) {
    const m = messages[lang] as Messages;
    const links = switcherLinks(editions, { lang }, m);
    const { source } = side;
    const imageUrls = collectImages(side.tree);
    // Once per document and language, however many pages show its images.
    const folder = dirname(fileOf(lang));
    findings.push(
      ...imageFindings({
        tree: side.tree,
        lang,
        name: relative(config.root, fileOf(lang)),
        folderName: relative(config.root, folder),
        root: config.root,
        images: side.images,
      }),
    );
    // A translation's `[^tn…]` footnotes are translator's notes; the source's are the author's.
    const sourceFootnotes = sourceFootnoteKeys(sides.get(config.sourceLanguage)?.doc ?? { file: '', lang: '', units: [] });
    const translatorNotes = lang !== config.sourceLanguage ? { sourceFootnotes } : undefined;
    const notice = notices?.banners[lang];
    const html = pages.get(
      hashOf(
        RENDERER_VERSION,
        catalogues,
        lang,
        translatorNotes ? [...sourceFootnotes].sort() : null,
        source,
        links,
        imageUrls.map((u) => side.images.available(u)),
        notice ?? null,
      ),
      () =>
        renderPage({
          source,
          tree: side.tree,
          messages: m,
          images: side.images,
          links: links.map(({ hrefLang, ...l }) => (hrefLang ? { ...l, hrefLang } : l)),
          stylesheet: `${up}../${STYLESHEET_NAME}`,
          translatorNotes,
          banner: notice ? staleBanner(notice, m) : undefined,
        }),
    );
    emit(join(lang, `${slug}.html`), html);
    emit(join(lang, `${slug}.md`), source);
    for (const url of imageUrls) {
      const refused = side.images.refused(url);
      if (refused) errors.push(refused);
      const file = side.images.file(url);
      if (!file) continue;
      try {
        emit(
          join(lang, relative(join(config.contentDir, lang), file)),
          readProjectFile(file, { roots: [config.root], limit: assetLimit(), name: relative(config.root, file) }),
        );
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        errors.push(error);
      }
    }
  }
  const sourceSide = sides.get(config.sourceLanguage);
  const summary = { blocks: 0, rendered: 0, cached: 0, pairs: 0, warnings: 0 };
  const terms = sourceSide && sides.size > 1 ? await ctx.terms() : undefined;
  // The aligner of every command (src/pair), with the glossary's terms as anchors.
  const align = pairAligner(terms?.anchors);
  // Each pair's rows, for the view with the source beside every target.
  const pairRows: RowSpec[][] = [];
  // Several target languages: one memory with every language of a source sentence in one `<tu>`.
  const aligned: TmxTarget[] = [];
  config.targetLanguages.forEach((lang, index) => {
    const targetSide = sides.get(lang);
    if (!sourceSide || !targetSide) return;
    const [source, target] = [fileOf(config.sourceLanguage), fileOf(lang)];
    const memo = { blocks: memos.alignment(source, target), sentences: memos.sentenceAlignment(source, target) };
    let alignment: AlignmentResult;
    // The lock's remembered pairs keep imported and recorded translations paired (as in check).
    let pinned: Record<string, string> | undefined;
    try {
      pinned = projectLockedPairs(config, source, lang);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
    try {
      alignment = pairSegmented(sourceSide.doc, targetSide.doc, { align, memo, ...(pinned ? { lockedPairs: pinned } : {}) }).alignment;
    } catch (error) {
      // A pair that cannot be aligned: its language pages are built, its parallel page and TMX are not.
      const name = relative(config.root, target);
      errors.push(
        new InputError(
          `Cannot align \`${name}\` with \`${relative(config.root, source)}\`: ${error instanceof Error ? error.message : String(error)}; its language pages were built, its parallel page and TMX were not`,
          error instanceof InputError && error.place ? error.place : { file: name },
          { expected: 'a translation that can be aligned with the source', actual: 'an alignment failure' },
        ),
      );
      return;
    }
    const names = outputNames(slug, config.sourceLanguage, lang, index);
    const before = { ...rows.stats };
    const parallel = renderParallel({
      source: sourceSide,
      target: targetSide,
      alignment,
      messages: { source: messages[config.sourceLanguage] as Messages, target: messages[lang] as Messages },
      terms: terms ? (text, l) => terms.find(text, l) : undefined,
      glossaryHash: terms?.hash ?? '',
      cache: rows,
      links: switcherLinks(editions, { parallel: names.parallel }, messages[config.sourceLanguage] as Messages),
      stylesheet: `${up}${STYLESHEET_NAME}`,
      stalePaths: new Set(notices?.stalePaths[lang] ?? []),
    });
    emit(names.parallel, parallel.html);
    pairRows.push(parallelRows(sourceSide, targetSide, alignment));
    const tmx = alignmentToTmx(sourceSide.doc, targetSide.doc, alignment, { toolVersion: TOOL_VERSION, document: slug });
    emit(names.tmx, tmx);
    aligned.push({ doc: targetSide.doc, alignment });
    summary.blocks += parallel.rows;
    summary.rendered += rows.stats.rendered - before.rendered;
    summary.cached += rows.stats.cached - before.cached;
    summary.pairs += (tmx.match(/<tu /g) ?? []).length;
    summary.warnings += alignment.messages.length;
  });
  if (sourceSide && config.targetLanguages.length > 1 && aligned.length > 0)
    emit(`${slug}.tmx`, alignmentsToTmx(sourceSide.doc, aligned, { toolVersion: TOOL_VERSION, document: slug }));
  if (sourceSide && pairRows.length >= 2) {
    const multi = multiParallel({
      editions,
      source: sourceSide,
      pairRows,
      messages: (l) => messages[l] as Messages,
      terms,
      cache: rows,
      stylesheet: `${up}${STYLESHEET_NAME}`,
    });
    if (multi instanceof InputError) errors.push(multi);
    else emit(multiParallelFile(slug), multi.html);
  }
  pages.save();
  rows.save();
  memos.save();
  const problems = languages.flatMap((l, i) => (messages[l] as Messages).problems.slice(problemsBefore[i]));
  return { outputs, images, summary, pages: pages.stats, problems, errors, findings };
}

/**
 * Read one language version of an article: its tree and units, from the chunks remembered
 * by earlier runs (check or build) where the text is unchanged.
 */
function readSide(config: DiglotConfig, lang: string, slug: string, uses: ImageUse[], memos: DocumentMemos): Side {
  const file = documentFile(config, lang, slug);
  const name = relative(config.root, file);
  // Opened as every command opens a document (src/pair): the chunks segmented before are not parsed again.
  const { markdown: source, doc } = openDocument(file, lang, { name, roots: [config.root], memos, syntax: config.syntax });
  // The tree's chunks come from the trees the segmentation just parsed or earlier runs remembered;
  // an image reference (`![alt][ref]`) is the image its definition names, as if written inline.
  const tree: Root = resolveImageReferences(parseRemembered(source, memos.trees(file), name, config.syntax));
  return { lang, source, doc, tree, frontMatter: readFrontMatter(tree), images: recording(imageLocator(dirname(file), [config.root]), lang, uses) };
}

/** An image locator that remembers every URL asked about (each once). */
function recording(locator: ImageLocator, lang: string, uses: ImageUse[]): ImageLocator {
  const seen = new Set<string>();
  const note = (url: string): void => {
    if (seen.has(url)) return;
    seen.add(url);
    uses.push({ lang, url });
  };
  return {
    file: (url) => (note(url), locator.file(url)),
    available: (url) => (note(url), locator.available(url)),
    refused: (url) => locator.refused(url),
    // Noted too: an image only a reference names (`![…][ref]`) is rebuilt when its file appears.
    unusable: (url) => (note(url), locator.unusable(url)),
  };
}

function collectImages(tree: Root): string[] {
  const urls = new Set<string>();
  visit(tree, 'image', (node) => void urls.add(node.url));
  return [...urls].sort();
}
