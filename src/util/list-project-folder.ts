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
  const real = realFolder(dir, options);
  if (real === undefined) return [];
  return readdirSync(real, { withFileTypes: true })
    .filter((entry) => !entry.isDirectory() && (options.suffix === undefined || entry.name.endsWith(options.suffix)))
    .map((entry) => entry.name)
    .sort();
}

/** Options of {@link walkProjectFolder}. */
export interface WalkOptions {
  /** The folders the walked folder may resolve into (default: the project of the folder). */
  roots?: readonly string[] | undefined;
  /** How messages name the folder (default: the path). */
  name?: string | undefined;
  /** Keep only the paths (relative, `/`-separated) this accepts. */
  keep?: ((relativePath: string) => boolean) | undefined;
}

/**
 * The files of a project folder at any depth, as paths relative to it (`/`-separated), sorted:
 * [] when the folder does not exist. The folder itself (through any link on the way) must
 * resolve inside the project. Entries are taken by `lstat` and symbolic links to folders are
 * never followed — inside the project or not — so the walk cannot leave the project or loop;
 * a symbolic link is listed as a file name only (reading it goes through `readProjectFile`,
 * which refuses one that leads outside). Folders whose name starts with `.` are skipped.
 *
 * @param dir the folder
 * @param options the project roots, how messages name the folder, a filter on relative paths
 * @returns relative paths of the files and links in it and its sub-folders
 * @throws InputError when the folder leads out of the project, or is not a folder
 * @example walkProjectFolder('content/en', { roots: [config.root] }) // ['a.md', 'sub/b.md']
 */
export function walkProjectFolder(dir: string, options: WalkOptions = {}): string[] {
  const real = realFolder(dir, options);
  if (real === undefined) return [];
  const found: string[] = [];
  const pending: string[] = [''];
  for (let prefix = pending.pop(); prefix !== undefined; prefix = pending.pop()) {
    for (const entry of readdirSync(prefix ? `${real}/${prefix}` : real, { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.')) pending.push(path);
      } else if (!options.keep || options.keep(path)) found.push(path);
    }
  }
  return found.sort();
}

/** The real path of a project folder, checked to be a folder inside the project; undefined when nothing is there. */
function realFolder(dir: string, options: { roots?: readonly string[] | undefined; name?: string | undefined }): string | undefined {
  const name = options.name ?? dir;
  try {
    lstatSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
  }
  const real = resolveInside(dir, options.roots ?? [projectRootOf(`${dir}/x`)], name);
  if (!lstatSync(real).isDirectory())
    throw new InputError(`Cannot list \`${name}\`: it is not a folder`, { file: name }, { expected: 'a folder', actual: 'a file' });
  return real;
}
