import picomatch from 'picomatch';

/** The document extensions diglot reads; `include` picks among them (default: `.md` only). */
export const DOCUMENT_EXTENSIONS = ['.md', '.mdx'] as const;

/** The default `include` of the config: every `.md` file at any depth. */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.md'];

/** Which files of a language folder are documents. */
export interface ContentGlobs {
  include: readonly string[];
  exclude: readonly string[];
}

/**
 * Why a glob of `include`/`exclude` is refused, or undefined when it is usable. A glob is
 * matched against a path relative to `content/<lang>/`, `/`-separated: it must not be
 * absolute, climb out (`..`), use backslashes, or have unbalanced brackets or braces.
 *
 * @example globProblem('../x/*.md') // 'it climbs out of the language folder (`..`)'
 */
export function globProblem(glob: string): string | undefined {
  if (glob.trim() === '') return 'it is empty';
  if (glob.startsWith('/') || /^[A-Za-z]:/.test(glob)) return 'it is absolute';
  if (glob.includes('\\')) return 'it holds a backslash (paths are `/`-separated)';
  if (glob.split('/').includes('..')) return 'it climbs out of the language folder (`..`)';
  if (glob.startsWith('./')) return 'it starts with `./` (globs are relative to `content/<lang>/` already)';
  const open = (a: string, b: string): number => [...glob].reduce((n, c) => (n < 0 ? n : c === a ? n + 1 : c === b ? n - 1 : n), 0);
  if (open('[', ']') !== 0) return 'its `[` and `]` do not balance';
  if (open('{', '}') !== 0) return 'its `{` and `}` do not balance';
  try {
    picomatch.makeRe(glob, { strictBrackets: true });
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

/**
 * A predicate telling whether a path relative to a language folder (`sub/x.md`) is a document:
 * it has a document extension, matches an `include` glob and no `exclude` glob. Dot files and
 * dot folders are matched like any other name only when a glob names them (`dot: false`).
 *
 * @example documentFilter({ include: ['**\/*.md'], exclude: ['drafts/**'] })('drafts/a.md') // false
 */
export function documentFilter(globs: ContentGlobs): (relativePath: string) => boolean {
  const included = picomatch(globs.include.length ? globs.include : DEFAULT_INCLUDE);
  const excluded = globs.exclude.length ? picomatch(globs.exclude) : () => false;
  return (path) => DOCUMENT_EXTENSIONS.some((ext) => path.endsWith(ext)) && included(path) && !excluded(path);
}

/** A document's slug: its path relative to the language folder, `/`-separated, without extension. */
export function slugOf(relativePath: string): string {
  const ext = DOCUMENT_EXTENSIONS.find((e) => relativePath.endsWith(e));
  return ext ? relativePath.slice(0, -ext.length) : relativePath;
}
