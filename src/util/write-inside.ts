import { closeSync, constants, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join, sep } from 'node:path';
import { InputError } from '../errors.js';

/**
 * Write a file under a folder without ever following a symbolic link placed inside it: every
 * folder between `base` and the file must be a real folder (missing ones are created one by
 * one), the data goes to a new temporary file (created exclusively, so a planted link is not
 * followed) and is renamed over the target (a link at the target is replaced, not followed).
 *
 * @param base a real folder (already resolved and checked by the caller)
 * @param file the path below it, `/`-separated, without `..`
 * @param data the contents (strings as UTF-8)
 * @throws InputError when a folder on the way is a symbolic link or not a folder
 * @example writeInside('/repo/dist', 'en/a.html', html)
 */
export function writeInside(base: string, file: string, data: string | Uint8Array): void {
  const parts = file.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.includes(sep))) {
    throw new InputError(`Refusing to write \`${file}\`: expected a relative path inside the output folder`, { file });
  }
  let dir = base;
  for (const part of parts.slice(0, -1)) {
    dir = join(dir, part);
    realFolder(dir, file);
  }
  const target = join(dir, parts.at(-1) as string);
  const temp = join(dir, `.${parts.at(-1) as string}.${process.pid}.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    closeSync(fd);
    renameSync(temp, target);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Make sure `dir` is a real folder (create it when missing); refuse a link or a file. */
function realFolder(dir: string, file: string): void {
  let stats;
  try {
    stats = lstatSync(dir);
  } catch {
    mkdirSync(dir);
    return;
  }
  if (stats.isSymbolicLink())
    throw new InputError(
      `Refusing to write \`${file}\` through the symbolic link \`${dir}\``,
      { file: dir },
      { expected: 'a real folder', actual: 'a symbolic link' },
    );
  if (!stats.isDirectory())
    throw new InputError(`Refusing to write \`${file}\`: \`${dir}\` is not a folder`, { file: dir }, { expected: 'a folder', actual: 'a file' });
}
