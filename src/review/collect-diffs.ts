import { basename } from 'node:path';
import type { DiglotConfig } from '../config/load-config.js';
import { InputError, UsageError } from '../errors.js';
import type { Lock } from '../lock/types.js';
import { diffDocument, type CheckDocuments } from './diff-document.js';
import { emptyTree, hasCommits, listGitFiles, readGitFile, repoPath, verifyRef, type Version } from './read-git-file.js';
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
  /** Told about a document that could not be diffed (binary, not UTF-8, a bad lock); the others are. */
  onProblem?: ((error: unknown) => void) | undefined;
  /** Told what the run assumed (no commits yet: the old version is the empty tree). */
  onNote?: ((note: string) => void) | undefined;
}

/**
 * Diff every document pair of a project between two versions, reading old versions through
 * git (no checkout).
 *
 * In a repository without commits the old version is the empty tree (every document is added;
 * `onNote` is told), and a ref other than the default `HEAD` is a usage error. A document that
 * cannot be read (binary, not UTF-8, a bad lock) goes to `onProblem` and the others are diffed;
 * without `onProblem` it is thrown.
 *
 * @throws UsageError for an unknown ref; InputError for an unreadable document or lock without `onProblem`
 * @example await collectDiffs(config, { root: await gitRoot(cwd), from: 'HEAD~1' })
 */
export async function collectDiffs(config: DiglotConfig, options: CollectOptions): Promise<DocumentDiff[]> {
  const from: Version = { root: options.root, ref: options.from ?? 'HEAD' };
  const to: Version = options.to === undefined ? { root: options.root } : { root: options.root, ref: options.to };
  let fromLabel = from.ref as string;
  if (!(await hasCommits(options.root))) {
    if (from.ref !== 'HEAD' || to.ref !== undefined) {
      throw new UsageError(`Cannot read \`${to.ref !== undefined && from.ref === 'HEAD' ? to.ref : from.ref}\`: the repository has no commits yet; without \`--from\`/\`--to\`, \`diglot diff\` shows every document as added, or commit first`);
    }
    // Before the first commit there is nothing to compare with: every document is added.
    from.ref = await emptyTree(options.root);
    fromLabel = 'no commits';
    options.onNote?.('the repository has no commits yet: every document of the working tree is shown as added');
  } else {
    await verifyRef(options.root, from.ref as string);
    if (to.ref !== undefined) await verifyRef(options.root, to.ref);
  }
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
    try {
      diffs.push(...(await diffSlug(slug, { config, contentDir, sourceDir, from, to, fromLabel, options })));
    } catch (error) {
      // One unreadable document (binary, not UTF-8, a bad lock) never stops the others.
      if (!(error instanceof InputError) || !options.onProblem) throw error;
      options.onProblem(error);
    }
  }
  return diffs;
}

interface SlugContext {
  config: DiglotConfig;
  contentDir: string;
  sourceDir: string;
  from: Version;
  to: Version;
  fromLabel: string;
  options: CollectOptions;
}

/** The diffs of one document, one per target language. */
async function diffSlug(slug: string, { config, contentDir, sourceDir, from, to, fromLabel, options }: SlugContext): Promise<DocumentDiff[]> {
  const diffs: DocumentDiff[] = [];
  {
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
          from: fromLabel,
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
