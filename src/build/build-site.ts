import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { alignDocuments } from '../align/align-documents.js';
import type { DiglotConfig } from '../config/load-config.js';
import { UsageError } from '../errors.js';
import { catalogues, createMessages, type Messages } from '../i18n/create-messages.js';
import type { I18nProblem } from '../i18n/i18n-error-code.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { segmentTree } from '../segment/segment-markdown.js';
import { readDocument } from '../util/read-document.js';
import { writeFileAtomic } from '../util/write-atomic.js';
import { readAsset, STYLESHEET_NAME } from './assets.js';
import { findArticles, outputNames } from './find-articles.js';
import { hashOf } from './hash-of.js';
import { imageLocator } from './image-locator.js';
import { loadTermFinder } from './load-term-finder.js';
import type { Side } from './parallel-rows.js';
import { readFrontMatter } from './read-front-matter.js';
import { cacheFile, RenderCache } from './render-cache.js';
import { renderPage } from './render-page.js';
import { RENDERER_VERSION, renderParallel } from './render-parallel.js';
import { alignmentToTmx } from './write-tmx.js';

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

/** What a build did. */
export interface BuildReport {
  /** Files written, relative to the output folder, in order. */
  files: string[];
  /** Per article: rows of the parallel edition rendered / taken from the cache. */
  articles: Array<{ slug: string; blocks: number; rendered: number; cached: number; pairs: number; warnings: number }>;
  /** Interface-string problems (missing messages…), with stable codes. */
  problems: I18nProblem[];
}

const VERSION = '0.1.0';

/**
 * Build every article of the content folder: `<out>/<lang>/<slug>.html` and `.md` for each
 * language, `<out>/<slug>.parallel.html`, `<out>/<slug>.<src>-<tgt>.tmx`, and `<out>/diglot.css`.
 *
 * @param config the project configuration
 * @param options output folder, cache, one article only, progress log
 * @throws UsageError when the output folder is inside the content folder or `--only` names no article
 * @example await buildSite(loadConfig({ cwd: process.cwd() }), { log: console.log })
 */
