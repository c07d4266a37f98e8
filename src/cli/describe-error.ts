import { InputError, UsageError } from '../errors.js';

/** A Node.js system error (`fs`, `child_process`, …): a code such as `EACCES`, the call and usually the path. */
export interface SystemError extends Error {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

/** Plain words for the system error codes a file-handling command meets. */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such file or folder',
  EEXIST: 'it already exists',
  EISDIR: 'it is a folder, expected a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENOTEMPTY: 'the folder is not empty',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many open files in this process',
  ENFILE: 'too many open files in the system',
  EBUSY: 'the file or device is busy',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'the file name is too long',
  EIO: 'input/output error',
  EFBIG: 'the file is too large',
  EXDEV: 'it cannot be moved to another file system',
  EAGAIN: 'the resource is temporarily unavailable',
  ENOMEM: 'out of memory',
  EPIPE: 'the reading end of the pipe was closed',
  ETXTBSY: 'the file is busy',
};

/** What the system call tried to do, in words. */
const ACTIONS: Readonly<Record<string, string>> = {
  open: 'open',
  read: 'read',
  write: 'write',
  close: 'close',
  mkdir: 'create the folder',
  mkdtemp: 'create a temporary folder in',
  rmdir: 'remove the folder',
  rm: 'remove',
  unlink: 'delete',
  rename: 'rename',
  copyfile: 'copy',
  cp: 'copy',
  scandir: 'list the folder',
  opendir: 'list the folder',
  stat: 'read the attributes of',
  lstat: 'read the attributes of',
  fstat: 'read the attributes of',
  realpath: 'resolve',
  readlink: 'read the link',
  symlink: 'create the link',
  link: 'create the link',
  chmod: 'change the mode of',
  utime: 'set the times of',
  fsync: 'flush',
  ftruncate: 'truncate',
  access: 'access',
};

/**
 * Whether a thrown value is a Node.js system error: a code such as `EACCES` and the system call
 * or path it came from.
 *
 * @example isSystemError(Object.assign(new Error('x'), { code: 'EACCES', syscall: 'open', path: 'a.md' })) // true
 */
export function isSystemError(error: unknown): error is SystemError {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as Partial<SystemError>;
  return typeof e.code === 'string' && /^E[A-Z0-9]+$/.test(e.code) && (typeof e.syscall === 'string' || typeof e.path === 'string');
}

/**
 * One line for a system error: `<path>: Cannot <action>: <plain reason> (<code>)`.
 *
 * @example describeSystemError(Object.assign(new Error(), { code: 'EACCES', syscall: 'open', path: 'dist/a.html' }))
 * // 'dist/a.html: Cannot open: permission denied (EACCES)'
 */
export function describeSystemError(error: SystemError): string {
  const syscall = error.syscall ?? '';
  const action = syscall.startsWith('spawn')
    ? `run \`${syscall.slice('spawn'.length).trim() || (error.path ?? 'a program')}\``
    : (ACTIONS[syscall] ?? (syscall || 'use'));
  const reason = REASONS[error.code] ?? nodeReason(error) ?? 'system error';
  // An atomic write renames a temporary file onto the real one: the real one is what failed.
  if (error.dest !== undefined) return `${error.dest}: Cannot replace it with ${error.path ?? 'the new file'}: ${reason} (${error.code})`;
  return `${error.path === undefined ? '' : `${error.path}: `}Cannot ${action}: ${reason} (${error.code})`;
}

/** Node's own description, from a message of the form `EACCES: permission denied, open '…'`. */
function nodeReason(error: SystemError): string | undefined {
  const match = /^[A-Z0-9]+: ([^,]+)/.exec(error.message ?? '');
  return match?.[1]?.trim();
}

/**
 * One line saying what went wrong, without the `diglot:` prefix: `file:line:column: message
 * (expected: …; found: …)` for input errors, `<path>: Cannot <action>: <reason> (<code>)` for
 * system errors, the message otherwise.
 *
 * @example summarizeError(new InputError('Invalid YAML', { file: 'a.md', line: 2, column: 1 })) // 'a.md:2:1: Invalid YAML'
 */
export function summarizeError(error: unknown): string {
  if (error instanceof InputError) {
    const details = [error.expected && `expected: ${error.expected}`, error.actual && `found: ${error.actual}`].filter(Boolean);
    return `${error.toString()}${details.length ? ` (${details.join('; ')})` : ''}`;
  }
  if (isSystemError(error)) return describeSystemError(error);
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * The message the CLI prints for an error that ends a command. Input, usage and system errors
 * (EACCES, ENOSPC, EISDIR, EROFS, EMFILE, …) are the user's to fix: one line, no stack. Only a
 * genuine bug is an "internal error" with its stack trace.
 *
 * @example describeError(new UsageError('Expected one file, not 2')) // 'diglot: Expected one file, not 2\nRun `diglot help` for usage.'
 */
export function describeError(error: unknown): string {
  if (error instanceof UsageError) return `diglot: ${error.message}\nRun \`diglot help\` for usage.`;
  if (error instanceof InputError || isSystemError(error)) return `diglot: ${summarizeError(error)}`;
  if (error instanceof Error) return `diglot: internal error: ${error.stack ?? error.message}`;
  return `diglot: internal error: ${String(error)}`;
}
