import { lstatSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The paths (relative to `root`) that exist already, as a file, a folder or a link (a broken
 * link too), or whose parent path is a file.
 *
 * @example existingPaths(process.cwd(), ['diglot.config.yaml', '.gitattributes']) // ['.gitattributes']
 */
export function existingPaths(root: string, paths: readonly string[]): string[] {
  return paths.filter((path) => {
    const parts = path.split('/');
    for (let k = 1; k <= parts.length; k++) {
      const at = join(root, ...parts.slice(0, k));
      try {
        const stat = lstatSync(at);
        if (k === parts.length || !stat.isDirectory()) return true;
      } catch {
        return false;
      }
    }
    return false;
  });
}
