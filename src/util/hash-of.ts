import { createHash } from 'node:crypto';

/**
 * A content hash: sha256 (hex, 32 characters kept) of the JSON of the given parts.
 *
 * @example hashOf('renderer-1', { text: 'Hi.' }) // '5c1f…' (32 hex digits)
 */
export function hashOf(...parts: unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? part : JSON.stringify(part)).update('\u0000');
  return hash.digest('hex').slice(0, 32);
}
