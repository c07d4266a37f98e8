import { basename, dirname, resolve } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';

/**
 * The language of a content file: its folder name when that is one of the project's
 * languages (`content/ru/x.md` → `ru`), else the source language.
 *
 * @example languageOfPath('content/ru/a.md', config) // 'ru'
 */
export function languageOfPath(file: string, config: DiglotConfig): string {
  const folder = basename(dirname(resolve(file)));
  const languages = [config.sourceLanguage, ...config.targetLanguages];
  return languages.includes(folder) ? folder : config.sourceLanguage;
}
