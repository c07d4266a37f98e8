import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';

/**
 * A test seam: called after the new contents are written to the temporary file and before the
 * comparison, so a test can change the file "between read and write" without relying on timing.
 */
export const writeIfUnchangedHooks: { beforeCompare?: ((path: string) => void) | undefined } = {};

/** The file changed since it was read: another program wrote it (exit 2: nothing was written). */
export class FileChangedError extends InputError {
  override name = 'FileChangedError';
}

/**
 * Compare-and-swap write: write `data` to a temporary file beside `path`, then replace `path`
 * only if it still holds exactly `expected` — the bytes read before the change was computed
 * (`undefined`: the file did not exist, and it is then created without replacing a file made
 * meanwhile). Otherwise nothing is written and a {@link FileChangedError} says so. This guards
 * against writers that do not take diglot's write lock (an editor, a sync tool); the window
 * between the comparison and the rename is a few system calls.
 *
 * @param path the file to (re)place
 * @param data its new contents
 * @param expected its contents as they were read, bytes or decoded text (`undefined`: absent)
 * @param name how messages name the file (default: `path`)
 * @throws FileChangedError when the file is not as it was read
 * @example writeIfUnchanged('content/ru/a.md', output, ruSource)
 */
export function writeIfUnchanged(path: string, data: string | Uint8Array, expected: string | Uint8Array | undefined, name: string = path): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, data);
    writeIfUnchangedHooks.beforeCompare?.(path);
    const current = readOrUndefined(path);
    if (!sameBytes(current, expected)) {
      const what = expected === undefined ? 'it was created' : current === undefined ? 'it was removed' : 'it was changed';
      throw new FileChangedError(
        `Cannot write the file: ${what} by another program since diglot read it. Nothing was written; run the command again`,
        { file: name },
        { expected: expected === undefined ? 'no file' : 'the file as it was read', actual: current === undefined ? 'no file' : 'other contents' },
      );
    }
    if (expected === undefined) createNoReplace(temp, path, name);
    else renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Move `temp` to `path` unless `path` exists (a hard link fails on an existing name). */
function createNoReplace(temp: string, path: string, name: string): void {
  try {
    linkSync(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new FileChangedError('Cannot write the file: it was created by another program since diglot looked. Nothing was written; run the command again', {
        file: name,
      });
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    renameSync(temp, path); // a file system without hard links: the comparison above must do
  }
}

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function sameBytes(current: Buffer | undefined, expected: string | Uint8Array | undefined): boolean {
  if (current === undefined || expected === undefined) return current === expected;
  if (typeof expected !== 'string') return current.equals(expected);
  // Text as a reader decoded it: a decoder may have dropped a leading byte-order mark.
  const text = current.toString('utf8');
  return text === expected || (text.startsWith('\uFEFF') && text.slice(1) === expected);
}
