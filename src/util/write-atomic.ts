import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Write a file atomically: the data goes to a temporary file in the same folder, which is then
 * renamed over the target, so readers never see a half-written file and a failed run leaves
 * the old file untouched. Creates the folder when missing.
 *
 * @param path the file to (re)place
 * @param data the new contents (strings are written as UTF-8)
 * @example writeFileAtomic('glossary/forms.json', json)
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
