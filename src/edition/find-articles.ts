import type { DiglotConfig } from '../config/load-config.js';
import { listDocuments } from '../content/list-documents.js';

/**
 * The article slugs of a project: its source documents at any depth (`listDocuments`, with the
 * config's `include`/`exclude`), e.g. `sub/x` for `content/en/sub/x.md`.
 *
 * @param config the project configuration
 * @returns slugs, sorted
 * @throws InputError when the language folder leads out of the project
 * @example findArticles(config) // ['sub/x', 'us-ussr-recognition-1933']
 */
export function findArticles(config: DiglotConfig): string[] {
  return listDocuments(config).map((d) => d.slug);
}

/**
 * The relative path from an output file of a slug back to the output folder: `''` for `a`,
 * `'../'` for `sub/a`, so `<slug>.parallel.html` links to `${up}en/<slug>.html`.
 *
 * @example upFrom('sub/deeper/a') // '../../'
 */
export function upFrom(slug: string): string {
  return '../'.repeat(slug.split('/').length - 1);
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
