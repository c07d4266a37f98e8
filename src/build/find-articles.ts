import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The article slugs of a content folder: the names of `<contentDir>/<sourceLanguage>/*.md`.
 *
 * @param contentDir the content folder
 * @param sourceLanguage e.g. `en`
 * @returns slugs, sorted
 * @example findArticles('content', 'en') // ['us-ussr-recognition-1933']
 */
export function findArticles(contentDir: string, sourceLanguage: string): string[] {
  const dir = join(contentDir, sourceLanguage);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -3))
    .sort();
}

/**
 * File names of the outputs of an article, relative to the output folder.
 *
 * @param index position of the target language in `targetLanguages`: the first gets the
 *   short name `<slug>.parallel.html`, others `<slug>.<lang>.parallel.html`
 * @example outputNames('a', 'en', 'ru', 0).parallel // 'a.parallel.html'
 */
export function outputNames(slug: string, source: string, target: string, index: number): { parallel: string; tmx: string } {
  return {
    parallel: index === 0 ? `${slug}.parallel.html` : `${slug}.${target}.parallel.html`,
    tmx: `${slug}.${source}-${target}.tmx`,
  };
}
