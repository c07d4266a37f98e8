import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DiglotConfig } from '../config/load-config.js';
import { documentFile } from '../content/content-paths.js';
import { ASSETS_DIR, STYLESHEET_NAME } from './assets.js';
import { sha256Of } from './blob-store.js';
import { hashOf } from '../util/hash-of.js';
import { imageLocator } from './image-locator.js';
import { RENDERER_VERSION } from './renderer-version.js';
import { assetLimit, documentLimit, readProjectFile } from '../util/project-file.js';

/** Bump when what an article builds to changes for the same inputs (invalidates the document cache). */
export const BUILD_VERSION = 'diglot-build/1';

/** The version of diglot written into the TMX header. */
export const TOOL_VERSION = '0.1.0';

/** An image URL an article's rendering asked about, in the language folder it is relative to. */
export interface ImageUse {
  lang: string;
  url: string;
}

/**
 * The hash of everything every article's output depends on besides its own files: the build
 * and renderer versions, diglot's own code folder (which holds the interface catalogues,
 * `i18n/locales/*.json`) and assets, the glossary folder, and the config fields that name or
 * shape the outputs. Imports nothing heavy: an all-cached build never loads remark.
 *
 * @example articleKey(buildInputsHash(config), config, 'us-ussr-recognition-1933')
 */
export function buildInputsHash(config: DiglotConfig): string {
  return hashOf(BUILD_VERSION, RENDERER_VERSION, TOOL_VERSION, STYLESHEET_NAME, codeFingerprint(), folderHash(config.glossaryDir, config), {
    sourceLanguage: config.sourceLanguage,
    targetLanguages: config.targetLanguages,
    contentDir: relative(config.root, config.contentDir),
  });
}

/**
 * The document-cache key of an article: the build-wide hash, the bytes of the article's
 * Markdown file in every language (or its absence) and of its lock, if any.
 *
 * @param base from {@link buildInputsHash}
 * @example articleKey(base, config, 'recognition') // 32 hex digits
 */
export function articleKey(base: string, config: DiglotConfig, slug: string): string {
  const sources = [config.sourceLanguage, ...config.targetLanguages].map((lang) => {
    const file = documentFile(config, lang, slug);
    return [lang, existsSync(file) ? safeSha(file, config, documentLimit()) : null];
  });
  // The lock's remembered pairs decide the alignment of the parallel edition and the TMX.
  const lock = join(config.contentDir, `${slug}.lock.json`);
  return hashOf(base, slug, sources, existsSync(lock) ? ['lock', safeSha(lock, config, documentLimit())] : []);
}

/**
 * The hash of the state of the images an article asked about: for each, the sha256 of the
 * local file, `remote`, or `missing`. Any change (a file added, removed or edited) changes it.
 *
 * @param slug the article, whose folder (`content/<lang>/sub/` for `sub/x`) image URLs are relative to
 * @example imagesHash(config, [{ lang: 'en', url: 'images/litvinov.png' }], 'us-ussr-recognition-1933')
 */
export function imagesHash(config: DiglotConfig, uses: readonly ImageUse[], slug = ''): string {
  const locators = new Map<string, ReturnType<typeof imageLocator>>();
  const states = uses.map(({ lang, url }) => {
    let locator = locators.get(lang);
    if (!locator) locators.set(lang, (locator = imageLocator(dirname(join(config.contentDir, lang, slug || 'x')), [config.root])));
    const file = locator.file(url);
    return [lang, url, file ? safeSha(file, config, assetLimit()) : locator.available(url) ? 'remote' : locator.refused(url) ? 'refused' : 'missing'];
  });
  return hashOf(states);
}

/**
 * The sha256 of a project file read safely (`readProjectFile`); a file that is refused or
 * unreadable gets a value that matches no cache entry, so the article is built again and the
 * build reports the problem.
 */
function safeSha(file: string, config: DiglotConfig, limit: number): string {
  try {
    return sha256Of(readProjectFile(file, { roots: [config.root], limit }));
  } catch {
    return `unreadable-${process.pid}-${Date.now()}-${Math.random()}`;
  }
}

let fingerprint: string | undefined;

/** Hash of the running diglot: its code folder (`src/` or `build/`), assets and package files. */
function codeFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const code = fileURLToPath(new URL('../', import.meta.url));
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const parts: string[] = [];
  for (const dir of [code, fileURLToPath(ASSETS_DIR)]) {
    for (const file of listFiles(dir)) if (/\.(?:[cm]?[jt]s|json|css)$/.test(file)) parts.push(relative(root, file), sha256Of(readFileSync(file)));
  }
  for (const name of ['package.json', 'package-lock.json']) if (existsSync(join(root, name))) parts.push(name, sha256Of(readFileSync(join(root, name))));
  fingerprint = hashOf(parts);
  return fingerprint;
}

function folderHash(dir: string, config: DiglotConfig): string {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return 'none';
  const parts = readdirSync(dir)
    .sort()
    .filter((name) => statSync(join(dir, name), { throwIfNoEntry: false })?.isFile() === true)
    .map((name) => [name, safeSha(join(dir, name), config, documentLimit())]);
  return hashOf(parts);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .sort()
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile());
}
