import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';
import { InputError } from '../errors.js';
import { loadGlossary } from '../glossary/load-glossary.js';
import type { Glossary } from '../glossary/types.js';
import { glossaryHashesFor } from '../lock/entry-hashes.js';
import { previousUnits } from '../lock/previous-units.js';
import { readLock } from '../lock/read-lock.js';
import { openDocument } from '../pair/open-document.js';
import type { OpenedSources } from '../pair/opened-sources.js';
import type { SegmentedDocument } from '../segment/types.js';
import type { PairInfo } from './build-exchange.js';
import { pairDocuments } from './pair-documents.js';

/** A source document with its translation into one language, pairing and glossary, as export and import use them. */
export interface ProjectDocuments {
  /** The source file relative to the project root, `/` separators (XLIFF `original`). */
  original: string;
  /** The target language. */
  lang: string;
  sourcePath: string;
  targetPath: string;
  /** The document's lock (`content/<slug>.lock.json`) and obsolete translations (`content/<slug>.obsolete.json`). */
  lockPath: string;
  obsoletePath: string;
  sourceText: string;
  source: SegmentedDocument;
  /** The translation's text and units, when its file exists. */
  targetText?: string;
  target?: SegmentedDocument;
  pairs: Map<string, PairInfo>;
  glossary?: Glossary;
}

/**
 * Load a source document of the project, its translation into `lang` (`content/<lang>/`
 * mirrors `content/<source>/`), its lock (`content/<slug>.lock.json`) and the glossary, and pair them.
 *
 * @param sourceFile the source file (absolute, or relative to the project root)
 * @param config the project configuration
 * @param lang the target language
 * @param options `glossary`: the project glossary already loaded (null: none), so that a run over
 *   many documents loads it once; `onUnaligned`: when given, a translation that cannot be aligned
 *   is reported to it and pairs nothing (every source unit untranslated) instead of throwing;
 *   `sources`: the run's opened sources (`OpenedSources` of src/pair), shared by the calls for each target language
 * @throws InputError when the file is not under the source-language content folder
 * @example loadProjectDocuments('content/en/us-ussr-recognition-1933.md', config, 'uk').pairs.size
 */
export function loadProjectDocuments(
  sourceFile: string,
  config: DiglotConfig,
  lang: string,
  options: { glossary?: Glossary | null; onUnaligned?: (error: InputError) => void; sources?: OpenedSources } = {},
): ProjectDocuments {
  const sourcePath = resolve(config.root, sourceFile);
  const sourceDir = join(config.contentDir, config.sourceLanguage);
  const rel = relative(sourceDir, sourcePath);
  if (rel.startsWith('..') || rel === '' || resolve(sourceDir, rel) !== sourcePath) {
    throw new InputError(`Expected a source document under \`${relative(config.root, sourceDir)}\`, not \`${sourceFile}\``, { file: sourceFile });
  }
  const targetPath = join(config.contentDir, lang, rel);
  const original = relative(config.root, sourcePath).split(sep).join('/');
  const lockPath = join(config.contentDir, `${rel.replace(/\.mdx?$/, '')}.lock.json`);
  const obsoletePath = join(config.contentDir, `${rel.replace(/\.mdx?$/, '')}.obsolete.json`);
  const lock = readLock(lockPath);
  const previous = lock ? previousUnits(lock) : undefined;
  // Each source is parsed and segmented once per run, however many target languages ask for it.
  const opening = { file: original, syntax: config.syntax, previous };
  const opened = options.sources
    ? options.sources.openFile(sourcePath, config.sourceLanguage, opening)
    : openDocument(sourcePath, config.sourceLanguage, opening);
  const { markdown: sourceText, doc: source } = opened;
  const glossary = options.glossary !== undefined ? (options.glossary ?? undefined) : projectGlossary(config);
  const glossaryHashes = glossaryHashesFor(glossary?.entries ?? [], lang);
  const base = { original, lang, sourcePath, targetPath, lockPath, obsoletePath, sourceText, source, ...(glossary ? { glossary } : {}) };
  if (!existsSync(targetPath)) return { ...base, pairs: new Map() };
  const { markdown: targetText, doc: target } = openDocument(targetPath, lang, {
    file: relative(config.root, targetPath).split(sep).join('/'),
    syntax: config.syntax,
  });
  const pairs = pairDocuments(source, target, {
    ...(lock ? { lock } : {}),
    glossaryHashes,
    lang,
    ...(options.onUnaligned ? { onUnaligned: options.onUnaligned } : {}),
  });
  return { ...base, targetText, target, pairs };
}

/**
 * The project glossary, when its folder exists.
 *
 * @example projectGlossary(config)?.entries.length
 */
export function projectGlossary(config: DiglotConfig): Glossary | undefined {
  return existsSync(config.glossaryDir) ? loadGlossary(config.glossaryDir) : undefined;
}
