import { basename } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';
import { InputError } from '../errors.js';
import type { Lock } from '../lock/types.js';
import { diffDocument, type CheckDocuments } from './diff-document.js';
import { listGitFiles, readGitFile, repoPath, verifyRef, type Version } from './read-git-file.js';
import type { DocumentDiff, SuggestionView } from './types.js';

/** Options of {@link collectDiffs}. */
export interface CollectOptions {
  /** The repository's top-level folder (see gitRoot). */
  root: string;
  /** Old version (default `HEAD`). */
  from?: string | undefined;
  /** New version (default: the working tree). */
  to?: string | undefined;
  /** Content files or slugs; default every `<contentDir>/<source>/*.md` of either version. */
  files?: readonly string[];
  check?: CheckDocuments | undefined;
  /** Per target language, a translation-memory lookup for added units. */
  suggest?: ((lang: string) => ((text: string) => SuggestionView | undefined) | undefined) | undefined;
}

/**
 * Diff every document pair of a project between two versions, reading old versions through
 * git (no checkout).
 *
 * @throws UsageError for an unknown ref; InputError for an unreadable lock
 * @example await collectDiffs(config, { root: await gitRoot(cwd), from: 'HEAD~1' })
 */
export async function collectDiffs(config: DiglotConfig, options: CollectOptions): Promise<DocumentDiff[]> {
  const from: Version = { root: options.root, ref: options.from ?? 'HEAD' };
  const to: Version = options.to === undefined ? { root: options.root } : { root: options.root, ref: options.to };
  await verifyRef(options.root, from.ref as string);
  if (to.ref !== undefined) await verifyRef(options.root, to.ref);
  const contentDir = repoPath(options.root, config.contentDir);
  const sourceDir = `${contentDir}/${config.sourceLanguage}`;
  let slugs: string[];
  if (options.files?.length) slugs = options.files.map((f) => basename(f).replace(/\.md$/, ''));
  else {
    const names = [...(await listGitFiles(from, sourceDir, '.md')), ...(await listGitFiles(to, sourceDir, '.md'))];
    slugs = [...new Set(names.map((f) => basename(f, '.md')))].sort();
  }
  const diffs: DocumentDiff[] = [];
  for (const slug of [...new Set(slugs)]) {
    const sourceFile = `${sourceDir}/${slug}.md`;
    const lockFile = `${contentDir}/${slug}.lock.json`;
    const source = { file: sourceFile, lang: config.sourceLanguage, before: await readGitFile(from, sourceFile), after: await readGitFile(to, sourceFile) };
    if (source.before === undefined && source.after === undefined) throw new InputError('Cannot diff a document that exists in neither version', { file: sourceFile });
    const lock = parseLock(await readGitFile(to, lockFile), lockFile);
    const previousLock = parseLock(await readGitFile(from, lockFile), lockFile);
    for (const lang of config.targetLanguages) {
      const targetFile = `${contentDir}/${lang}/${slug}.md`;
      const target = { file: targetFile, lang, before: await readGitFile(from, targetFile), after: await readGitFile(to, targetFile) };
      diffs.push(
        diffDocument({
          source,
          target,
          from: from.ref as string,
          to: to.ref ?? 'working tree',
          lock,
          previousLock,
          check: options.check,
          suggest: options.suggest?.(lang),
        }),
      );
    }
  }
  return diffs;
}

function parseLock(text: string | undefined, file: string): Lock | undefined {
  if (text === undefined) return undefined;
  try {
    const lock = JSON.parse(text) as Lock;
    if (lock.version === 1 && Array.isArray(lock.units) && lock.targets && typeof lock.targets === 'object') return lock;
  } catch {
    // fall through
  }
  throw new InputError('Expected a version-1 lock (valid JSON with `units` and `targets`)', { file });
}
