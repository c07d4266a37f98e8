import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { alignDocuments } from '../align/align-documents.js';
import { DocumentMemos } from '../cache/document-memos.js';
import type { DiglotConfig } from '../config/load-config.js';
import { catalogues, type Messages } from '../i18n/create-messages.js';
import type { I18nProblem } from '../i18n/i18n-error-code.js';
import { parseRemembered } from '../markdown/parse-remembered.js';
import { segmentMarkdown } from '../segment/segment-markdown.js';
import { InputError } from '../errors.js';
import { assetLimit, readProjectFile } from '../util/project-file.js';
import { readDocument } from '../util/read-document.js';
import { TOOL_VERSION, type ImageUse } from './article-key.js';
import { STYLESHEET_NAME } from './assets.js';
import { outputNames, upFrom } from './find-articles.js';
import { documentFile } from '../content/content-paths.js';
import { hashOf } from './hash-of.js';
import { imageLocator, type ImageLocator } from './image-locator.js';
import type { TermFinder } from './load-term-finder.js';
import type { Side } from './parallel-rows.js';
import { readFrontMatter } from './read-front-matter.js';
import { cacheFile, RenderCache, type CacheStats } from './render-cache.js';
import { renderPage } from './render-page.js';
import { renderParallel } from './render-parallel.js';
import { RENDERER_VERSION } from './renderer-version.js';
import { alignmentToTmx } from './write-tmx.js';

/** What {@link buildArticle} needs from the build: config, and messages and terms loaded on first use. */
export interface ArticleContext {
  config: DiglotConfig;
  /** Interface strings of a language (created once per build). */
  messages: (lang: string) => Messages;
  /** The glossary term finder (loaded once per build, on the first article built). */
  terms: () => Promise<TermFinder | undefined>;
  /** False: no row or page cache (`--no-cache`). */
  useCache: boolean;
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
  for (const [lang, side] of sides) {
    const others = [...sides.keys()].filter((l) => l !== lang);
    const m = messages[lang] as Messages;
    const links = others.map((l) => ({ href: `${up}../${l}/${slug}.html`, hrefLang: l, text: m.t('nav.readIn', { language: m.t(`language.${l}` as 'language.en') }) }));
    if (sides.size > 1) links.push({ href: `${up}../${outputNames(slug, config.sourceLanguage, config.targetLanguages[0] ?? '', 0).parallel}`, hrefLang: '', text: m.t('nav.parallel') });
    const { source } = side;
    const imageUrls = collectImages(side.tree);
    const html = pages.get(hashOf(RENDERER_VERSION, catalogues, lang, source, links, imageUrls.map((u) => side.images.available(u))), () =>
      renderPage({ source, tree: side.tree, messages: m, images: side.images, links: links.map(({ hrefLang, ...l }) => (hrefLang ? { ...l, hrefLang } : l)), stylesheet: `${up}../${STYLESHEET_NAME}` }),
    );
    emit(join(lang, `${slug}.html`), html);
    emit(join(lang, `${slug}.md`), source);
    for (const url of imageUrls) {
      const refused = side.images.refused(url);
      if (refused) errors.push(refused);
      const file = side.images.file(url);
      if (!file) continue;
      try {
        emit(join(lang, relative(join(config.contentDir, lang), file)), readProjectFile(file, { roots: [config.root], limit: assetLimit(), name: relative(config.root, file) }));
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        errors.push(error);
      }
    }
  }
  const en = sides.get(config.sourceLanguage);
  const summary = { blocks: 0, rendered: 0, cached: 0, pairs: 0, warnings: 0 };
  const terms = en && sides.size > 1 ? await ctx.terms() : undefined;
  config.targetLanguages.forEach((lang, index) => {
    const ru = sides.get(lang);
    if (!en || !ru) return;
    const [source, target] = [fileOf(config.sourceLanguage), fileOf(lang)];
    const memo = { identity: terms?.anchors.identity ?? 'no glossary', blocks: memos.alignment(source, target), sentences: memos.sentenceAlignment(source, target) };
    let alignment: ReturnType<typeof alignDocuments>;
    try {
      alignment = alignDocuments(en.doc, ru.doc, { ...(terms ? { findTerms: terms.anchors.find } : {}), memo });
    } catch (error) {
      // A pair that cannot be aligned: its language pages are built, its parallel page and TMX are not.
      const name = relative(config.root, target);
      errors.push(new InputError(`Cannot align \`${name}\` with \`${relative(config.root, source)}\`: ${error instanceof Error ? error.message : String(error)}; its language pages were built, its parallel page and TMX were not`, error instanceof InputError && error.place ? error.place : { file: name }, { expected: 'a translation that can be aligned with the source', actual: 'an alignment failure' }));
      return;
    }
    const names = outputNames(slug, config.sourceLanguage, lang, index);
    const before = { ...rows.stats };
    const readIn = (s: Side): string => (messages[s.lang] as Messages).t('nav.readIn', { language: (messages[s.lang] as Messages).t(`language.${s.lang}` as 'language.en') });
    const parallel = renderParallel({
      source: en,
      target: ru,
      alignment,
      messages: { source: messages[config.sourceLanguage] as Messages, target: messages[lang] as Messages },
      terms: terms ? (text, l) => terms.find(text, l) : undefined,
      glossaryHash: terms?.hash ?? '',
      cache: rows,
      links: [en, ru].map((s) => ({ href: `${up}${s.lang}/${slug}.html`, hrefLang: s.lang, lang: s.lang, text: readIn(s) })),
      stylesheet: `${up}${STYLESHEET_NAME}`,
    });
    emit(names.parallel, parallel.html);
    const tmx = alignmentToTmx(en.doc, ru.doc, alignment, { toolVersion: TOOL_VERSION, document: slug });
    emit(names.tmx, tmx);
    summary.blocks += parallel.rows;
    summary.rendered += rows.stats.rendered - before.rendered;
    summary.cached += rows.stats.cached - before.cached;
    summary.pairs += (tmx.match(/<tu /g) ?? []).length;
    summary.warnings += alignment.messages.length;
  });
  pages.save();
  rows.save();
  memos.save();
  const problems = languages.flatMap((l, i) => (messages[l] as Messages).problems.slice(problemsBefore[i]));
  return { outputs, images, summary, pages: pages.stats, problems, errors };
}

/**
 * Read one language version of an article: its tree and units, from the chunks remembered
 * by earlier runs (check or build) where the text is unchanged.
 */
function readSide(config: DiglotConfig, lang: string, slug: string, uses: ImageUse[], memos: DocumentMemos): Side {
  const file = documentFile(config, lang, slug);
  const source = readDocument(file, relative(config.root, file), { roots: [config.root] });
  const trees = memos.trees(file);
  const tree: Root = parseRemembered(source, trees, relative(config.root, file), config.syntax);
  // Chunks not segmented before are segmented from the trees just parsed, never parsed twice.
  const doc = segmentMarkdown(source, { file: relative(config.root, file), lang, memo: memos.segments(file), trees, syntax: config.syntax });
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
  };
}

function collectImages(tree: Root): string[] {
  const urls = new Set<string>();
  visit(tree, 'image', (node) => void urls.add(node.url));
  return [...urls].sort();
}
