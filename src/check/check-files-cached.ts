import { existsSync } from 'node:fs';
import { VFile } from 'vfile';
import { hashOf } from '../build/hash-of.js';
import { readDocument } from '../util/read-document.js';
import type { CheckCache } from './check-cache.js';
import type { CheckFilesOptions } from './check-files.js';
import type { checkPair as CheckPair, DocumentInput } from './check-pair.js';
import { crashFile } from './crash-file.js';
import { missingTranslationFile } from './missing-translation-file.js';
import { codeFingerprint } from './code-fingerprint.js';
import type { AlignUnits } from './pair-units.js';
import { DocumentMemos } from '../cache/document-memos.js';
import { pairMemos } from './pair-memos.js';
import type { FilePair } from './resolve-file-set.js';
import type { TermLookup } from './term-lookup.js';
import { createTranslate } from './translate.js';

/** Version of the check results: bump it when a rule or the engine changes what it reports. */
export const CHECK_VERSION = 'diglot-check/1';

/** What checking needs that is expensive to load (glossary index, aligner). */
export interface CheckResources {
  terms: TermLookup | undefined;
  align: AlignUnits | undefined;
}

/** Options of {@link checkFilesCached}. */
export interface CachedCheckOptions extends Pick<CheckFilesOptions, 'severities' | 'lang' | 'name'> {
  cache: CheckCache;
  /** Hash of the glossary `prepare` loads (`glossaryHash`); part of every key. */
  glossary: string;
  /** Load the resources; called once, on the first pair not found in the cache (never when all are). */
  prepare: () => Promise<CheckResources>;
  /** Project root under which `.diglot-cache/memo/` keeps per-chunk and per-unit results (none: not kept). */
  memoRoot?: string | undefined;
}

/** What a run did: pairs in the file set, pairs checked, pairs reported from the cache. */
export interface CheckStats {
  pairs: number;
  checked: number;
  cached: number;
}

/**
 * Check many file pairs like `checkFiles`, reusing cached results: a pair whose inputs are
 * unchanged — both documents, the glossary, the severities, the report language, the paths
 * as reported, the code of diglot (`CHECK_VERSION` and `codeFingerprint`) — is reported from
 * the cache; only the others are segmented, aligned and checked, and their results stored.
 * Missing translations and files that cannot be checked are reported as by `checkFiles` and
 * never cached. The engine (`checkPair`, rules, segmenter) is imported on the first miss, so a
 * run served wholly from the cache loads none of it.
 *
 * @param pairs from `resolveFileSet`
 * @param options severities, report language, cache, glossary hash, how to load the resources
 * @returns one vfile per reported file, in order, and the counts
 * @throws what `prepare` throws (an invalid glossary), before anything is reported
 * @example const { files, stats } = await checkFilesCached(pairs, { severities, cache, glossary: 'none', prepare });
 */
export async function checkFilesCached(pairs: readonly FilePair[], options: CachedCheckOptions): Promise<{ files: VFile[]; stats: CheckStats }> {
  const name = options.name ?? ((p: string) => p);
  const lang = options.lang ?? 'en';
  const t = createTranslate(lang);
  const stats: CheckStats = { pairs: pairs.length, checked: 0, cached: 0 };
  const files: VFile[] = [];
  let resources: CheckResources | undefined;
  let check: typeof CheckPair | undefined;
  for (const pair of pairs) {
    if (!existsSync(pair.target)) {
      stats.checked++;
      const file = missingTranslationFile(pair, options);
      if (file) files.push(file);
      continue;
    }
    let en: DocumentInput;
    let ru: DocumentInput;
    try {
      en = { file: name(pair.source), source: readDocument(pair.source), lang: pair.sourceLang };
      ru = { file: name(pair.target), source: readDocument(pair.target), lang: pair.targetLang };
    } catch (error) {
      stats.checked++;
      files.push(crashFile(name(pair.target), error, t));
      continue;
    }
    const slot = hashOf('check-slot', en.file, ru.file, lang);
    const key = hashOf(CHECK_VERSION, codeFingerprint(), { glossary: options.glossary, severities: options.severities, lang, en: [en.file, en.lang], ru: [ru.file, ru.lang] }, en.source, ru.source);
    const hit = options.cache.get(slot, key);
    if (hit) {
      stats.cached++;
      const file = new VFile({ path: ru.file });
      file.messages = hit;
      files.push(file);
      continue;
    }
    stats.checked++;
    if (!resources || !check) [resources, { checkPair: check }] = await Promise.all([options.prepare(), import('./check-pair.js')]);
    try {
      const memos = new DocumentMemos(options.memoRoot);
      const file = check(en, ru, { severities: options.severities, lang, terms: resources.terms, align: resources.align, memos: pairMemos(memos, pair.source, pair.target), glossary: options.glossary });
      options.cache.set(slot, key, file.messages);
      memos.save();
      files.push(file);
    } catch (error) {
      files.push(crashFile(ru.file, error, t));
    }
  }
  return { files, stats };
}
