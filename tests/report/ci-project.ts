import { cpSync, mkdirSync, mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli.js';

/** The small content project of the CI-format tests: real findings (errors, 12 warnings of one kind, a clean pair). */
export const ciProjectFixture = fileURLToPath(new URL('./fixtures/ci-project/', import.meta.url));

/** The name `notes.md` gets in the copy: `,` `:` `%` and spaces to escape (made at run time, since Windows checkouts refuse `:`). */
export const ODD_NAME = 'notes, part 1: 100%.md';

/**
 * A copy of the fixture project in `site/` of a throw-away repository (a `.git` folder at its
 * root), so reported paths must be relative to the repository root, not to the project;
 * `notes.md` is renamed {@link ODD_NAME} in both languages.
 *
 * @returns the repository root and the project folder
 */
export function ciRepository(): { root: string; site: string } {
  const root = mkdtempSync(join(tmpdir(), 'diglot-ci-'));
  mkdirSync(join(root, '.git'));
  const site = join(root, 'site');
  cpSync(ciProjectFixture, site, { recursive: true });
  for (const lang of ['en', 'ru']) renameSync(join(site, 'content', lang, 'notes.md'), join(site, 'content', lang, ODD_NAME));
  return { root, site };
}

/** `diglot check --glossary none --no-cache …` in `cwd`, capturing stdout, stderr and the exit code. */
export async function runCheck(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['check', '--glossary', 'none', '--no-cache', ...args], { cwd, stdout: (t) => void (out += t), stderr: (t) => void (err += t) });
  return { code, out, err };
}
