import { lstatSync, readdirSync } from 'node:fs';
import { InputError } from '../errors.js';
import { projectRootOf, resolveInside } from './project-file.js';

/** Options of {@link listProjectFolder}. */
export interface ListOptions {
  /** The folders the listed folder may resolve into (default: the project of the folder). */
  roots?: readonly string[] | undefined;
  /** Keep only names ending so (e.g. `.md`). */
  suffix?: string | undefined;
  /** How messages name the folder (default: the path). */
  name?: string | undefined;
}

/**
 * The file names of a project folder, sorted: [] when the folder does not exist. The folder
 * (through any symbolic link on the way) must resolve inside the project; it is listed once,
 * never recursively, so a link loop cannot make it spin. Entries are taken by `lstat`:
 * sub-folders are left out, and a symbolic link is listed as a name only — never followed
 * here — so reading it goes through `readProjectFile`, which refuses one that leads outside.
 *
 * @param dir the folder
 * @param options the project roots, a suffix to keep, how messages name the folder
 * @returns the names (not paths) of the files and links in it
 * @throws InputError when the folder leads out of the project, or is not a folder
 * @example listProjectFolder('content/en', { roots: [config.root], suffix: '.md' }) // ['a.md', 'b.md']
 */
export function listProjectFolder(dir: string, options: ListOptions = {}): string[] {
  const name = options.name ?? dir;
  try {
    lstatSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
  }
  const real = resolveInside(dir, options.roots ?? [projectRootOf(`${dir}/x`)], name);
  if (!lstatSync(real).isDirectory()) throw new InputError(`Cannot list \`${name}\`: it is not a folder`, { file: name }, { expected: 'a folder', actual: 'a file' });
  return readdirSync(real, { withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && (options.suffix === undefined || entry.name.endsWith(options.suffix)))
    .map((entry) => entry.name)
    .sort();
}
