import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Read a Markdown document as UTF-8 text, refusing what is not one.
 *
 * @param path the file to read
 * @param name how messages name the file (default: `path`)
 * @returns the text (a leading byte-order mark is kept: write-back must be lossless)
 * @throws InputError when the file is missing, a folder, binary (NUL bytes) or not UTF-8
 * @example readDocument('content/en/us-ussr-recognition-1933.md').startsWith('---') // true
 */
export function readDocument(path: string, name: string = path): string {
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new InputError('Expected a file, not a folder', { file: name });
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'Cannot read a file that does not exist' : `Cannot read file (${code ?? 'error'})`, { file: name });
  }
  return decodeDocument(bytes, name);
}

/** Decode bytes as a UTF-8 text document; see {@link readDocument}. */
export function decodeDocument(bytes: Uint8Array, path: string): string {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new InputError(`Expected a text file, found a NUL byte at byte ${nul}: this looks like a binary file`, { file: path }, { expected: 'UTF-8 text', actual: 'binary data' });
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const place = firstInvalidUtf8(bytes);
    throw new InputError('Expected UTF-8 text, found an invalid byte sequence', { file: path, ...place }, { expected: 'UTF-8', actual: 'invalid byte sequence' });
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