export async function buildSite(config: DiglotConfig, options: BuildOptions = {}): Promise<BuildReport> {
  const out = resolve(config.root, options.outDir ?? config.outputDir);
  if (inside(out, config.contentDir)) throw new UsageError(`Cannot write into the content folder \`${relative(config.root, config.contentDir) || '.'}\`, expected an output folder outside it`);
  let slugs = findArticles(config.contentDir, config.sourceLanguage);
  if (options.only !== undefined) {
    if (!slugs.includes(options.only)) throw new UsageError(`Unexpected article \`${options.only}\`, expected one of ${slugs.map((s) => `\`${s}\``).join(', ') || 'the articles in the content folder (none found)'}`);
    slugs = [options.only];
  }
  const report: BuildReport = { files: [], articles: [], problems: [] };
  const write = (name: string, data: string | Uint8Array): void => {
    writeFileAtomic(join(out, name), data);
    report.files.push(name.split(sep).join('/'));
  };
  const languages = [config.sourceLanguage, ...config.targetLanguages];
  const messages = Object.fromEntries(languages.map((l) => [l, createMessages(l)])) as Record<string, Messages>;
  const terms = await loadTermFinder(config.glossaryDir);
  write(STYLESHEET_NAME, readAsset('diglot.css'));

  for (const slug of slugs) {
    const useCache = options.cache !== false;
    const pages = new RenderCache(useCache ? cacheFile(config.root, `${slug}.pages`) : undefined);
    const rows = new RenderCache(useCache ? cacheFile(config.root, `${slug}.rows`) : undefined);
    const sides = new Map<string, Side>();
    const present = languages.filter((l) => existsSync(join(config.contentDir, l, `${slug}.md`)));
    for (const lang of present) sides.set(lang, readSide(config, lang, slug));
    for (const [lang, side] of sides) {
      const others = [...sides.keys()].filter((l) => l !== lang);
      const m = messages[lang] as Messages;
      const links = others.map((l) => ({ href: `../${l}/${slug}.html`, hrefLang: l, text: m.t('nav.readIn', { language: m.t(`language.${l}` as 'language.en') }) }));
      if (sides.size > 1) links.push({ href: `../${outputNames(slug, config.sourceLanguage, config.targetLanguages[0] ?? '', 0).parallel}`, hrefLang: '', text: m.t('nav.parallel') });
      const { source } = side;
      const imageUrls = collectImages(side.tree);
      const html = pages.get(hashOf(RENDERER_VERSION, catalogues, lang, source, links, imageUrls.map((u) => side.images.available(u))), () =>
        renderPage({ source, tree: side.tree, messages: m, images: side.images, links: links.map(({ hrefLang, ...l }) => (hrefLang ? { ...l, hrefLang } : l)), stylesheet: `../${STYLESHEET_NAME}` }),
      );
      write(join(lang, `${slug}.html`), html);
      write(join(lang, `${slug}.md`), source);
      for (const url of imageUrls) {
        const file = side.images.file(url);
        if (file) write(join(lang, relative(join(config.contentDir, lang), file)), readFileSync(file));
      }
    }
    const en = sides.get(config.sourceLanguage);
    const summary = { slug, blocks: 0, rendered: 0, cached: 0, pairs: 0, warnings: 0 };
    config.targetLanguages.forEach((lang, index) => {
      const ru = sides.get(lang);
      if (!en || !ru) return;
      const alignment = alignDocuments(en.doc, ru.doc, terms ? { findTerms: (text, l) => terms.find(text, l).map((t) => t.entryId) } : {});
      const names = outputNames(slug, config.sourceLanguage, lang, index);
      const before = { ...rows.stats };
      const parallel = renderParallel({
        source: en,
        target: ru,
        alignment,
        messages: { source: messages[config.sourceLanguage] as Messages, target: messages[lang] as Messages },
        terms: terms ? (text, l) => terms.find(text, l) : undefined,
        glossaryHash: terms?.hash ?? '',
        cache: rows,
        links: [en, ru].map((s) => ({ href: `${s.lang}/${slug}.html`, hrefLang: s.lang, lang: s.lang, text: (messages[s.lang] as Messages).t('nav.readIn', { language: (messages[s.lang] as Messages).t(`language.${s.lang}` as 'language.en') }) })),
        stylesheet: STYLESHEET_NAME,
      });
      write(names.parallel, parallel.html);
      const tmx = alignmentToTmx(en.doc, ru.doc, alignment, { toolVersion: VERSION, document: slug });
      write(names.tmx, tmx);
      summary.blocks += parallel.rows;
      summary.rendered += rows.stats.rendered - before.rendered;
      summary.cached += rows.stats.cached - before.cached;
      summary.pairs += (tmx.match(/<tu /g) ?? []).length;
      summary.warnings += alignment.messages.length;
    });
    pages.save();
    rows.save();
    report.articles.push(summary);
    options.log?.(`${slug}: rendered ${summary.rendered} of ${summary.blocks} blocks, ${summary.cached} from cache; pages ${pages.stats.rendered} rendered, ${pages.stats.cached} from cache; ${summary.pairs} sentence pairs in the TMX${summary.warnings ? `; ${summary.warnings} alignment warnings` : ''}`);
  }
  for (const m of Object.values(messages)) report.problems.push(...m.problems);
  return report;
}

function readSide(config: DiglotConfig, lang: string, slug: string): Side {
  const file = join(config.contentDir, lang, `${slug}.md`);
  const source = readDocument(file);
  const tree: Root = parseMarkdown(source);
  const doc = segmentTree(tree, source, { file: relative(config.root, file), lang });
  return { lang, source, doc, tree, frontMatter: readFrontMatter(tree), images: imageLocator(dirname(file)) };
}

function collectImages(tree: Root): string[] {
  const urls = new Set<string>();
  visit(tree, 'image', (node) => void urls.add(node.url));
  return [...urls].sort();
}

function inside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}
