import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';
import { assetLimit } from '../util/project-file.js';
import { writeInside } from '../util/write-inside.js';
import { sha256Of, type BlobStore } from './blob-store.js';
import type { DocumentEntry } from './document-cache.js';
import { sanitizePage } from './sanitize-page.js';
import { notePageSanitized } from './sanitized-pages.js';

/**
 * Writing the output folder of `build`: a file is written only when it does not already hold
 * the bytes (never through a symbolic link planted there), every HTML page is sanitised after
 * assembly, and an article taken from the document cache is restored from its blobs.
 */

/**
 * Make the output folder hold an entry's files: write each one that is missing or different
 * from its blob. Returns how many were written, or undefined (nothing written) when a needed
 * blob is missing or corrupt.
 *
 * @example restore(entry, 'dist', blobs, report, config.root) // 3: three files were missing or different
 */
export function restore(entry: DocumentEntry, out: string, blobs: BlobStore, report: { written: string[] }, root: string): number | undefined {
  // Every page is read and sanitised (the cache is untrusted input: its seal key may be public),
  // other files only when the output folder does not hold them already.
  const wanted = entry.outputs.filter((o) => isPage(o.file) || currentSha(join(out, o.file)) !== o.sha256);
  const data = wanted.map((o) => blobs.get(o.sha256));
  if (data.some((d) => d === undefined)) return undefined;
  let written = 0;
  wanted.forEach((o, i) => {
    const safe = safePage(o.file, data[i] as Buffer, 'came from the cache', out, root);
    if (safe === data[i] && isPage(o.file) && currentSha(join(out, o.file)) === o.sha256) return;
    if (safe !== data[i] && currentSha(join(out, o.file)) === sha256Of(safe)) return;
    writeInside(out, o.file, safe);
    report.written.push(o.file);
    written++;
  });
  return written;
}

function isPage(file: string): boolean {
  return file.endsWith('.html');
}

/**
 * An output file as it may be written: an HTML page is sanitised after assembly
 * (`sanitizePage`); a page that needed it is noted (`page-sanitized`), naming what was removed.
 *
 * @example safePage('en/a.html', html, 'came from the cache', 'dist', root) === html // true for a clean page
 */
export function safePage<T extends string | Uint8Array>(file: string, data: T, origin: string, out: string, root: string): T | string {
  if (!isPage(file)) return data;
  const html = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
  const { html: safe, removed } = sanitizePage(html);
  if (removed.length === 0) return data;
  const where = relative(root, join(out, file));
  const shown = [...new Set(removed)];
  notePageSanitized(
    `${where.startsWith('..') ? join(out, file) : where}: removed unsafe content that ${origin} (${shown.slice(0, 3).join('; ')}${shown.length > 3 ? `; and ${shown.length - 3} more` : ''})`,
  );
  return safe;
}

/**
 * Write a file of the output folder unless it already holds these bytes; true when written.
 *
 * @example syncFile('dist', 'diglot.css', css, sha256Of(css)) // false the second time
 */
export function syncFile(out: string, name: string, data: string | Uint8Array, sha: string): boolean {
  if (currentSha(join(out, name)) === sha) return false;
  writeInside(out, name, data);
  return true;
}

/**
 * The sha256 of an output file as it is, or undefined when it is missing, not a regular file
 * (a symbolic link planted in the output folder is never followed: it is replaced) or larger
 * than the asset limit.
 */
function currentSha(path: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > assetLimit()) return undefined;
    const buffer = Buffer.alloc(stats.size);
    let total = 0;
    for (let n; total < buffer.length && (n = readSync(fd, buffer, total, buffer.length - total, null)) > 0;) total += n;
    return total === stats.size ? sha256Of(buffer) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
