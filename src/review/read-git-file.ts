import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { decodeDocument, readDocument } from '../util/read-document.js';
import { walkProjectFolder } from '../util/list-project-folder.js';

const run = promisify(execFile);

/** A version of the repository: a git ref, or the working tree when `ref` is undefined. */
export interface Version {
  /** The repository's top-level folder. */
  root: string;
  ref?: string;
}

/**
 * The top-level folder of the git repository holding `cwd`.
 *
 * @throws UsageError when `cwd` is not inside a git repository
 * @example await gitRoot('/work/main/content') // '/work/main'
 */
export async function gitRoot(cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--show-toplevel'], { cwd });
    return stdout.trim();
  } catch {
    throw new UsageError(`Cannot read older versions without a git repository: \`${cwd}\` is not inside one`);
  }
}

/**
 * Check that a ref names a commit.
 *
 * @throws UsageError for an unknown ref
 * @example await verifyRef('/repo', 'HEAD~1')
 */
export async function verifyRef(root: string, ref: string): Promise<void> {
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root });
  } catch {
    throw new UsageError(`Unexpected git ref \`${ref}\`, expected a commit (e.g. \`HEAD\`, \`HEAD~1\`, a branch or a hash)`);
  }
}

/**
 * Whether the repository has a commit yet (`HEAD` resolves).
 *
 * @example await hasCommits('/repo') // false right after `git init`
 */
export async function hasCommits(root: string): Promise<boolean> {
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: root });
    return true;
  } catch {
    return false;
  }
}

/**
 * The empty tree of the repository's hash algorithm (`git hash-object -t tree /dev/null`):
 * the version before the first commit, in which no file exists.
 *
 * @example await emptyTree('/repo') // '4b825dc642cb6eb9a060e54bf8d69288fbee4904'
 */
export async function emptyTree(root: string): Promise<string> {
  const { stdout } = await run('git', ['hash-object', '-t', 'tree', '/dev/null'], { cwd: root });
  return stdout.trim();
}

/**
 * Read a file of a version through git (`git cat-file blob <ref>:<path>`), with no checkout;
 * the working tree is read from disk.
 *
 * @param version the repository and ref (undefined ref: the working tree)
 * @param path the file, absolute or relative to the repository root
 * @returns the text, or undefined when the file does not exist in that version
 * @example await readGitFile({ root, ref: 'HEAD' }, 'content/en/a.md')
 */
export async function readGitFile(version: Version, path: string): Promise<string | undefined> {
  const rel = repoPath(version.root, path);
  if (version.ref === undefined) {
    const abs = join(version.root, rel);
    return existsSync(abs) ? readDocument(abs, rel) : undefined;
  }
  const spec = `${version.ref}:${rel}`;
  try {
    await run('git', ['cat-file', '-e', spec], { cwd: version.root });
  } catch {
    return undefined;
  }
  const { stdout } = await run('git', ['cat-file', 'blob', spec], { cwd: version.root, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
  return decodeDocument(stdout, `${version.ref}:${rel}`);
}

/**
 * The files under a folder of a version (`git ls-tree` for a ref, the disk for the working tree).
 * With a suffix, the folder's own files; with a predicate, its files at any depth whose path
 * relative to the folder (`sub/x.md`) it accepts (the working tree is walked by
 * `walkProjectFolder`: symbolic links to folders are not followed).
 *
 * @param dir folder relative to the repository root, e.g. `content/en`
 * @param filter keep names ending so, e.g. `.md`; or a predicate on paths relative to `dir`
 * @returns repository-relative paths, sorted
 * @example await listGitFiles({ root, ref: 'HEAD' }, 'content/en', '.md')
 */
export async function listGitFiles(version: Version, dir: string, filter: string | ((relativePath: string) => boolean)): Promise<string[]> {
  const rel = repoPath(version.root, dir);
  if (typeof filter === 'function') {
    if (version.ref === undefined)
      return walkProjectFolder(join(version.root, rel), { roots: [version.root], name: rel, keep: filter }).map((f) => `${rel}/${f}`);
    const { stdout } = await run('git', ['ls-tree', '-r', '--name-only', version.ref, '--', `${rel}/`], { cwd: version.root });
    return stdout
      .split('\n')
      .filter((f) => f.startsWith(`${rel}/`) && filter(f.slice(rel.length + 1)))
      .sort();
  }
  const suffix = filter;
  if (version.ref === undefined) {
    const abs = join(version.root, rel);
    if (!existsSync(abs)) return [];
    return readdirSync(abs)
      .filter((f) => f.endsWith(suffix))
      .sort()
      .map((f) => join(rel, f));
  }
  const { stdout } = await run('git', ['ls-tree', '--name-only', version.ref, '--', `${rel}/`], { cwd: version.root });
  return stdout
    .split('\n')
    .filter((f) => f.endsWith(suffix))
    .sort();
}

/** A path relative to the repository root, with forward slashes. */
export function repoPath(root: string, path: string): string {
  const abs = isAbsolute(path) ? path : resolve(root, path);
  return relative(root, abs).split('\\').join('/');
}
