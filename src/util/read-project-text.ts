import { lstatSync } from 'node:fs';
import { readDocument } from './read-document.js';

/**
 * Read a text file of the project that may be absent (a lock, an obsolete file): undefined
 * when there is nothing at the path, else the text, read safely by `readDocument` (inside the
 * project, a regular file, size-limited, UTF-8). A symbolic link at the path is not "nothing":
 * a dangling link or one that leads out of the project is refused with an error that names
 * the file and the link — never with any of the content it leads to.
 *
 * @param path the file
 * @param name how messages name the file (default: `path`)
 * @param roots the folders it may resolve into (default: the project of the path)
 * @returns the text, or undefined when nothing is at the path
 * @throws InputError when the file is refused or unreadable
 * @example readProjectText('content/a.lock.json', 'content/a.lock.json', [config.root])
 */
export function readProjectText(path: string, name: string = path, roots?: readonly string[]): string | undefined {
  try {
    lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  }
  return readDocument(path, name, roots ? { roots } : {});
}
