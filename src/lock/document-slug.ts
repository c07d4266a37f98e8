import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';
import { InputError, UsageError } from '../errors.js';

/**
 * The slug a command-line argument names: a bare document name (`us-ussr-recognition-1933`,
 * optionally with `.md`), or the path of one of its content files (`content/ru/<slug>.md`).
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
  let slug: string;
  if (/[\\/]/.test(arg)) {
    const path = resolve(cwd, arg);
    if (!arg.endsWith('.md') || !folders.includes(dirname(path))) throw refuse(arg, sourceFolder);
    slug = basename(path, '.md');
  } else slug = arg.replace(/\.md$/, '');
  if (slug === '' || slug === '.' || slug === '..' || slug.startsWith('.') || slug.includes('\0')) throw refuse(arg, sourceFolder);
  const source = join(folders[0] as string, `${slug}.md`);
  if (!existsSync(source)) throw new InputError(`Cannot lock \`${slug}\` without its English file`, { file: relative(cwd, source) }, { expected: 'an existing file', actual: 'no such file' });
  return slug;
}

function refuse(arg: string, folder: string): UsageError {
  return new UsageError(`Unexpected \`${arg}\`, expected the slug of a document in \`${folder}\` (its file name without \`.md\`) or one of its content files; nothing was written`);
}
