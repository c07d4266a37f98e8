import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { MarkdownSyntax } from '../markdown/markdown-syntax.js';
import { hashText } from '../lock/hash-text.js';
import type { LockPair } from '../lock/types.js';
import { readGitFile, repoPath } from '../review/read-git-file.js';
import { segmentMarkdown } from '../segment/segment-markdown.js';
import type { StaleSince } from './status-types.js';

const run = promisify(execFile);

/** How many commits of an English file's history are searched for the version a pair was made from. */
export const HISTORY_LIMIT = 100;

/** A commit that touched the English file. */
interface FileCommit {
  commit: string;
  /** Committer date, ISO 8601 with the committer's offset. */
  date: string;
  subject: string;
}

/** What {@link staleSinceGit} needs. */
export interface GitStaleInput {
  /** The top-level folder of the repository. */
  root: string;
  /** The English file (absolute or relative to `root`). */
  file: string;
  /** Its text in the working tree (what the build read). */
  current: string;
  lang: string;
  syntax?: MarkdownSyntax | undefined;
  /** The recorded pairs found stale. */
  stalePairs: readonly LockPair[];
}

/**
 * Since which commit a translation is stale, from git: for each stale pair, the English file's
 * history is walked from the newest version back to the newest version that still holds the
 * English the pair was recorded from (a run of units whose joined text has the pair's
 * `enHash`); the commit just after that version is the one that changed it. The translation
 * is stale since the earliest such commit of its pairs. No date (undefined) when git cannot
 * say: the change is not committed yet, the recorded version is not among the last
 * {@link HISTORY_LIMIT} commits of the file, or the file has no history.
 *
 * @returns the commit, its committer day and subject, or undefined
 * @example await staleSinceGit({ root, file: 'content/en/a.md', current, lang: 'en', stalePairs }) // { from: 'git', date: '2026-03-12', commit: '3f2a…' }
 */
export async function staleSinceGit(input: GitStaleInput): Promise<StaleSince | undefined> {
  if (input.stalePairs.length === 0) return undefined;
  const rel = repoPath(input.root, input.file);
  const commits = await fileHistory(input.root, rel);
  if (commits.length === 0) return undefined;
  // Version k is the file at commits[k]; the working tree comes first when it differs from the last commit.
  const texts = new Map<number, string | undefined>();
  const textAt = async (k: number): Promise<string | undefined> => {
    if (!texts.has(k)) texts.set(k, await readGitFile({ root: input.root, ref: (commits[k] as FileCommit).commit }, rel));
    return texts.get(k);
  };
  const uncommitted = (await textAt(0)) !== input.current;
  const runs = new Map<number, Set<string>>();
  const hashesAt = async (k: number, length: number): Promise<Set<string>> => {
    const key = k * 1000 + length;
    let set = runs.get(key);
    if (!set) {
      const text = await textAt(k);
      set = text === undefined ? new Set() : runHashes(text, rel, input.lang, input.syntax, length);
      runs.set(key, set);
    }
    return set;
  };
  let earliest: number | undefined;
  for (const pair of input.stalePairs) {
    let found: number | undefined;
    for (let k = 0; k < commits.length; k++) {
      if ((await hashesAt(k, pair.source.length)).has(pair.sourceHash)) {
        found = k;
        break;
      }
    }
    // Not in the history searched: git cannot date it, and an older change may hide there.
    if (found === undefined) return undefined;
    // Found in the newest commit: the change is only in the working tree (not dated by git).
    if (found === 0) {
      if (!uncommitted) return undefined;
      continue;
    }
    const changed = found - 1;
    earliest = earliest === undefined ? changed : Math.max(earliest, changed);
  }
  if (earliest === undefined) return undefined;
  const commit = commits[earliest] as FileCommit;
  return { from: 'git', date: commit.date.slice(0, 10), commit: commit.commit, subject: commit.subject };
}

/** The commits that touched a file, newest first (at most {@link HISTORY_LIMIT}). */
async function fileHistory(root: string, rel: string): Promise<FileCommit[]> {
  try {
    const { stdout } = await run('git', ['log', `-n${HISTORY_LIMIT}`, '--format=%H%x09%cI%x09%s', '--', rel], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    return stdout
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => {
        const [commit = '', date = '', ...subject] = line.split('\t');
        return { commit, date, subject: subject.join('\t') };
      });
  } catch {
    return [];
  }
}

/** The hashes (as the lock computes `enHash`) of every run of `length` consecutive units of a version. */
function runHashes(text: string, file: string, lang: string, syntax: MarkdownSyntax | undefined, length: number): Set<string> {
  let units: string[];
  try {
    units = segmentMarkdown(text, { file, lang, ...(syntax ? { syntax } : {}) }).units.map((u) => u.text);
  } catch {
    return new Set();
  }
  const out = new Set<string>();
  for (let i = 0; i + length <= units.length; i++) out.add(hashText(units.slice(i, i + length).join('\n')));
  return out;
}
