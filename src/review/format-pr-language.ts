import type { DocumentDiff } from './types.js';

/**
 * The target language of a document pair, read from its paths: the folder where the source
 * path and the target path differ (`content/en/guide/a.md` ↔ `content/uk/guide/a.md` → `uk`).
 * When the paths differ elsewhere too, the target's first differing folder.
 *
 * @example targetLanguageOf({ source: 'content/en/a.md', target: 'content/ru/a.md' }) // 'ru'
 */
export function targetLanguageOf(d: Pick<DocumentDiff, 'source' | 'target'>): string {
  const source = d.source.split('/');
  const target = d.target.split('/');
  const k = target.findIndex((part, i) => part !== source[i]);
  return k < 0 ? '' : (target[k] as string);
}

/**
 * A language tag with its English name, for headings: `Russian (ru)`; the tag alone when Intl
 * does not know it.
 *
 * @example languageName('uk') // 'Ukrainian (uk)'
 */
export function languageName(tag: string): string {
  if (!tag) return 'translation';
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}
