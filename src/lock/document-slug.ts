import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { contentPaths } from '../content/content-paths.js';
import type { DiglotConfig } from '../config/load-config.js';
import { InputError, UsageError } from '../errors.js';

/**
 * The slug a command-line argument names: a document's path under the language folder
 * (`us-ussr-recognition-1933`, `sub/x`, optionally with `.md`), or the path of one of its
 * content files (`content/ru/sub/x.md`).
 * Anything else — `..`, an absolute path, a path outside the language folders of the content
 * folder — is refused, so no command writes a lock outside the project.
 *
 * @param arg the argument as given
 * @param config the project configuration
 * @param cwd the working folder (paths are relative to it)
 * @returns the slug, whose English file exists
 * @throws UsageError for an argument that is not a document of the content folder
 * @throws InputError when the document has no English file
 * @example documentSlug('content/ru/a.md', config, cwd) // 'a'
 */
export function documentSlug(arg: string, config: DiglotConfig, cwd: string): string {
  const folders = [config.sourceLanguage, ...config.targetLanguages].map((l) => join(config.contentDir, l));
  const sourceFolder = relative(cwd, folders[0] as string) || '.';
  const path = resolve(cwd, arg);
  const inside = folders.map((f) => relative(f, path)).find((rel) => rel !== '' && !rel.startsWith('..') && !isAbsolute(rel));
  // A path into a language folder names its document; anything else with an extension or `..` is refused.
  if (inside === undefined && /\.mdx?$/.test(arg) && /[\\/]/.test(arg)) throw refuse(arg, sourceFolder);
  if (inside !== undefined && !/\.mdx?$/.test(inside)) throw refuse(arg, sourceFolder);
  let paths: ReturnType<typeof contentPaths>;
  try {
    paths = contentPaths(config, inside !== undefined ? path : arg.replace(/\\/g, '/'));
  } catch (error) {
    if (error instanceof UsageError) throw refuse(arg, sourceFolder);
    throw error;
  }
  if (!existsSync(paths.source))
    throw new InputError(
      `Cannot lock \`${paths.slug}\` without its English file`,
      { file: relative(cwd, paths.source) },
      { expected: 'an existing file', actual: 'no such file' },
    );
  return paths.slug;
}

function refuse(arg: string, folder: string): UsageError {
  return new UsageError(
    `Unexpected \`${arg}\`, expected the slug of a document in \`${folder}\` (its path there without \`.md\`, e.g. \`sub/x\`) or one of its content files; nothing was written`,
  );
}
