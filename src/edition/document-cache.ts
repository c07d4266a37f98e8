import { readCacheJson, writeCacheJson } from '../cache/cache-file.js';
import type { I18nProblem } from '../i18n/i18n-error-code.js';
import type { FindingFields } from '../report/command-finding.js';
import type { ImageUse } from './article-key.js';
import { cacheFile } from './render-cache.js';

// 3: the entry keeps the article's warnings (`findings`), reported again when it is restored.
const FORMAT = 'diglot-document-cache/3';

/** The findings an entry may hold: the warnings of buildArticle. */
const STORED_RULES: ReadonlySet<string> = new Set(['image-missing', 'image-outside']);

/** What one article built to: the output files (bytes in the blob store) and its report. */
export interface DocumentEntry {
  /** From articleKey: the article's sources and every build-wide input. */
  key: string;
  /** The images the rendering asked about, and the hash of their state then (imagesHash). */
  images: ImageUse[];
  imagesHash: string;
  /** Output files relative to the output folder (`/`-separated), with the sha256 of their bytes. */
  outputs: Array<{ file: string; sha256: string }>;
  /** The article's line of the build report. */
  summary: { blocks: number; pairs: number; warnings: number };
  /** Interface-string problems met while rendering it. */
  problems: I18nProblem[];
  /** Warnings about its sources (`image-missing`, `image-outside`), reported again on every build that restores it. */
  findings: FindingFields[];
}

/**
 * The file of an article's document-cache entry: `.diglot-cache/<slug>.document.json`.
 *
 * @example documentEntryFile('/project', 'recognition') // '/project/.diglot-cache/recognition.document.json'
 */
export function documentEntryFile(root: string, slug: string): string {
  return cacheFile(root, `${slug}.document`);
}

/**
 * Read a document-cache entry; a missing, unreadable, malformed or edited entry (its seal
 * does not match, see `readCacheJson`) reads as undefined (the article is then built again).
 *
 * @example readDocumentEntry(documentEntryFile(root, slug))?.outputs.length
 */
export function readDocumentEntry(file: string): DocumentEntry | undefined {
  const data = readCacheJson(file, FORMAT) as { format?: unknown; entry?: unknown } | undefined;
  return data && data.format === FORMAT && isEntry(data.entry) ? data.entry : undefined;
}

/**
 * Write a document-cache entry atomically.
 *
 * @example writeDocumentEntry(documentEntryFile(root, slug), entry)
 */
export function writeDocumentEntry(file: string, entry: DocumentEntry): void {
  writeCacheJson(file, FORMAT, { format: FORMAT, entry });
}

function isEntry(value: unknown): value is DocumentEntry {
  if (!value || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  const summary = e['summary'] as Record<string, unknown> | undefined;
  return (
    typeof e['key'] === 'string' &&
    typeof e['imagesHash'] === 'string' &&
    Array.isArray(e['images']) &&
    e['images'].every((i: unknown) => !!i && typeof (i as ImageUse).lang === 'string' && typeof (i as ImageUse).url === 'string') &&
    Array.isArray(e['outputs']) &&
    e['outputs'].every(
      (o: unknown) =>
        !!o &&
        typeof (o as { file: unknown }).file === 'string' &&
        typeof (o as { sha256: unknown }).sha256 === 'string' &&
        safeName((o as { file: string }).file),
    ) &&
    !!summary &&
    ['blocks', 'pairs', 'warnings'].every((k) => typeof summary[k] === 'number') &&
    Array.isArray(e['problems']) &&
    Array.isArray(e['findings']) &&
    e['findings'].every(isStoredFinding)
  );
}

/** A warning as buildArticle makes it (the cache is untrusted input: nothing else is reported from it). */
function isStoredFinding(value: unknown): value is FindingFields {
  if (!value || typeof value !== 'object') return false;
  const f = value as Record<string, unknown>;
  const optional = (key: string, type: 'string' | 'number'): boolean => f[key] === undefined || typeof f[key] === type;
  const expected = f['expected'];
  return (
    typeof f['ruleId'] === 'string' &&
    STORED_RULES.has(f['ruleId']) &&
    f['severity'] === 'warning' &&
    typeof f['message'] === 'string' &&
    ['file', 'lang', 'actual'].every((k) => optional(k, 'string')) &&
    ['line', 'column'].every((k) => optional(k, 'number')) &&
    (expected === undefined || typeof expected === 'string' || (Array.isArray(expected) && expected.every((x) => typeof x === 'string')))
  );
}

/** A relative output path that stays inside the output folder. */
function safeName(file: string): boolean {
  return file !== '' && !file.startsWith('/') && !/^[A-Za-z]:/.test(file) && !file.split(/[\\/]/).includes('..');
}
