import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root } from 'mdast';
import type { DiglotConfig } from '../config/load-config.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import type { PreviousUnit } from '../segment/assign-ids.js';
import { segmentTree } from '../segment/segment-markdown.js';
import type { SegmentedDocument } from '../segment/types.js';
import { readDocument } from '../util/read-document.js';

/** A document read, parsed and segmented once per run, shared by every stage. */
export interface LoadedDocument {
  /** Absolute path. */
  path: string;
  /** Path relative to the project root, as shown in messages. */
  name: string;
  lang: string;
  source: string;
  tree: Root;
  doc: SegmentedDocument;
}

/** A source document and its translations, by slug. */
export interface ContentEntry {
  slug: string;
  source: string;
  /** Target language → path (the file may not exist yet). */
  targets: Record<string, string>;
}

/**
 * The articles of a project: every `<contentDir>/<sourceLanguage>/<slug>.md`, with the paths
 * of its translations `<contentDir>/<lang>/<slug>.md`.
 *
 * @example listContent(config)[0] // { slug: 'us-ussr-recognition-1933', source: '/…/content/en/…md', targets: { ru: '/…/content/ru/…md' } }
 */
export function listContent(config: DiglotConfig): ContentEntry[] {
  const dir = join(config.contentDir, config.sourceLanguage);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const slug = f.slice(0, -3);
      return {
        slug,
        source: join(dir, f),
        targets: Object.fromEntries(config.targetLanguages.map((lang) => [lang, join(config.contentDir, lang, f)])),
      };
    });
}

/**
 * Reads, parses and segments each document once, however many stages ask for it.
 *
 * @example const store = new DocumentStore(config.root); store.load(path, 'en').doc.units
 */
export class DocumentStore {
  private readonly cache = new Map<string, LoadedDocument>();

  constructor(private readonly root: string) {}

  /**
   * Load a document (cached by path and language).
   *
   * @param previous units from the lock, so IDs survive edits
   * @throws InputError when the file cannot be read or its front matter is invalid
   */
  load(path: string, lang: string, previous?: readonly PreviousUnit[]): LoadedDocument {
    const key = `${lang}\u0000${path}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const source = readDocument(path);
    const name = relative(this.root, path) || path;
    const tree = parseMarkdown(source);
    const doc = segmentTree(tree, source, { file: name, lang, ...(previous ? { previous } : {}) });
    const loaded: LoadedDocument = { path, name, lang, source, tree, doc };
    this.cache.set(key, loaded);
    return loaded;
  }

  /** Forget a document (after it was rewritten). */
  forget(path: string): void {
    for (const key of this.cache.keys()) if (key.endsWith(`\u0000${path}`)) this.cache.delete(key);
  }
}
