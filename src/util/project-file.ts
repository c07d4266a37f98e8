import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../errors.js';

/** Default size limit of a text file diglot reads (Markdown, YAML, JSON): 64 MiB. */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;
/** Default size limit of an asset copied by `build` (an image): 256 MiB. */
export const MAX_ASSET_BYTES = 256 * 1024 * 1024;

/** System folders whose files are never project content, whatever the project root. */
const SYSTEM_DIRS = ['/proc', '/sys', '/dev'];
const CONFIG_FILE = 'diglot.config.yaml';

/** Options of {@link readProjectFile}. */
export interface ProjectFileOptions {
  /**
   * The folders a file may resolve into (symbolic links included). Default: the project of the
   * path — the folder of the nearest `diglot.config.yaml` above it, else the file's own folder.
   */
  roots?: readonly string[] | undefined;
  /** Largest size accepted, in bytes (default: {@link documentLimit}). */
  limit?: number | undefined;
  /** How messages name the file (default: the path). */
  name?: string | undefined;
}

/**
 * The size limit of documents: `DIGLOT_MAX_DOCUMENT_BYTES` when set to a positive integer,
 * else {@link MAX_DOCUMENT_BYTES}.
 *
 * @example documentLimit() // 67108864
 */
export function documentLimit(): number {
  return limitFromEnv('DIGLOT_MAX_DOCUMENT_BYTES', MAX_DOCUMENT_BYTES);
}

/**
 * The size limit of assets (images copied to the output): `DIGLOT_MAX_ASSET_BYTES` when set
 * to a positive integer, else {@link MAX_ASSET_BYTES}.
 *
 * @example assetLimit() // 268435456
 */
export function assetLimit(): number {
  return limitFromEnv('DIGLOT_MAX_ASSET_BYTES', MAX_ASSET_BYTES);
}

/**
 * The folder a file belongs to when no project root is given: the folder of the nearest
 * `diglot.config.yaml` above it, else the file's own folder.
 *
 * @example projectRootOf('/repo/content/en/a.md') // '/repo'
 */
export function projectRootOf(path: string): string {
  const start = dirname(resolve(path));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    if (dirname(dir) === dir) return start;
  }
}

/**
 * Where a project path really leads: its real path, after checking that it (and any
 * symbolic link on the way) stays inside one of `roots` and out of `/proc`, `/sys` and `/dev`.
 *
 * @param path the path as the project names it
 * @param roots the folders it may resolve into
 * @param name how messages name the file
 * @returns the real path (the file may be of any type)
 * @throws InputError naming the file, the link and its target when it leads outside; when it does not exist
 * @example resolveInside('content/en/images/a.png', ['/repo'], 'content/en/images/a.png') // '/repo/content/en/images/a.png'
 */
export function resolveInside(path: string, roots: readonly string[], name: string = path): string {
  const abs = resolve(path);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      const link = firstLink(abs);
      if (link)
        throw new InputError(
          `Refusing to read \`${name}\`: the symbolic link \`${link.link}\` (→ \`${link.target}\`) leads to nothing`,
          { file: name },
          { expected: 'an existing file', actual: 'a dangling symbolic link' },
        );
      throw new InputError('Cannot read a file that does not exist', { file: name });
    }
    if (code === 'ELOOP')
      throw new InputError(
        `Refusing to read \`${name}\`: its symbolic links form a loop`,
        { file: name },
        { expected: 'a regular file', actual: 'a symbolic link loop' },
      );
    throw new InputError(`Cannot read file (${code ?? 'error'})`, { file: name });
  }
  if (isSystemPath(real)) throw refusal(name, abs, firstLink(abs), real, 'a system file', 'a regular file inside the project');
  const realRoots = roots.map(realOrResolved);
  if (!realRoots.some((root) => within(real, root))) {
    const root = realRoots[0] ?? '';
    throw refusal(name, abs, firstLink(abs), real, `outside the project folder \`${root}\``, `a file inside \`${root}\``);
  }
  return real;
}

/**
 * Read a file of the project safely: it must resolve inside the project (symbolic links are
 * followed only while they stay inside), be a regular file (not a device, FIFO, socket or
 * folder) and be no larger than the limit. The checks are made on the opened file descriptor
 * and at most `limit + 1` bytes are read, so a file swapped or grown between the check and
 * the read cannot get past them.
 *
 * @param path the file
 * @param options the folders it may resolve into, the size limit, how messages name it
 * @returns the bytes
 * @throws InputError that names the file (and the link and its target) when refused or unreadable
 * @example readProjectFile('content/en/a.md', { roots: [config.root] }).length
 */
