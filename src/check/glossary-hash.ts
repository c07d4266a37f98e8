import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { hashOf } from '../util/hash-of.js';
import { readProjectFile } from '../util/project-file.js';

/**
 * A hash of a glossary folder as `diglot check` reads it — the bytes of every `*.yaml` /
 * `*.yml` file, of `forms.json` and of the spelling word list `words.txt` — computed without parsing anything (a part of the check
 * cache keys, so the glossary is only loaded when some pair must be checked again).
 *
 * @param dir the glossary folder, or undefined for no glossary (`--glossary none`)
 * @returns `none`, `absent` (no such folder), a 32-digit hex hash, or a one-off value when unreadable
 * @example glossaryHash('glossary') // 'a3f0…'
 */
export function glossaryHash(dir: string | undefined): string {
  if (dir === undefined) return 'none';
  try {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return 'absent';
    const names = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f) || f === 'forms.json' || f === 'words.txt')
      .sort();
    return hashOf('glossary', ...names.flatMap((name) => [name, readProjectFile(join(dir, name)).toString('base64')]));
  } catch {
    return `unreadable-${process.pid}-${Date.now()}`; // matches no entry: loading the glossary reports the problem
  }
}
