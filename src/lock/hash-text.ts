import { createHash } from 'node:crypto';

/**
 * A short, stable hash of a text for the lock: `sha256:` + the first 16 hex digits.
 *
 * @example hashText('Hello.') // 'sha256:2d8bd7d9bb5f85ba'
 */
export function hashText(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`;
}
