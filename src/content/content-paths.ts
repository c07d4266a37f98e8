import { existsSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';
import { UsageError } from '../errors.js';
import { DOCUMENT_EXTENSIONS, slugOf } from './content-globs.js';

/** The files of one document: its English, its translations, its lock and obsolete file. */
export interface ContentPaths {
  /** The path relative to the language folder without extension, `/`-separated (`sub/x`). */
  slug: string;
  source: string;
  targets: Array<{ lang: string; file: string }>;
  lock: string;
  obsolete: string;
}

/**
 * The files of a document, from its slug or any of its content files, at any depth
 * (`content/ru/sub/a.md` → slug `sub/a`; lock `content/sub/a.lock.json`). A file's extension
 * (`.md` or `.mdx`) is kept for every language; a bare slug takes the extension of the source
 * file that exists (`.md` first).
 *
 * @example contentPaths(config, 'content/en/us-ussr-recognition-1933.md').lock // '/…/content/us-ussr-recognition-1933.lock.json'
 */
export function contentPaths(config: DiglotConfig, slugOrFile: string): ContentPaths {
  const { slug, ext } = documentOf(config, slugOrFile);
  return {
    slug,
    source: join(config.contentDir, config.sourceLanguage, `${slug}${ext}`),
    targets: config.targetLanguages.map((lang) => ({ lang, file: join(config.contentDir, lang, `${slug}${ext}`) })),
    lock: join(config.contentDir, `${slug}.lock.json`),
    obsolete: join(config.contentDir, `${slug}.obsolete.json`),
  };
}

/**
 * The file of a document in one language: `content/<lang>/<slug>.md`, or `.mdx` when the
 * source document is an `.mdx` file. The slug must come from {@link contentPaths} or `listDocuments`.
 *
 * @example documentFile(config, 'ru', 'sub/x') // '/…/content/ru/sub/x.md'
 */
export function documentFile(config: DiglotConfig, lang: string, slug: string): string {
  return join(config.contentDir, lang, `${slug}${extensionOf(config, slug)}`);
}

/** The slug and extension a command-line slug or content file names. */
function documentOf(config: DiglotConfig, slugOrFile: string): { slug: string; ext: string } {
  const languages = [config.sourceLanguage, ...config.targetLanguages];
  for (const path of isAbsolute(slugOrFile) ? [slugOrFile] : [resolve(config.root, slugOrFile), resolve(slugOrFile)]) {
    for (const lang of languages) {
      const rel = relative(join(config.contentDir, lang), path);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) continue;
      const slash = rel.split(sep).join('/');
      const ext = DOCUMENT_EXTENSIONS.find((e) => slash.endsWith(e));
      if (ext) return { slug: slugOf(slash), ext };
    }
  }
  const slash = slugOrFile.split(sep).join('/');
  const ext = DOCUMENT_EXTENSIONS.find((e) => slash.endsWith(e));
  // A file outside the language folders (`diglot segment /tmp/x.md`) is known by its name alone.
  if (ext && (isAbsolute(slugOrFile) || slash.includes('/'))) return { slug: slugOf(basename(slash)), ext };
  const slug = slugOf(slash);
  if (slug.split('/').some((part) => part === '' || part.startsWith('.')) || slug.includes('\0') || isAbsolute(slug)) {
    throw new UsageError(`Unexpected \`${slugOrFile}\`, expected the slug of a document (its path under \`content/<lang>/\` without extension, e.g. \`sub/x\`) or one of its content files`);
  }
  return { slug, ext: ext ?? extensionOf(config, slug) };
}

/** `.mdx` when only the `.mdx` source file of a slug exists, else `.md`. */
function extensionOf(config: DiglotConfig, slug: string): string {
  const base = join(config.contentDir, config.sourceLanguage, slug);
  return !existsSync(`${base}.md`) && existsSync(`${base}.mdx`) ? '.mdx' : '.md';
}
