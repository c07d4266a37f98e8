import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';
import { InputError } from '../errors.js';
import type { LockGlossary } from '../lock/lock-glossary.js';
import { lockedPairs } from '../lock/locked-pairs.js';
import { previousUnits } from '../lock/previous-units.js';
import { parseLock } from '../lock/read-lock.js';
import { serializeLock } from '../lock/serialize-lock.js';
import type { Lock } from '../lock/types.js';
import { alignUnits } from '../review/align-units.js';
import { stripCodes } from '../segment/coded-text.js';
import { openDocument } from '../pair/open-document.js';
import { readProjectText } from '../util/read-project-text.js';
import { writeIfUnchanged } from '../util/write-if-unchanged.js';
import { carryOver, type CarryRow, type CarryTarget } from './carry-over.js';
import { contentPaths } from '../content/content-paths.js';
import { addObsolete, parseObsoleteFile, serializeObsolete, type ObsoleteEntry } from './obsolete-file.js';
import type { MemoryMatch, TranslationMemory } from './translation-memory.js';

/** One English unit in the update report. */
export interface UpdateRow extends CarryRow {
  kind: string;
  line: number;
  /** The current English, plain text. */
  text: string;
  /** For `stale`: the English the translation was made from, plain text. */
  previous?: string;
  /** For `untranslated`: the best translation-memory match. */
  suggestion?: MemoryMatch;
}

/** What `diglot update` would write for one document. */
export interface UpdatePlan {
  slug: string;
  /** Paths relative to the project root. */
  source: string;
  lockPath: string;
  obsoletePath: string;
  /** Whether a lock existed before. */
  hadLock: boolean;
  lock: Lock;
  /** The new file contents, or undefined when the file does not change. */
  lockText: string | undefined;
  obsoleteText: string | undefined;
  rows: UpdateRow[];
  /** Translations newly recorded as obsolete. */
  obsolete: ObsoleteEntry[];
  /** Translation files that are missing although the lock records pairs in them: their pairs are kept as they were. */
  missing: MissingTarget[];
  /** The lock and obsolete files as read (undefined: absent): written back only if still so. */
  read: { lock: string | undefined; obsolete: string | undefined };
}

/** A translation file the lock records pairs of, missing when the plan was made. */
export interface MissingTarget {
  lang: string;
  /** Relative to the project root. */
  file: string;
  /** The pairs the lock keeps for it, unchanged. */
  pairs: number;
}

/**
 * Work out an update of one document: carry the lock's translations over to the current English
 * (see {@link carryOver}), look up suggestions for untranslated units, and prepare the new lock
 * and obsolete file. Reads only; {@link applyUpdate} writes.
 *
 * @param config the project configuration
 * @param slugOrFile the document's slug or one of its content files
 * @param memory the translation memory (built lazily by the caller, e.g. `projectMemory`)
 * @param glossary the glossary, so pairs recorded now get the hashes of the entries they use
 *   (`loadLockGlossary(config.glossaryDir)`); pairs carried over keep theirs
 * @throws InputError when the English file does not exist
 * @example planUpdate(config, 'us-ussr-recognition-1933', () => projectMemory(config, 'ru')).rows
 */
export function planUpdate(config: DiglotConfig, slugOrFile: string, memory: (lang: string) => TranslationMemory, glossary?: LockGlossary): UpdatePlan {
  const paths = contentPaths(config, slugOrFile);
  const name = (p: string): string => relative(config.root, p) || p;
  if (!existsSync(paths.source))
    throw new InputError(
      'Cannot update a document without its English file',
      { file: name(paths.source) },
      { expected: 'an existing file', actual: 'no such file' },
    );
  const oldLock = readProjectText(paths.lock, name(paths.lock), [config.root]);
  const oldObsolete = readProjectText(paths.obsolete, name(paths.obsolete), [config.root]);
  const lock = oldLock === undefined ? undefined : parseLock(oldLock, name(paths.lock));
  // Opened as every command opens a document (src/pair); the source once for all its targets.
  const opening = { roots: [config.root], syntax: config.syntax };
  const source = openDocument(paths.source, config.sourceLanguage, {
    ...opening,
    name: name(paths.source),
    ...(lock ? { previous: previousUnits(lock) } : {}),
  }).doc;
  const missing: MissingTarget[] = [];
  const targets: CarryTarget[] = paths.targets.map((t) => {
    const present = existsSync(t.file);
    const doc = present ? openDocument(t.file, t.lang, { ...opening, name: name(t.file) }).doc : { file: name(t.file), lang: t.lang, units: [] };
    const recorded = lock?.targets[t.lang]?.pairs.length ?? 0;
    if (!present && recorded > 0) missing.push({ lang: t.lang, file: name(t.file), pairs: recorded });
    return {
      lang: t.lang,
      doc,
      links: alignUnits(source, doc, { lockedPairs: lockedPairs(lock, t.lang) }),
      ...(!present && recorded > 0 ? { missing: true } : {}),
    };
  });
  const result = carryOver(lock, source, targets, glossary);
  const byId = new Map(source.units.map((u) => [u.id, u]));
  const lockText = new Map(result.lock.units.map((u) => [u.id, u.text]));
  const rows = result.rows.map((row): UpdateRow => {
    const unit = byId.get(row.id);
    const text = plain(unit?.text ?? '');
    const out: UpdateRow = { ...row, kind: unit?.kind ?? 'paragraph', line: unit?.start.line ?? 0, text };
    if (row.status === 'stale') out.previous = plain(lockText.get(row.id) ?? '');
    if (row.status === 'untranslated') {
      const match = memory(row.lang).lookup(text);
      if (match) out.suggestion = match;
    }
    return out;
  });
  const newLock = serializeLock(result.lock);
  const obsoleteFile = parseObsoleteFile(oldObsolete, name(paths.obsolete), name(paths.source));
  const { file, added } = addObsolete(obsoleteFile, result.obsolete);
  return {
    slug: paths.slug,
    source: name(paths.source),
    lockPath: paths.lock,
    obsoletePath: paths.obsolete,
    hadLock: lock !== undefined,
    lock: result.lock,
    lockText: newLock === oldLock ? undefined : newLock,
    obsoleteText: added > 0 ? serializeObsolete(file) : undefined,
    rows,
    obsolete: result.obsolete,
    missing,
    read: { lock: oldLock, obsolete: oldObsolete },
  };
}

/**
 * Write what a plan changes, each file atomically and only if it is still as the plan read it
 * (compare-and-swap): the obsolete file first (so a translation is saved before the lock
 * forgets its pair), then the lock. The translations' Markdown is never written. Run it under
 * the content write lock, with a plan made after the lock was taken.
 *
 * @returns the paths written
 * @throws FileChangedError when the lock or obsolete file changed since the plan read it
 *   (the obsolete file may then be written already: it only ever gains entries)
 * @example applyUpdate(planUpdate(config, slug, memory))
 */
export function applyUpdate(plan: UpdatePlan, name: (path: string) => string = (p) => p): string[] {
  const written: string[] = [];
  if (plan.obsoleteText !== undefined) {
    writeIfUnchanged(plan.obsoletePath, plan.obsoleteText, plan.read.obsolete, name(plan.obsoletePath));
    written.push(plan.obsoletePath);
  }
  if (plan.lockText !== undefined) {
    writeIfUnchanged(plan.lockPath, plan.lockText, plan.read.lock, name(plan.lockPath));
    written.push(plan.lockPath);
  }
  return written;
}

function plain(text: string): string {
  return stripCodes(text).replace(/\s+/g, ' ').trim();
}
