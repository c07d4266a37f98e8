import { InputError } from '../errors.js';
import { readProjectText } from '../util/read-project-text.js';

/** A translation whose English was removed, kept so it is never lost. */
export interface ObsoleteEntry {
  /** Target language. */
  lang: string;
  /** Why it is here: `removed` — its English units are gone; `translation-missing` — the lock knew a translation the Russian file no longer has; `import-replaced` — `diglot import --force` overwrote it in a conflict. */
  reason: 'removed' | 'translation-missing' | 'import-replaced';
  /** The English the translation was made from (from the lock), coded text. */
  source: Array<{ id: string; kind: string; text: string }>;
  /** The translation, coded text (empty for `translation-missing`). */
  target: Array<{ id: string; text: string }>;
  sourceHash: string;
  targetHash: string;
}

/** The format diglot writes; version 1 named an entry's sides `en`/`ru` and its source hash `enHash` (read and upgraded). */
export const OBSOLETE_VERSION = 2;

/** `content/<slug>.obsolete.json`. */
export interface ObsoleteFile {
  version: typeof OBSOLETE_VERSION;
  source: string;
  entries: ObsoleteEntry[];
}

/**
 * Read a document's obsolete translations (an empty file when it does not exist).
 *
 * @throws InputError when the file is not an obsolete file (version 1, upgraded, or 2)
 * @example readObsoleteFile('content/a.obsolete.json', 'content/en/a.md').entries.length
 */
export function readObsoleteFile(path: string, source: string): ObsoleteFile {
  return parseObsoleteFile(readProjectText(path), path, source);
}

/**
 * Parse the text of an obsolete file (undefined text: no file yet, an empty one).
 *
 * @throws InputError when the text is not an obsolete file (version 1, upgraded, or 2)
 * @example parseObsoleteFile(text, 'content/a.obsolete.json', 'content/en/a.md').entries
 */
export function parseObsoleteFile(text: string | undefined, path: string, source: string): ObsoleteFile {
  if (text === undefined) return { version: OBSOLETE_VERSION, source, entries: [] };
  let data: Partial<ObsoleteFile>;
  try {
    data = JSON.parse(text) as Partial<ObsoleteFile>;
  } catch (error) {
    throw new InputError(`Cannot read obsolete translations without valid JSON: ${(error as Error).message}`, { file: path });
  }
  const version = (data as { version?: unknown } | null)?.version;
  if ((version !== 1 && version !== OBSOLETE_VERSION) || !Array.isArray(data.entries)) {
    throw new InputError(
      `Expected an obsolete-translations file \`{ "version": ${OBSOLETE_VERSION}, "source", "entries": [] }\``,
      { file: path },
      { expected: `version 1 or ${OBSOLETE_VERSION}`, actual: String(version) },
    );
  }
  const entries = version === 1 ? data.entries.map((e: unknown, k: number) => upgradeEntry(e, k, path)) : data.entries;
  return { version: OBSOLETE_VERSION, source: data.source ?? source, entries };
}

/** A version-1 entry (`en`, `ru`, `enHash`) in the current shape (`source`, `target`, `sourceHash`). */
function upgradeEntry(entry: unknown, k: number, path: string): ObsoleteEntry {
  const old = entry as { en?: unknown; ru?: unknown; enHash?: unknown } | null;
  if (!old || typeof old !== 'object' || !Array.isArray(old.en) || !Array.isArray(old.ru) || typeof old.enHash !== 'string') {
    throw new InputError(
      `Expected entry ${k} of a version-1 obsolete file to have \`en\`, \`ru\` and \`enHash\``,
      { file: path },
      { expected: '{ lang, reason, en, ru, enHash, targetHash }', actual: JSON.stringify(entry)?.slice(0, 80) ?? 'nothing' },
    );
  }
  const { en: source, ru: target, enHash: sourceHash, ...rest } = old as Record<string, unknown>;
  return { ...rest, source: source, target: target, sourceHash: sourceHash } as unknown as ObsoleteEntry;
}

/**
 * Add entries to an obsolete file, skipping ones it already holds (same language, English IDs
 * and translation hash). Entries are only ever added.
 *
 * @returns the new file and how many entries were added
 * @example addObsolete(file, [entry]).added // 1
 */
export function addObsolete(file: ObsoleteFile, entries: readonly ObsoleteEntry[]): { file: ObsoleteFile; added: number } {
  const key = (e: ObsoleteEntry): string => `${e.lang}\u0000${e.source.map((u) => u.id).join('+')}\u0000${e.targetHash}`;
  const known = new Set(file.entries.map(key));
  const fresh = entries.filter((e) => !known.has(key(e)) && (known.add(key(e)), true));
  return { file: { ...file, entries: [...file.entries, ...fresh] }, added: fresh.length };
}

/**
 * The obsolete file as stable, pretty-printed JSON (fixed key order).
 *
 * @example serializeObsolete({ version: OBSOLETE_VERSION, source: 'content/en/a.md', entries: [] })
 */
export function serializeObsolete(file: ObsoleteFile): string {
  const entries = file.entries.map((e) => ({
    lang: e.lang,
    reason: e.reason,
    source: e.source.map((u) => ({ id: u.id, kind: u.kind, text: u.text })),
    target: e.target.map((u) => ({ id: u.id, text: u.text })),
    sourceHash: e.sourceHash,
    targetHash: e.targetHash,
  }));
  return `${JSON.stringify({ version: OBSOLETE_VERSION, source: file.source, entries }, null, 2)}\n`;
}
