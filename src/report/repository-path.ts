import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ReportOptions } from './report-types.js';

/**
 * The root of the git repository that holds `folder`: the nearest folder, from `folder` up,
 * with a `.git` entry (a folder, or the file of a worktree or submodule). No git command is run.
 *
 * @returns the absolute path, or undefined outside a repository
 * @example repositoryRoot('/work/docs/site') // '/work/docs'
 */
export function repositoryRoot(folder: string): string | undefined {
  let dir = resolve(folder);
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * A reported path as the CI formats print it: relative to the repository root (`options.root`,
 * default `options.cwd`), with forward slashes. A relative path is taken relative to
 * `options.cwd`; a path outside the root stays absolute.
 *
 * @example repositoryPath('content/ru/a.md', { lang: 'en', cwd: '/repo/site', root: '/repo' }) // 'site/content/ru/a.md'
 */
export function repositoryPath(file: string, options: Pick<ReportOptions, 'cwd' | 'root'>): string {
  if (!file) return file;
  const absolute = isAbsolute(file) ? file : resolve(options.cwd, file);
  const rel = relative(options.root ?? options.cwd, absolute);
  const shown = rel === '' || rel.startsWith('..') || isAbsolute(rel) ? absolute : rel;
  return shown.split(sep).join('/');
}
