import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hashOf } from '../util/hash-of.js';

let memo: string | undefined;

/**
 * A fingerprint of the code that computes check results: path, size and modification time of
 * every file of diglot's own code folder (`src/` when run from source, `build/` when
 * installed). Part of the check cache keys, so editing a rule never serves stale results even
 * when `CHECK_VERSION` was not bumped. Computed once per process (a few hundred `stat` calls).
 *
 * @returns a 32-digit hex hash
 * @example codeFingerprint() // '9b1c…'
 */
export function codeFingerprint(): string {
  memo ??= fingerprint(fileURLToPath(new URL('../', import.meta.url)));
  return memo;
}

function fingerprint(root: string): string {
  const parts: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`);
      else if (entry.isFile()) {
        const stat = statSync(path);
        parts.push(`${prefix}${entry.name}:${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  try {
    walk(root, '');
  } catch {
    return `unreadable-${process.pid}-${Date.now()}`; // never matches: no cache rather than a stale one
  }
  return hashOf(parts.join('\n'));
}
