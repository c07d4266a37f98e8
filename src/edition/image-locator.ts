import { statSync } from 'node:fs';
import { join, resolve, relative, sep } from 'node:path';
import { InputError } from '../errors.js';
import { kindOf, projectRootOf, resolveInside, within } from '../util/project-file.js';

/** Decides whether a figure's image can be shown and where its file is. */
export interface ImageLocator {
  /** The local file behind a URL, or undefined when the URL is remote, the file is missing or refused. */
  file(url: string): string | undefined;
  /** True when an `<img>` may be written: a remote URL, or a local file that exists and is not refused. */
  available(url: string): boolean;
  /** Why a local image that exists was refused (it leads outside the project, or is not a regular file). */
  refused(url: string): InputError | undefined;
  /** Why an image is not shown although nothing was refused: no file, or a URL that is no path inside the folder. */
  unusable(url: string): ImageGap | undefined;
}

/**
 * An image the pages show without its file: `missing` (the path names no file in the folder)
 * or `outside` (an absolute path, a path that climbs out of the folder, a URL that is neither
 * a path nor http(s)); nothing is read for either.
 */
export interface ImageGap {
  kind: 'missing' | 'outside';
  /** The file the URL names (`missing` only). */
  path?: string;
  /** What was found instead: `no file`, `a folder`, `an absolute path`, … */
  actual: string;
}

/**
 * Resolve image URLs of a Markdown file relative to its folder. A local image must stay
 * inside that folder (no `../` escapes), exist, be a regular file and really be inside the
 * project: a symbolic link that leads outside it (or into `/proc`, `/sys`, `/dev`) is refused,
 * and the figure keeps only its caption, as for a missing image.
 *
 * @param baseDir the folder of the Markdown file
 * @param roots the folders an image may resolve into (default: the project of `baseDir`)
 * @example imageLocator('content/en').available('images/missing.jpg') // false
 */
export function imageLocator(baseDir: string, roots: readonly string[] = [projectRootOf(join(baseDir, 'x'))]): ImageLocator {
  const verdicts = new Map<string, Verdict>();
  const placeOf = (url: string): string | ImageGap => {
    if (url === '') return { kind: 'missing', actual: 'an empty path' };
    if (url.startsWith('//')) return { kind: 'outside', actual: 'a URL without a scheme' };
    if (url.startsWith('/')) return { kind: 'outside', actual: 'an absolute path' };
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
    if (scheme !== undefined) return { kind: 'outside', actual: `a \`${scheme.toLowerCase()}:\` URL` };
    let path: string;
    try {
      path = resolve(baseDir, decodeURI(url.split(/[?#]/)[0] as string));
    } catch {
      return { kind: 'missing', actual: 'a path that is not valid percent-encoding' };
    }
    const rel = relative(baseDir, path);
    if (rel.startsWith('..') || rel.split(sep).includes('..')) return { kind: 'outside', actual: 'a path that climbs out of it' };
    return path;
  };
  const pathOf = (url: string): string | undefined => {
    if (isRemote(url)) return undefined;
    const place = placeOf(url);
    return typeof place === 'string' ? place : undefined;
  };
  const check = (url: string, path: string): Verdict => {
    let verdict = verdicts.get(url);
    if (verdict === undefined) verdicts.set(url, (verdict = judge(path, roots)));
    return verdict;
  };
  const file = (url: string): string | undefined => {
    const path = pathOf(url);
    return path !== undefined && check(url, path) === 'ok' ? path : undefined;
  };
  return {
    file,
    available: (url) => isRemote(url) || file(url) !== undefined,
    refused: (url) => {
      const path = pathOf(url);
      const verdict = path === undefined ? 'missing' : check(url, path);
      // Reported by `diglot build` as an `image-refused` finding.
      return verdict instanceof InputError
        ? new InputError(verdict.message, verdict.place, { expected: verdict.expected, actual: verdict.actual, ruleId: 'image-refused' })
        : undefined;
    },
    unusable: (url) => {
      if (isRemote(url)) return undefined;
      const place = placeOf(url);
      if (typeof place !== 'string') return place;
      const verdict = check(url, place);
      // Reported by `diglot build` as an `image-missing` or `image-outside` warning (image-findings.ts).
      return verdict === 'missing' ? { kind: 'missing', path: place, actual: existsAsFolder(place) ? 'a folder' : 'no file' } : undefined;
    },
  };
}

/** An image file is usable (`ok`), absent or a folder (`missing`: no image, no error), or refused. */
type Verdict = 'ok' | 'missing' | InputError;

function judge(path: string, roots: readonly string[]): Verdict {
  try {
    statSync(path);
  } catch {
    return 'missing'; // absent, or a link to nothing
  }
  const name = roots[0] !== undefined && within(path, roots[0]) ? relative(roots[0], path) : path;
  let real: string;
  try {
    real = resolveInside(path, roots, name);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  let stats;
  try {
    stats = statSync(real);
  } catch {
    return 'missing';
  }
  if (stats.isDirectory()) return 'missing';
  return stats.isFile() ? 'ok' : notAFile(name, kindOf(stats));
}

function notAFile(path: string, kind: string): InputError {
  return new InputError(`Refusing to read \`${path}\`: it is ${kind}, not a regular file`, { file: path }, { expected: 'a regular file', actual: kind });
}

function existsAsFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function isRemote(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
