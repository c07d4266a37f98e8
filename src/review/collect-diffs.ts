import { join } from 'node:path';
import type { DocumentMemos } from '../pair/document-memos.js';
import { pairMemos } from '../check/pair-memos.js';
import type { AlignPair } from '../pair/open-pair.js';
import type { DiglotConfig } from '../config/load-config.js';
import { InputError, UsageError } from '../errors.js';
import type { Lock } from '../lock/types.js';
import { parseLock as parseLockText } from '../lock/read-lock.js';
import { CHANGE_KINDS } from './match-units.js';
import { diffDocument, type CheckDocuments, type DiffDocumentInput } from './diff-document.js';
import { decodeDocument } from '../util/read-document.js';
import { listBlobs, readBlobs } from './git-blobs.js';
import { emptyTree, hasCommits, listGitFiles, readGitFile, repoPath, verifyRef, type Version } from './read-git-file.js';
import type { DocumentDiff, SuggestionView } from './types.js';
import { documentFilter, slugOf } from '../content/content-globs.js';
import { contentPaths } from '../content/content-paths.js';

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
  /** The aligner (e.g. `diglot check`'s, with glossary anchors); `alignDocuments` without one. */
  align?: AlignPair | undefined;
  /** The memos of the project (`.diglot-cache/memo/`, shared with check and build): chunks and pairs seen before are not computed again. */
  memos?: DocumentMemos | undefined;
  /** The diff of one changed document pair (a seam for tests; default {@link diffDocument}). */
  diff?: ((input: DiffDocumentInput) => DocumentDiff) | undefined;
}

/**
 * Diff every document pair of a project between two versions, reading old versions through
 * git (no checkout).
 *
 * A document pair whose source, translation and lock are the same text in both versions is not
 * segmented, aligned or checked: it is listed as `unchanged` with empty lists. The others reuse
 * the project's memos when given.
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
      throw new UsageError(
        `Cannot read \`${to.ref !== undefined && from.ref === 'HEAD' ? to.ref : from.ref}\`: the repository has no commits yet; without \`--from\`/\`--to\`, \`diglot diff\` shows every document as added, or commit first`,
      );
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
  if (options.files?.length) slugs = options.files.map((f) => contentPaths(config, f).slug);
  else {
    // Documents at any depth, chosen by `include`/`exclude` as every command chooses them (`listDocuments`).
    const keep = documentFilter({ include: config.include ?? [], exclude: config.exclude ?? [] });
    const names = [...(await listGitFiles(from, sourceDir, keep)), ...(await listGitFiles(to, sourceDir, keep))];
    slugs = [...new Set(names.map((f) => slugOf(f.slice(sourceDir.length + 1))))].sort();
  }
  const blobs = {
    from: await listBlobs(from as Version & { ref: string }, contentDir),
    to: to.ref === undefined ? undefined : await listBlobs(to as Version & { ref: string }, contentDir),
  };
  const diffs: DocumentDiff[] = [];
  for (const slug of [...new Set(slugs)]) {
    try {
      diffs.push(...(await diffSlug(slug, { config, contentDir, sourceDir, from, to, fromLabel, options, blobs })));
    } catch (error) {
      // One unreadable document (binary, not UTF-8, a bad lock) never stops the others.
      // A pair that cannot be aligned (or any failure of this document) too: it is reported, the run exits 1.
      if (error instanceof UsageError || !options.onProblem) throw error;
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
  /** Path → blob ID of every content file of each version that is a commit (not the working tree). */
  blobs: { from: Map<string, string> | undefined; to: Map<string, string> | undefined };
}