export function readProjectFile(path: string, options: ProjectFileOptions = {}): Buffer {
  const name = options.name ?? path;
  const limit = options.limit ?? documentLimit();
  const roots = options.roots ?? [projectRootOf(path)];
  const real = resolveInside(path, roots, name);
  let fd: number;
  try {
    // O_NOFOLLOW: a link swapped in after resolving is refused; O_NONBLOCK: a FIFO does not hang open().
    fd = openSync(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new InputError(`Refusing to read \`${name}\`: it was replaced by a symbolic link while being read`, { file: name });
    if (code === 'ENOENT') throw new InputError('Cannot read a file that does not exist', { file: name });
    throw new InputError(`Cannot read file (${code ?? 'error'})`, { file: name });
  }
  try {
    const opened = openedPath(fd);
    if (opened !== undefined && !roots.map(realOrResolved).some((root) => within(opened, root))) {
      throw refusal(name, resolve(path), undefined, opened, 'outside the project folder', 'a file inside the project');
    }
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      throw new InputError(
        `Refusing to read \`${name}\`: it is ${kindOf(stats)}, not a regular file`,
        { file: name },
        { expected: 'a regular file', actual: kindOf(stats) },
      );
    }
    if (stats.size > limit) throw tooLarge(name, limit, `${stats.size} bytes`);
    return readAtMost(fd, limit, name);
  } finally {
    closeSync(fd);
  }
}

/**
 * A short description of what a file system entry is (`a folder`, `a character device`…).
 *
 * @example kindOf(lstatSync('/dev/null')) // 'a character device'
 */
export function kindOf(stats: Stats): string {
  if (stats.isFile()) return 'a regular file';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * True when `path` is `folder` or inside it (both absolute; no file system access).
 *
 * @example within('/repo/content/a.md', '/repo') // true
 */
export function within(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

function readAtMost(fd: number, limit: number, name: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      throw new InputError(`Cannot read file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { file: name });
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) throw tooLarge(name, limit, `more than ${limit} bytes (it grew while being read)`);
  }
  return Buffer.concat(chunks, total);
}

/** The real path of an open file descriptor (Linux), or undefined where it cannot be known. */
function openedPath(fd: number): string | undefined {
  try {
    const path = readlinkSync(`/proc/self/fd/${fd}`);
    return path.startsWith('/') ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The first symbolic link on the way to `abs` (a folder or the file itself), with its target. */
function firstLink(abs: string): { link: string; target: string } | undefined {
  const parts = abs.split(sep);
  for (let i = 2; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join(sep) || sep;
    try {
      if (lstatSync(prefix).isSymbolicLink()) return { link: prefix, target: readlinkSync(prefix) };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** "Refusing to read `x`: it is a symbolic link to `/etc/passwd`, outside the project folder `/repo`". */
function refusal(name: string, abs: string, link: { link: string; target: string } | undefined, real: string, where: string, expected: string): InputError {
  const how = !link
    ? `it is \`${real}\``
    : link.link === abs
      ? `it is a symbolic link to \`${link.target}\`${resolve(dirname(abs), link.target) === real ? '' : ` (\`${real}\`)`}`
      : `it leads through the symbolic link \`${relative(process.cwd(), link.link) || link.link}\` (→ \`${link.target}\`) to \`${real}\``;
  return new InputError(`Refusing to read \`${name}\`: ${how}, ${where}`, { file: name }, { expected, actual: `\`${real}\`` });
}

function tooLarge(name: string, limit: number, actual: string): InputError {
  return new InputError(
    `Refusing to read \`${name}\`: it is larger than the limit of ${limit} bytes`,
    { file: name },
    { expected: `at most ${limit} bytes`, actual },
  );
}

function isSystemPath(path: string): boolean {
  return SYSTEM_DIRS.some((dir) => within(path, dir));
}

function realOrResolved(path: string): string {
  try {
    return realpathSync(resolve(path));
  } catch {
    return resolve(path);
  }
}

function limitFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  return value !== undefined && /^[1-9][0-9]{0,15}$/.test(value) ? Number(value) : fallback;
}
