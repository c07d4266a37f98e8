import { InputError } from '../errors.js';
import { readProjectFile, type ProjectFileOptions } from './project-file.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Read a Markdown document as UTF-8 text, refusing what is not one. The file is read through
 * {@link readProjectFile}: it must resolve inside the project (a symbolic link that leads out
 * of it, or into `/proc`, `/sys` or `/dev`, is refused), be a regular file and be no larger
 * than the document limit (64 MiB, `DIGLOT_MAX_DOCUMENT_BYTES`).
 *
 * @param path the file to read
 * @param name how messages name the file (default: `path`)
 * @param options the folders it may resolve into (default: the project of the path), the size limit
 * @returns the text (a leading byte-order mark is kept: write-back must be lossless)
 * @throws InputError when the file is missing, a folder, a device, outside the project, too large, binary (NUL bytes) or not UTF-8
 * @example readDocument('content/en/us-ussr-recognition-1933.md').startsWith('---') // true
 */
export function readDocument(path: string, name: string = path, options: Omit<ProjectFileOptions, 'name'> = {}): string {
  return decodeDocument(readProjectFile(path, { ...options, name }), name);
}

/** Decode bytes as a UTF-8 text document; see {@link readDocument}. */
export function decodeDocument(bytes: Uint8Array, path: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new InputError(
      `Expected a text file, found a NUL byte at byte ${nul}: this looks like a binary file`,
      { file: path },
      { expected: 'UTF-8 text', actual: 'binary data' },
    );
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const place = firstInvalidUtf8(bytes);
    throw new InputError(
      'Expected UTF-8 text, found an invalid byte sequence',
      { file: path, ...place },
      { expected: 'UTF-8', actual: 'invalid byte sequence' },
    );
  }
}

function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest invalid prefix, then count lines before it.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  const before = Buffer.from(bytes.subarray(0, lo)).toString('utf8');
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
