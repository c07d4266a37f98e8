import { basename, join } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';

/** The files of one document: its English, its translations, its lock and obsolete file. */
export interface ContentPaths {
  slug: string;
  source: string;
  targets: Array<{ lang: string; file: string }>;
  lock: string;
  obsolete: string;
}

/**
 * The files of a document, from its slug or any of its content files
 * (`content/ru/a.md` → slug `a`).
 *
 * @example contentPaths(config, 'content/en/us-ussr-recognition-1933.md').lock // '/…/content/us-ussr-recognition-1933.lock.json'
 */
export function contentPaths(config: DiglotConfig, slugOrFile: string): ContentPaths {
  const slug = basename(slugOrFile).replace(/\.md$/, '');
  return {
    slug,
    source: join(config.contentDir, config.sourceLanguage, `${slug}.md`),
    targets: config.targetLanguages.map((lang) => ({ lang, file: join(config.contentDir, lang, `${slug}.md`) })),
    lock: join(config.contentDir, `${slug}.lock.json`),
    obsolete: join(config.contentDir, `${slug}.obsolete.json`),
  };
}
