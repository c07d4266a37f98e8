import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';
import { InputError, UsageError } from '../errors.js';
import { documentFile } from '../content/content-paths.js';
import { listDocuments } from '../content/list-documents.js';

/** One English/Russian (source/target) file pair to check; `target` may not exist yet. */
export interface FilePair {
  source: string;
  target: string;
  sourceLang: string;
  targetLang: string;
}

/**
 * The pairs to check. With no files: every document of `<contentDir>/<source>/` at any depth
 * (`listDocuments`: the config's `include`/`exclude`) with its counterpart in each target language. A named file is paired through the language folder in its path
 * (`…/ru/x.md` ↔ `…/en/x.md`), so corpora outside `content/` work too; a source file is paired
 * with every target language.
 *
 * @param files paths as given on the command line (relative to `cwd`)
 * @param config the project configuration
 * @param cwd the working folder
 * @returns absolute file pairs, sorted and without duplicates
 * @throws UsageError for a file outside any language folder; InputError for a missing file, and
 *   when no file is named and `<contentDir>/<source>/` holds no `*.md` (a gate that checks nothing
 *   must not pass): placed on `contentDir` or `sourceLanguage` in the config
 * @example resolveFileSet(['content/ru/a.md'], config, cwd) // [{ source: '/…/content/en/a.md', target: '/…/content/ru/a.md', … }]
 */
export function resolveFileSet(files: readonly string[], config: DiglotConfig, cwd: string): FilePair[] {
  const pairs = new Map<string, FilePair>();
  const add = (pair: FilePair): void => void pairs.set(`${pair.source}\u0000${pair.target}`, pair);
  if (files.length === 0) {
    const dir = join(config.contentDir, config.sourceLanguage);
    const documents = existsSync(dir) && statSync(dir).isDirectory() ? listDocuments(config) : [];
    if (documents.length === 0) throw noDocuments(dir, config);
    for (const { slug, file } of documents) {
      for (const lang of config.targetLanguages) {
        add({ source: file, target: documentFile(config, lang, slug), sourceLang: config.sourceLanguage, targetLang: lang });
      }
    }
    return [...pairs.values()];
  }
  const languages = [config.sourceLanguage, ...config.targetLanguages];
  for (const file of files) {
    const path = resolve(cwd, file);
    if (!existsSync(path))
      throw new InputError('Cannot check a file that does not exist', { file }, { expected: 'an existing Markdown file', actual: 'no such file' });
    const parts = path.split(sep);
    // Under the content folder the language is the first folder (`content/ru/sub/x.md`); elsewhere the nearest one.
    const underContent = relative(config.contentDir, path);
    const first = underContent.startsWith('..') ? undefined : underContent.split(sep)[0];
    const at =
      first !== undefined && languages.includes(first) && underContent.includes(sep)
        ? config.contentDir.split(sep).length
        : parts.findLastIndex((p, i) => i < parts.length - 1 && languages.includes(p));
    if (at === -1)
      throw new UsageError(
        `Unexpected file \`${file}\` outside a language folder, expected a path such as \`content/${config.sourceLanguage}/x.md\` or \`content/${config.targetLanguages[0] ?? 'ru'}/x.md\``,
      );
    const lang = parts[at] as string;
    const swap = (to: string): string => [...parts.slice(0, at), to, ...parts.slice(at + 1)].join(sep);
    if (lang === config.sourceLanguage) {
      for (const target of config.targetLanguages) add({ source: path, target: swap(target), sourceLang: lang, targetLang: target });
    } else add({ source: swap(config.sourceLanguage), target: path, sourceLang: config.sourceLanguage, targetLang: lang });
  }
  return [...pairs.values()];
}

/** No source documents: placed on the config key most likely wrong (contentDir, else sourceLanguage). */
function noDocuments(dir: string, config: DiglotConfig): InputError {
  const shown = relative(config.root, dir) || dir;
  const place = config.places?.contentDir ?? config.places?.sourceLanguage ?? (config.file ? { file: config.file } : undefined);
  const found = !existsSync(dir)
    ? 'no such folder'
    : statSync(dir).isDirectory()
      ? config.include || config.exclude
        ? 'no files matching `include`/`exclude` in it'
        : 'no *.md files in it'
      : 'a file';
  return new InputError(
    `Cannot check without source documents in \`${shown}/\` (\`contentDir\`/\`sourceLanguage\`${config.file ? '' : '; no diglot.config.yaml found'})`,
    place,
    {
      expected: `\`${shown}/<slug>.md\` files, or files named on the command line`,
      actual: found,
    },
  );
}
