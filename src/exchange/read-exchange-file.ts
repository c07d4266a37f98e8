import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isSystemError } from '../cli/describe-error.js';
import { systemReason } from './system-reason.js';
import { InputError } from '../errors.js';

/**
 * Read the bytes of an exchange file for import: a regular file of at most `maxBytes` bytes
 * (read through one descriptor, so a file growing meanwhile or a device is refused too).
 * System errors (EACCES, EISDIR, EIO…) become input errors naming the file and the reason.
 *
 * @param path the file
 * @param file how messages name it
 * @param maxBytes the size limit
 * @throws InputError naming the file: missing, a folder or device, too large, unreadable
 * @example readExchangeFile('/tmp/ru.po', 'ru.po', 50 * 1024 * 1024).length
 */
export function readExchangeFile(path: string, file: string, maxBytes: number): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError('Cannot import a folder, expected an XLIFF or PO file', { file }, { expected: 'a file', actual: 'a folder' });
    if (!stat.isFile())
      throw new InputError('Cannot import a device or pipe, expected an XLIFF or PO file', { file }, { expected: 'a regular file', actual: 'a special file' });
    const tooLarge = (size: number): InputError =>
      new InputError(
        `Unexpected file of ${size} bytes, expected at most ${maxBytes} (raise it with --max-size)`,
        { file },
        { expected: `≤ ${maxBytes} bytes`, actual: `${size} bytes` },
      );
    if (stat.size > maxBytes) throw tooLarge(stat.size);
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) throw tooLarge(length);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (isSystemError(error)) {
      const reason = error.code === 'ENOENT' ? 'it does not exist' : systemReason(error);
      throw new InputError(`Cannot read the file: ${reason}`, { file }, { expected: 'a readable XLIFF or PO file', actual: error.code });
    }
    throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
