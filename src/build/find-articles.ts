import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { resolveInside } from '../util/project-file.js';

/**
 * The article slugs of a content folder: the names of `<contentDir>/<sourceLanguage>/*.md`.
 *
 * @param contentDir the content folder
 * @param sourceLanguage e.g. `en`
 * @param roots when given, the folders the language folder must resolve into (a symbolic link
 *   that leads elsewhere is refused: its file names are not listed)
 * @returns slugs, sorted
 * @throws InputError when the language folder leads outside `roots`
 * @example findArticles('content', 'en') // ['us-ussr-recognition-1933']
 */
export function findArticles(contentDir: string, sourceLanguage: string, roots?: readonly string[]): string[] {
  const dir = join(contentDir, sourceLanguage);
  if (!existsSync(dir)) return [];
  return readdirSync(roots ? resolveInside(dir, roots, dir) : dir)
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
