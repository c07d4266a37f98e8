import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';
import { previousUnits } from '../lock/previous-units.js';
import { readLock } from '../lock/read-lock.js';
import { alignUnits } from '../review/align-units.js';
import { openDocument } from '../pair/open-document.js';
import { listDocuments } from '../content/list-documents.js';
import { contentPaths } from '../content/content-paths.js';
import { memoryFromAlignment, memoryFromLock, memoryFromObsolete } from './memory-entries.js';
import { readObsoleteFile } from './obsolete-file.js';
import { createTranslationMemory, type MemoryEntry, type TranslationMemory } from './translation-memory.js';

/**
 * The translation memory of a whole project: every aligned English/translation unit pair of
 * every document in `content/` (at any depth, as `listDocuments` lists them), the English its lock remembers for each pair (history), and its
 * obsolete translations.
 *
 * @param config the project configuration
 * @param lang the target language
 * @example projectMemory(config, 'ru').lookup('The talks lasted ten days.')
 */
export function projectMemory(config: DiglotConfig, lang: string): TranslationMemory {
  const entries: MemoryEntry[] = [];
  const name = (p: string): string => relative(config.root, p) || p;
  let files: string[];
  try {
    files = listDocuments(config).map((d) => d.file);
  } catch {
    // A content folder that leads out of the project adds nothing; `diglot check` reports it.
    files = [];
  }
  for (const file of files) {
    const paths = contentPaths(config, file);
    const target = paths.targets.find((t) => t.lang === lang);
    if (!target || !existsSync(target.file)) continue;
    try {
      const lock = readLock(paths.lock);
      // Opened as every command opens a pair (src/pair).
      const opening = { roots: [config.root], syntax: config.syntax };
      const sourceDoc = openDocument(paths.source, config.sourceLanguage, {
        ...opening,
        name: name(paths.source),
        ...(lock ? { previous: previousUnits(lock) } : {}),
      }).doc;
      const targetDoc = openDocument(target.file, lang, { ...opening, name: name(target.file) }).doc;
      entries.push(...memoryFromAlignment(sourceDoc, targetDoc, alignUnits(sourceDoc, targetDoc)));
      if (lock) entries.push(...memoryFromLock(lock, targetDoc, name(paths.lock)));
      const obsolete = readObsoleteFile(paths.obsolete, name(paths.source));
      entries.push(...memoryFromObsolete({ ...obsolete, entries: obsolete.entries.filter((e) => e.lang === lang) }, name(paths.obsolete)));
    } catch {
      // A document that cannot be read adds nothing to the memory; `diglot check` reports it.
    }
  }
  return createTranslationMemory(entries, config.sourceLanguage);
}
