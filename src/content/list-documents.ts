import { join, relative } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';
import { walkProjectFolder } from '../util/list-project-folder.js';
import { documentFilter, slugOf } from './content-globs.js';

/** One document of a language folder. */
export interface DocumentEntry {
  /** Its path relative to `content/<lang>/` without extension, `/`-separated (`sub/x`). */
  slug: string;
  /** Its absolute path. */
  file: string;
}

/**
 * The documents of a language folder (default: the source language), at any depth, chosen by
 * the config's `include` (default `**\/*.md`) and `exclude` globs, sorted by slug. This is the
 * one listing every command uses (check, build, lock, update, diff, export), so they all see
 * the same documents. Symbolic links to folders are never followed (`walkProjectFolder`).
 *
 * @param config the project configuration
 * @param lang the language folder (default: the source language)
 * @returns slug and file of each document; [] when the folder does not exist
 * @throws InputError when the language folder leads out of the project or is not a folder
 * @example listDocuments(config) // [{ slug: 'a', file: '/…/content/en/a.md' }, { slug: 'sub/x', file: '/…/content/en/sub/x.md' }]
 */
export function listDocuments(config: DiglotConfig, lang: string = config.sourceLanguage): DocumentEntry[] {
  const dir = join(config.contentDir, lang);
  const keep = documentFilter({ include: config.include ?? [], exclude: config.exclude ?? [] });
  const seen = new Set<string>();
  const documents: DocumentEntry[] = [];
  for (const path of walkProjectFolder(dir, { roots: [config.root], name: relative(config.root, dir) || dir, keep })) {
    const slug = slugOf(path);
    // `a.md` and `a.mdx` side by side would be one slug: the first (`.md`) wins.
    if (seen.has(slug)) continue;
    seen.add(slug);
    documents.push({ slug, file: join(dir, path) });
  }
  return documents.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
