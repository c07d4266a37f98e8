import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli.js';

/** The shared schemas folder (../shared/schemas beside the repository). */
export const SCHEMAS = fileURLToPath(new URL('../../../shared/schemas/', import.meta.url));
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Copy a fixture project (or the repository's own content) into a fresh temporary folder. */
export function tempProject(fixture: 'exchange-basic' | 'article'): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-exchange-'));
  if (fixture === 'article') {
    cpSync(join(REPO, 'content'), join(dir, 'content'), { recursive: true });
    cpSync(join(REPO, 'glossary'), join(dir, 'glossary'), { recursive: true });
    cpSync(join(REPO, 'diglot.config.yaml'), join(dir, 'diglot.config.yaml'));
  } else {
    cpSync(join(REPO, 'tests/fixtures', fixture), dir, { recursive: true });
    // The config names a glossary folder, which must exist (an empty one: no glossary entries).
    mkdirSync(join(dir, 'glossary'), { recursive: true });
  }
  return dir;
}

/** Run the CLI in a folder, capturing output. */
export async function run(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** A hash of every file (path and bytes) under a folder. */
export function hashDir(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(`${path}\0`).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
}
