import { existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';
import { UsageError } from '../errors.js';
import { within } from '../util/project-file.js';

/** The file that marks a folder outside the project as one diglot builds into. */
export const OUTPUT_MARKER = '.diglot-output';

const SYSTEM_DIRS = ['/proc', '/sys', '/dev'];

/**
 * Check the output folder of a build and return its real path (creating it when missing).
 * Refused: `/`, the project folder itself or a parent of it; a folder that resolves (through
 * symbolic links too) into or around the content or glossary folder or `.diglot-cache`; a
 * system folder. A folder outside the project is accepted only when it is new, empty, or holds
 * the `.diglot-output` marker an earlier build left there (so a mistyped `--out ~` never mixes
 * the site into a folder of other files).
 *
 * @param config the project configuration
 * @param outDir the output folder (absolute, or relative to the project folder)
 * @param cacheDir the cache folder, which must not hold the output either
 * @returns the real path of the output folder, which exists
 * @throws UsageError naming the folder and why it is refused
 * @example outputFolder(config, 'dist', join(config.root, '.diglot-cache')) // '/repo/dist'
 */
export function outputFolder(config: DiglotConfig, outDir: string, cacheDir: string): string {
  const out = resolve(config.root, outDir);
  const root = realOf(config.root);
  const real = realOf(out);
  const shown = relative(config.root, out) || '.';
  const refuse = (why: string): never => {
    throw new UsageError(`Refusing to build into \`${shown}\`${real !== out ? ` (which leads to \`${real}\`)` : ''}: ${why}`);
  };
  if (dirname(real) === real) refuse('it is the root of the file system');
  if (SYSTEM_DIRS.some((d) => within(real, d))) refuse('it is a system folder');
  if (within(root, real)) refuse('it is the project folder or a parent of it, expected a folder of its own such as `dist`');
  for (const [what, dir] of [
    ['content', config.contentDir],
    ['glossary', config.glossaryDir],
    ['cache', cacheDir],
  ] as const) {
    const guarded = realOf(dir);
    if (within(real, guarded) || within(guarded, real)) {
      throw new UsageError(
        `Cannot write into the ${what} folder \`${relative(config.root, dir) || '.'}\` (the output folder \`${shown}\` leads to \`${real}\`), expected an output folder outside it`,
      );
    }
  }
  if (real === out && isLink(out)) refuse('it is a symbolic link whose target does not exist');
  if (existsSync(real) && !lstatSync(real).isDirectory()) refuse('it is not a folder');
  const outside = !within(real, root);
  if (outside && existsSync(real) && readdirSync(real).length > 0 && !existsSync(join(real, OUTPUT_MARKER))) {
    refuse(
      `it is outside the project and already holds files, expected a new or empty folder (or one diglot built into before, marked by \`${OUTPUT_MARKER}\`)`,
    );
  }
  mkdirSync(real, { recursive: true });
  if (outside && !existsSync(join(real, OUTPUT_MARKER))) writeFileSync(join(real, OUTPUT_MARKER), 'This folder is the output of `diglot build`.\n');
  return realpathSync(real);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The real path of a path that may not exist yet: the real path of its nearest existing folder, joined with the rest. */
function realOf(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realOf(parent), basename(abs));
  }
}
