import { join, relative, resolve, sep } from 'node:path';
import { hashOf } from '../util/hash-of.js';
import { CACHE_DIR } from './cache-dir.js';
import { readCacheJson, writeCacheJson } from './cache-file.js';

const FORMAT = 'diglot-memo/2';

/** A place to look values up by key and store them (a MemoFile, or a Map in tests). */
export interface Memo<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): V;
}

/**
 * A content-addressed memo of one kind of work on one document, kept between runs in one
 * JSON file: values are looked up by a key that hashes everything they depend on, so an entry
 * is either exactly right or not found. Saving keeps only the entries looked up or added in
 * this run (what the document needs now), so the file does not grow with its history; it is
 * written (atomically) only when something changed. A file written by another version of
 * diglot (`version`), or one that cannot be read, counts as empty: a memo is never an error.
 *
 * @example
 * const memo = MemoFile.open<number[]>(path, codeFingerprint());
 * const hit = memo.get(key) ?? memo.set(key, compute());
 * memo.save();
 */
export class MemoFile<V> implements Memo<V> {
  private readonly stored: Map<string, V>;
  private readonly used = new Map<string, V>();
  private changed = false;
  /** Look-ups answered from the file, and those that were not. */
  readonly stats = { hits: 0, misses: 0 };

  private constructor(
    private readonly path: string | undefined,
    private readonly version: string,
    stored: Map<string, V>,
  ) {
    this.stored = stored;
  }

  /**
   * Open the memo file at `path` (undefined: a memo that remembers only within this run).
   *
   * @param path the JSON file
   * @param version what the values depend on beyond their keys (diglot's code): another value empties the memo
   */
  static open<V>(path: string | undefined, version: string): MemoFile<V> {
    const stored = new Map<string, V>();
    if (path) {
      // Absent, unreadable, edited (its seal does not match) or of another version: start empty.
      const data = readCacheJson(path, FORMAT) as { format?: unknown; version?: unknown; entries?: unknown } | undefined;
      if (data && data.format === FORMAT && data.version === version && data.entries && typeof data.entries === 'object' && !Array.isArray(data.entries)) {
        for (const [key, value] of Object.entries(data.entries as Record<string, V>)) stored.set(key, value);
      }
    }
    return new MemoFile(path, version, stored);
  }

  /** The value stored under `key`, if any. */
  get(key: string): V | undefined {
    const value = this.used.get(key) ?? this.stored.get(key);
    if (value === undefined) {
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    this.used.set(key, value);
    return value;
  }

  /** Store `value` under `key` and return it. */
  set(key: string, value: V): V {
    if (!this.stored.has(key) || this.stored.get(key) !== value) this.changed = true;
    this.used.set(key, value);
    return value;
  }

  /**
   * Write the entries used in this run, if anything changed (an entry added, or one of the
   * file's entries not used any more). A failed write is ignored: the memo is only a cache.
   */
  save(): void {
    if (!this.path) return;
    if (!this.changed && this.used.size === this.stored.size) return;
    // A failed write (read-only or full disk) is warned about: the next run recomputes.
    writeCacheJson(this.path, FORMAT, { format: FORMAT, version: this.version, entries: Object.fromEntries(this.used) });
  }
}

/**
 * Where the memo of one kind of work on one document (or pair) lives:
 * `.diglot-cache/memo/<kind>/<hash>.json` under the project root, the hash naming the
 * documents by their path from the root (absolute paths and paths from the working folder
 * name the same file).
 *
 * @example memoPath('/repo', 'segments', '/repo/content/ru/a.md')
 */
export function memoPath(root: string, kind: string, ...documents: string[]): string {
  return join(root, CACHE_DIR, 'memo', kind, `${hashOf(kind, ...documents.map((d) => relative(root, resolve(d)).split(sep).join('/')))}.json`);
}
