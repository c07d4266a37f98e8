import { existsSync, statSync } from 'node:fs';
import { resolve, relative, sep } from 'node:path';

/** Decides whether a figure's image can be shown and where its file is. */
export interface ImageLocator {
  /** The local file behind a URL, or undefined when the URL is remote or the file is missing. */
  file(url: string): string | undefined;
  /** True when an `<img>` may be written: a remote URL, or a local file that exists. */
  available(url: string): boolean;
}

/**
 * Resolve image URLs of a Markdown file relative to its folder. A local image must stay
 * inside that folder (no `../` escapes) and exist; otherwise the figure keeps only its caption.
 *
 * @param baseDir the folder of the Markdown file
 * @example imageLocator('content/en').available('images/missing.jpg') // false
 */
export function imageLocator(baseDir: string): ImageLocator {
  const file = (url: string): string | undefined => {
    if (isRemote(url) || url.startsWith('/') || url === '') return undefined;
    let path: string;
    try {
      path = resolve(baseDir, decodeURI(url.split(/[?#]/)[0] as string));
    } catch {
      return undefined;
    }
    const rel = relative(baseDir, path);
    if (rel.startsWith('..') || rel.split(sep).includes('..')) return undefined;
    return existsSync(path) && statSync(path).isFile() ? path : undefined;
  };
  return { file, available: (url) => isRemote(url) || file(url) !== undefined };
}

function isRemote(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
