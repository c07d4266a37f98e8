import { describeSystemError, type SystemError } from '../cli/describe-error.js';

/**
 * The reason of a system error in plain words, without its path or system call.
 *
 * @example systemReason(Object.assign(new Error(), { code: 'ENOSPC', syscall: 'write' })) // 'no space left on the device (ENOSPC)'
 */
export function systemReason(error: SystemError): string {
  const bare = Object.assign(new Error(error.message), { code: error.code, syscall: error.syscall ?? 'open' });
  return describeSystemError(bare).replace(/^Cannot [^:]+: /, '');
}
