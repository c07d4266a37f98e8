import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { documentLimit } from '../util/project-file.js';
import { writeInside } from '../util/write-inside.js';
import { warnCache } from './cache-warnings.js';
import { openSealedJson, sealJson } from './seal.js';

/** The name of the cache folder in the project root. */
const CACHE_FOLDER = '.diglot-cache';

/**
 * Why the cache folder of a project cannot be used, or undefined when it can (or does not exist
 * yet): `.diglot-cache` and its folders `blobs`, `check` and `memo` must be real folders — a
 * symbolic link (which a restored CI cache may hold) is never followed, read or cleaned through.
 *
 * @param root the project root
 * @example cacheFolderProblem('/repo') // undefined
 */
export function cacheFolderProblem(root: string): string | undefined {
  for (const sub of ['', 'blobs', 'check', 'memo']) {
    const dir = join(root, CACHE_FOLDER, sub);
    let stats;
    try {
      stats = lstatSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      return `Ignoring the cache: cannot read \`${shown(dir)}\` (${(error as NodeJS.ErrnoException).code ?? 'error'}); the run goes on without it`;
    }
    if (stats.isSymbolicLink())
      return `Ignoring the cache: \`${shown(dir)}\` is a symbolic link (not followed, nothing deleted through it); the run goes on without it`;
    if (!stats.isDirectory()) return `Ignoring the cache: \`${shown(dir)}\` is not a folder; the run goes on without it`;
  }
  return undefined;
}

/**
 * Read a cache file's bytes: absent, a symbolic link, not a regular file, larger than `limit`
 * or unreadable reads as undefined (with a warning unless absent). The file is opened without
 * following links and checked on the open descriptor; at most `limit + 1` bytes are read.
 *
 * @example readCacheBytes(join(root, '.diglot-cache/blobs', sha))
 */
export function readCacheBytes(path: string, limit = documentLimit()): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT')
      warnCache(`Ignoring the cache file \`${shown(path)}\`: ${code === 'ELOOP' ? 'it is a symbolic link' : `cannot read it (${code ?? 'error'})`}`);
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return void warnCache(`Ignoring the cache file \`${shown(path)}\`: it is not a regular file`);
    if (stats.size > limit) return void warnCache(`Ignoring the cache file \`${shown(path)}\`: it is larger than ${limit} bytes`);
    const buffer = Buffer.allocUnsafe(stats.size + 1);
    let total = 0;
    for (let n; total < buffer.length && (n = readSync(fd, buffer, total, buffer.length - total, null)) > 0;) total += n;
    if (total > stats.size) return void warnCache(`Ignoring the cache file \`${shown(path)}\`: it changed while being read`);
    return buffer.subarray(0, total);
  } catch (error) {
    return void warnCache(`Ignoring the cache file \`${shown(path)}\`: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Read a sealed JSON cache file (see `sealJson`): its value, or undefined when it is absent,
 * unusable, corrupt, or its seal does not match (an edited entry is never trusted). Every case
 * but absence is warned about.
 *
 * @param path the file
 * @param purpose the format name it was sealed with
 * @example readCacheJson(file, 'diglot-check-cache/1')
 */
export function readCacheJson(path: string, purpose: string): unknown {
  const bytes = readCacheBytes(path);
  if (bytes === undefined) return undefined;
  const json = openSealedJson(purpose, bytes.toString('utf8'));
  if (json === undefined)
    return void warnCache(
      `Ignoring the cache file \`${shown(path)}\`: its seal does not match its contents (edited, corrupt, or written by another diglot or with another DIGLOT_CACHE_KEY)`,
    );
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return void warnCache(`Ignoring the cache file \`${shown(path)}\`: it is not valid JSON`);
  }
}

/**
 * Write a sealed JSON cache file atomically, never through a symbolic link. A failure (read-only
 * or full disk, a link or a file where a folder should be) is warned about and returns false:
 * the cache is best-effort.
 *
 * @example writeCacheJson(file, 'diglot-check-cache/1', { format, key, messages })
 */
export function writeCacheJson(path: string, purpose: string, value: object): boolean {
  return writeCacheBytes(path, `${sealJson(purpose, JSON.stringify(value))}\n`);
}

/**
 * Write bytes to a cache file atomically, never through a symbolic link (see {@link writeCacheJson}).
 *
 * @example writeCacheBytes(join(blobs, sha), data)
 */
export function writeCacheBytes(path: string, data: string | Uint8Array): boolean {
  const at = path.lastIndexOf(`${sep}${CACHE_FOLDER}${sep}`);
  const base = at === -1 ? dirname(path) : path.slice(0, at + CACHE_FOLDER.length + 1);
  const rel = at === -1 ? basename(path) : path.slice(at + CACHE_FOLDER.length + 2);
  try {
    let stats;
    try {
      stats = lstatSync(base);
    } catch {
      mkdirSync(base, { recursive: true });
      stats = lstatSync(base);
    }
    if (!stats.isDirectory()) throw Object.assign(new Error('not a real folder'), { code: stats.isSymbolicLink() ? 'a symbolic link' : 'not a folder' });
    writeInside(base, rel.split(sep).join('/'), data);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    warnCache(`Cannot write the cache file \`${shown(path)}\` (${code}); the run goes on without it`);
    return false;
  }
}

/**
 * Delete the files of a cache folder that `keep` rejects, never following a symbolic link: a
 * linked or missing folder deletes nothing (a link is warned about); only names accepted by
 * `candidate` are considered; entries that are folders are left alone.
 *
 * @returns how many were deleted
 * @example sweepCacheFolder(blobs, (n) => /^[0-9a-f]{64}$/.test(n), (n) => used.has(n))
 */
export function sweepCacheFolder(dir: string, candidate: (name: string) => boolean, keep: (name: string) => boolean): number {
  try {
    const stats = lstatSync(dir);
    if (!stats.isDirectory()) {
      warnCache(`Not cleaning \`${shown(dir)}\`: it is ${stats.isSymbolicLink() ? 'a symbolic link (not followed)' : 'not a folder'}`);
      return 0;
    }
  } catch {
    return 0;
  }
  let deleted = 0;
  for (const name of readdirSync(dir)) {
    if (!candidate(name) || keep(name)) continue;
    const path = join(dir, name);
    try {
      if (lstatSync(path).isDirectory()) continue;
      unlinkSync(path); // removes a link itself, never what it points to
      deleted++;
    } catch {
      // gone already, or not ours to delete
    }
  }
  return deleted;
}

function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}
