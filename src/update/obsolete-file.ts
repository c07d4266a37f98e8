import { InputError } from '../errors.js';
import { readProjectText } from '../util/read-project-text.js';

/** A translation whose English was removed, kept so it is never lost. */
export interface ObsoleteEntry {
  /** Target language. */
  lang: string;
  /** Why it is here: `removed` — its English units are gone; `translation-missing` — the lock knew a translation the Russian file no longer has; `import-replaced` — `diglot import --force` overwrote it in a conflict. */
  reason: 'removed' | 'translation-missing' | 'import-replaced';
  /** The English the translation was made from (from the lock), coded text. */
  en: Array<{ id: string; kind: string; text: string }>;
  /** The translation, coded text (empty for `translation-missing`). */
  ru: Array<{ id: string; text: string }>;
  enHash: string;
  targetHash: string;
}

/** `content/<slug>.obsolete.json`. */
export interface ObsoleteFile {
  version: 1;
  source: string;
  entries: ObsoleteEntry[];
}

/**
 * Read a document's obsolete translations (an empty file when it does not exist).
 *
 * @throws InputError when the file is not a version-1 obsolete file
 * @example readObsoleteFile('content/a.obsolete.json', 'content/en/a.md').entries.length
 */
export function readObsoleteFile(path: string, source: string): ObsoleteFile {
  return parseObsoleteFile(readProjectText(path), path, source);
}

/**
 * Parse the text of an obsolete file (undefined text: no file yet, an empty one).
 *
 * @throws InputError when the text is not a version-1 obsolete file
 * @example parseObsoleteFile(text, 'content/a.obsolete.json', 'content/en/a.md').entries
 */
export function parseObsoleteFile(text: string | undefined, path: string, source: string): ObsoleteFile {
  if (text === undefined) return { version: 1, source, entries: [] };
  let data: Partial<ObsoleteFile>;
  try {
    data = JSON.parse(text) as Partial<ObsoleteFile>;
  } catch (error) {
    throw new InputError(`Cannot read obsolete translations without valid JSON: ${(error as Error).message}`, { file: path });
  }
  if (data?.version !== 1 || !Array.isArray(data.entries)) {
    throw new InputError('Expected an obsolete-translations file `{ "version": 1, "source", "entries": [] }`', { file: path }, { expected: 'version 1', actual: String(data?.version) });
  }
  return { version: 1, source: data.source ?? source, entries: data.entries };
}

/**
 * Add entries to an obsolete file, skipping ones it already holds (same language, English IDs
 * and translation hash). Entries are only ever added.
 *
 * @returns the new file and how many entries were added
 * @example addObsolete(file, [entry]).added // 1
 */
export function addObsolete(file: ObsoleteFile, entries: readonly ObsoleteEntry[]): { file: ObsoleteFile; added: number } {
  const key = (e: ObsoleteEntry): string => `${e.lang}\u0000${e.en.map((u) => u.id).join('+')}\u0000${e.targetHash}`;
  const known = new Set(file.entries.map(key));
  const fresh = entries.filter((e) => !known.has(key(e)) && (known.add(key(e)), true));
  return { file: { ...file, entries: [...file.entries, ...fresh] }, added: fresh.length };
}

/**
 * The obsolete file as stable, pretty-printed JSON (fixed key order).
 *
 * @example serializeObsolete({ version: 1, source: 'content/en/a.md', entries: [] })
 */
export function serializeObsolete(file: ObsoleteFile): string {
  const entries = file.entries.map((e) => ({
    lang: e.lang,
    reason: e.reason,
    en: e.en.map((u) => ({ id: u.id, kind: u.kind, text: u.text })),
    ru: e.ru.map((u) => ({ id: u.id, text: u.text })),
    enHash: e.enHash,
    targetHash: e.targetHash,
  }));
  return `${JSON.stringify({ version: 1, source: file.source, entries }, null, 2)}\n`;
}
