import { linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { existingPaths } from './existing-paths.js';
import type { ScaffoldFile } from './scaffold-files.js';

/**
 * Create files that must not exist yet, all or none: every path is checked first (an existing
 * one is an InputError listing all of them, and nothing is written); each file is then written
 * to a temporary file and hard-linked to its name, which fails rather than replace a file that
 * appeared meanwhile; on any failure the files created so far are removed again.
 *
 * @param root the project folder
 * @param files paths relative to `root`
 * @throws InputError when a path exists (nothing written)
 * @example writeNewFiles(process.cwd(), scaffoldFiles({ source: 'en', targets: ['ru'], action: 'example/diglot@v1' }))
 */
export function writeNewFiles(root: string, files: readonly ScaffoldFile[]): void {
  const existing = existingPaths(
    root,
    files.map((f) => f.path),
  );
  if (existing.length > 0) {
    throw new InputError(
      `Cannot initialise: ${existing.length === 1 ? 'a file already exists' : `${existing.length} files already exist`}; nothing was written`,
      { file: root },
      {
        expected: 'none of the files `diglot init` creates',
        actual: existing.map((p) => `\`${p}\``).join(', '),
      },
    );
  }
  const created: string[] = [];
  try {
    for (const file of files) {
      const path = join(root, file.path);
      mkdirSync(dirname(path), { recursive: true });
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
      writeFileSync(temp, file.text, { flag: 'wx' });
      try {
        linkSync(temp, path);
      } finally {
        rmSync(temp, { force: true });
      }
      created.push(path);
    }
  } catch (error) {
    for (const path of created) rmSync(path, { force: true });
    throw error;
  }
}
