import { isSystemError } from '../cli/describe-error.js';
import { systemReason } from './system-reason.js';
import { InputError } from '../errors.js';

/**
 * Run the write of an import's result, turning a system error (EACCES, ENOSPC, EISDIR, EROFS…)
 * into an input error that names the target file and the reason; the write is atomic, so
 * nothing was written.
 *
 * @param write the write (atomic: a temporary file renamed over the target)
 * @param target how messages name the target file
 * @throws InputError naming the target and the reason
 * @example writeImport(() => writeFileAtomic(path, output), 'content/ru/a.md')
 */
export function writeImport(write: () => void, target: string): void {
  try {
    write();
  } catch (error) {
    if (!isSystemError(error)) throw error;
    const reason = systemReason(error);
    throw new InputError(`Cannot write the translation: ${reason}; nothing was written`, { file: target }, { expected: 'a writable file', actual: error.code });
  }
}