/** The diffs of one document, one per target language. */
async function diffSlug(slug: string, { config, contentDir, sourceDir, from, to, fromLabel, options, blobs }: SlugContext): Promise<DocumentDiff[]> {
  const diffs: DocumentDiff[] = [];
  const sourceFile = `${sourceDir}/${slug}.md`;
  const lockFile = `${contentDir}/${slug}.lock.json`;
  const toLabel = to.ref ?? 'working tree';
  const targetFiles = config.targetLanguages.map((lang) => ({ lang, file: `${contentDir}/${lang}/${slug}.md` }));
  // Both versions commits: the blob IDs tell which pairs are unchanged before anything is read.
  const sameBlob = (file: string): boolean => blobs.from !== undefined && blobs.to !== undefined && blobs.from.get(file) === blobs.to.get(file);
  if (blobs.from && blobs.to && !blobs.from.has(sourceFile) && !blobs.to.has(sourceFile))
    throw new InputError('Cannot diff a document that exists in neither version', { file: sourceFile });
  const changed = targetFiles.filter((t) => !(sameBlob(sourceFile) && sameBlob(lockFile) && sameBlob(t.file)));
  if (changed.length === 0) return targetFiles.map((t) => unchangedDiff({ file: sourceFile, lang: config.sourceLanguage }, t, fromLabel, toLabel));
  const files = [sourceFile, lockFile, ...changed.map((t) => t.file)];
  const stored = await readBlobs(
    options.root,
    [blobs.from, blobs.to].flatMap((ids) => (ids ? files.flatMap((f) => ids.get(f) ?? []) : [])),
  );
  const read = async (version: Version, ids: Map<string, string> | undefined, file: string): Promise<string | undefined> => {
    if (!ids) return readGitFile(version, file);
    const oid = ids.get(file);
    const bytes = oid === undefined ? undefined : stored.get(oid);
    return bytes === undefined ? undefined : decodeDocument(bytes, `${version.ref ?? ''}:${file}`);
  };
  const source = {
    file: sourceFile,
    lang: config.sourceLanguage,
    before: await read(from, blobs.from, sourceFile),
    after: await read(to, blobs.to, sourceFile),
  };
  if (source.before === undefined && source.after === undefined)
    throw new InputError('Cannot diff a document that exists in neither version', { file: sourceFile });
  const lockText = await read(to, blobs.to, lockFile);
  const previousLockText = await read(from, blobs.from, lockFile);
  const lock = parseLock(lockText, lockFile);
  const previousLock = parseLock(previousLockText, lockFile);
  for (const { lang, file: targetFile } of targetFiles) {
    if (!changed.some((t) => t.file === targetFile)) {
      diffs.push(unchangedDiff({ file: sourceFile, lang: config.sourceLanguage }, { file: targetFile, lang }, fromLabel, toLabel));
      continue;
    }
    const target = { file: targetFile, lang, before: await read(from, blobs.from, targetFile), after: await read(to, blobs.to, targetFile) };
    if (source.before === source.after && target.before === target.after && lockText === previousLockText) {
      diffs.push(unchangedDiff({ file: sourceFile, lang: config.sourceLanguage }, { file: targetFile, lang }, fromLabel, toLabel));
      continue;
    }
    const memos = options.memos;
    const abs = (file: string): string => join(options.root, file);
    diffs.push(
      (options.diff ?? diffDocument)({
        ...(memos
          ? {
              memos: {
                pair: pairMemos(memos, abs(sourceFile), abs(targetFile)),
                sourceTrees: memos.trees(abs(sourceFile)),
                targetTrees: memos.trees(abs(targetFile)),
              },
            }
          : {}),
        align: options.align,
        source,
        target,
        from: fromLabel,
        to: toLabel,
        lock,
        previousLock,
        check: options.check,
        suggest: options.suggest?.(lang),
      }),
    );
  }
  return diffs;
}

/** The diff of a document pair that is the same in both versions: nothing to list. */
function unchangedDiff(source: { file: string; lang: string }, target: { file: string; lang: string }, from: string, to: string): DocumentDiff {
  const none = (): Record<(typeof CHANGE_KINDS)[number], number> =>
    Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<(typeof CHANGE_KINDS)[number], number>;
  return {
    source: source.file,
    target: target.file,
    sourceLanguage: source.lang,
    targetLanguage: target.lang,
    from,
    to,
    unchanged: true,
    sourceChanges: [],
    targetChanges: [],
    code: [],
    summary: { source: none(), target: none(), stale: 0, findings: 0, newFindings: 0, code: { changed: 0, stale: 0 } },
  };
}

/** A lock as a version of the repository has it (any lock version: see upgradeLock), or undefined when there is none. */
function parseLock(text: string | undefined, file: string): Lock | undefined {
  return text === undefined ? undefined : parseLockText(text, file);
}
