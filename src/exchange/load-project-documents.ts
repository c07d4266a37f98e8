import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';
import { InputError } from '../errors.js';
import { loadGlossary } from '../glossary/load-glossary.js';
import type { Glossary } from '../glossary/types.js';
import { glossaryEntryHash } from '../lock/canonical-json.js';
import { previousUnits } from '../lock/previous-units.js';
import { readLock } from '../lock/read-lock.js';
import { segmentMarkdown } from '../segment/segment-markdown.js';
import type { SegmentedDocument } from '../segment/types.js';
import { readDocument } from '../util/read-document.js';
import type { PairInfo } from './build-exchange.js';
import { pairDocuments } from './pair-documents.js';

/** An English document with its translation, pairing and glossary, as export and import use them. */
export interface ProjectDocuments {
  /** The English file relative to the project root, `/` separators (XLIFF `original`). */
  original: string;
  enPath: string;
  ruPath: string;
  /** The document's lock (`content/<slug>.lock.json`) and obsolete translations (`content/<slug>.obsolete.json`). */
  lockPath: string;
  obsoletePath: string;
  enSource: string;
  en: SegmentedDocument;
  ruSource?: string;
  ru?: SegmentedDocument;
  pairs: Map<string, PairInfo>;
  glossary?: Glossary;
}

/**
 * Load an English document of the project, its translation (`content/<lang>/` mirrors
 * `content/<source>/`), its lock (`content/<slug>.lock.json`) and the glossary, and pair them.
 *
 * @param enPath the English file (absolute, or relative to the project root)
 * @param config the project configuration
 * @param lang the target language
 * @param options `glossary`: the project glossary already loaded (null: none), so that a run over
 *   many documents loads it once; `onUnaligned`: when given, a translation that cannot be aligned
 *   is reported to it and pairs nothing (every source unit untranslated) instead of throwing
 * @throws InputError when the file is not under the source-language content folder
 * @example loadProjectDocuments('content/en/us-ussr-recognition-1933.md', config, 'ru').pairs.size
 */
export function loadProjectDocuments(enPath: string, config: DiglotConfig, lang: string, options: { glossary?: Glossary | null; onUnaligned?: (error: InputError) => void } = {}): ProjectDocuments {
  const enAbs = resolve(config.root, enPath);
  const sourceDir = join(config.contentDir, config.sourceLanguage);
  const rel = relative(sourceDir, enAbs);
  if (rel.startsWith('..') || rel === '' || resolve(sourceDir, rel) !== enAbs) {
    throw new InputError(`Expected an English document under \`${relative(config.root, sourceDir)}\`, not \`${enPath}\``, { file: enPath });
  }
  const ruAbs = join(config.contentDir, lang, rel);
  const original = relative(config.root, enAbs).split(sep).join('/');
  const lockPath = join(config.contentDir, `${rel.replace(/\.md$/, '')}.lock.json`);
  const obsoletePath = join(config.contentDir, `${rel.replace(/\.md$/, '')}.obsolete.json`);
  const lock = readLock(lockPath);
  const enSource = readDocument(enAbs);
  const en = segmentMarkdown(enSource, { file: original, lang: config.sourceLanguage, syntax: config.syntax, ...(lock ? { previous: previousUnits(lock) } : {}) });
  const glossary = options.glossary !== undefined ? (options.glossary ?? undefined) : projectGlossary(config);
  const glossaryHashes = Object.fromEntries((glossary?.entries ?? []).map((e) => [e.id, glossaryEntryHash(e)]));
  const base = { original, enPath: enAbs, ruPath: ruAbs, lockPath, obsoletePath, enSource, en, ...(glossary ? { glossary } : {}) };
  if (!existsSync(ruAbs)) return { ...base, pairs: new Map() };
  const ruSource = readDocument(ruAbs);
  const ru = segmentMarkdown(ruSource, { file: relative(config.root, ruAbs).split(sep).join('/'), lang, syntax: config.syntax });
  const pairs = pairDocuments(en, ru, { ...(lock ? { lock } : {}), glossaryHashes, lang, ...(options.onUnaligned ? { onUnaligned: options.onUnaligned } : {}) });
  return { ...base, ruSource, ru, pairs };
}

/**
 * The project glossary, when its folder exists.
 *
 * @example projectGlossary(config)?.entries.length
 */
export function projectGlossary(config: DiglotConfig): Glossary | undefined {
  return existsSync(config.glossaryDir) ? loadGlossary(config.glossaryDir) : undefined;
}
