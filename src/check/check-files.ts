import { existsSync } from 'node:fs';
import type { VFile } from 'vfile';
import type { Severity } from '../config/load-config.js';
import { openText, readInput } from '../pair/open-document.js';
import { OpenedSources } from '../pair/opened-sources.js';
import { checkPair, type CheckPairOptions } from './check-pair.js';
import { crashFile } from './crash-file.js';
import { missingTranslationFile } from './missing-translation-file.js';
import type { FilePair } from './resolve-file-set.js';
import { createTranslate } from './translate.js';
import type { RuleId } from './types.js';

/** Options of {@link checkFiles}: those of checkPair, plus how to show paths. */
export interface CheckFilesOptions extends CheckPairOptions {
  severities: Readonly<Record<RuleId, Severity>>;
  /** Turn an absolute path into the name used in messages (e.g. relative to the working folder). */
  name?: (path: string) => string;
}

/**
 * Check many file pairs. A pair whose target file is missing gets a `missing-translation`
 * message on the source file; a pair that fails (unreadable file, invalid front matter, an
 * internal error) gets one fatal `internal-error` message on its file and the others are
 * still checked.
 *
 * @param pairs from `resolveFileSet`
 * @param options severities, glossary, report language, aligner
 * @returns one vfile per checked file, in order
 * @example const files = checkFiles(resolveFileSet([], config, cwd), { severities });
 */
export function checkFiles(pairs: readonly FilePair[], options: CheckFilesOptions): VFile[] {
  const name = options.name ?? ((p: string) => p);
  const t = createTranslate(options.lang ?? 'en');
  const files: VFile[] = [];
  const sources = new OpenedSources();
  for (const pair of pairs) {
    if (!existsSync(pair.target)) {
      const file = missingTranslationFile(pair, options);
      if (file) files.push(file);
      continue;
    }
    try {
      const source = readInput(pair.source, pair.sourceLang, { name: name(pair.source) });
      const target = readInput(pair.target, pair.targetLang, { name: name(pair.target) });
      // The source is opened once for all its targets (src/pair), as `checkFilesCached` does.
      const sourceSide = sources.open(source, undefined, () => openText(source, { memo: options.memos?.source, syntax: options.syntax }), pair.source);
      files.push(checkPair(source, target, { ...options, sourceSide }));
    } catch (error) {
      files.push(crashFile(name(pair.target), error, t));
    }
  }
  return files;
}
