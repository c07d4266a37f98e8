import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';

/**
 * The language of a content file: the first folder of its path under the content folder when
 * that is one of the project's languages (`content/ru/sub/x.md` → `ru`); for a file elsewhere
 * its folder name when that is a language (`corpus/ru/x.md` → `ru`); else the source language.
 *
 * @example languageOfPath('content/ru/sub/a.md', config) // 'ru'
 */
export function languageOfPath(file: string, config: DiglotConfig): string {
  const languages = [config.sourceLanguage, ...config.targetLanguages];
  const rel = relative(config.contentDir, resolve(file));
  const first = rel.startsWith('..') ? undefined : rel.split(sep)[0];
  if (first !== undefined && rel.includes(sep) && languages.includes(first)) return first;
  const folder = basename(dirname(resolve(file)));
  return languages.includes(folder) ? folder : config.sourceLanguage;
}
