import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { staleSinceGit } from '../../src/edition/stale-since-git.js';
import { hashText } from '../../src/lock/hash-text.js';
import type { LockPair } from '../../src/lock/types.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { commit } from './status-project.js';

const FILE = 'content/en/a.md';
const FIRST = 'The first paragraph says one thing.';
const SECOND = 'The second paragraph says another.';

let root: string;
/** The pairs a lock recorded from the first version: one per paragraph. */
let pairs: LockPair[];

const write = (text: string): void => writeFileSync(join(root, FILE), text);
const read = (): string => readFileSync(join(root, FILE), 'utf8');
const since = (stale: readonly LockPair[]) => staleSinceGit({ root, file: FILE, current: read(), lang: 'en', stalePairs: stale });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'diglot-since-'));
  mkdirSync(join(root, 'content/en'), { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: root });
  write(`${FIRST}\n\n${SECOND}\n`);
  commit(root, 'Add the article', '2026-01-05T08:00:00+00:00');
  const units = segmentMarkdown(read(), { file: FILE, lang: 'en' }).units;
  pairs = units.map((u) => ({ source: [u.id], target: [], sourceHash: hashText(u.text), targetHash: '', glossary: {} }));
  expect(pairs).toHaveLength(2);
});

describe('since which commit a translation is stale (git)', () => {
  it('the commit that changed the pair’s English, not a later commit of the same file', async () => {
    write(read().replace('one thing', 'one new thing'));
    const changed = commit(root, 'Edit the first paragraph', '2026-03-12T23:30:00-05:00');
    write(read().replace('another', 'something else'));
    commit(root, 'Edit the second paragraph', '2026-04-02T10:00:00+00:00');
    // The committer's calendar day, as the commit records it (not converted to UTC).
    expect(await since([pairs[0] as LockPair])).toEqual({ from: 'git', date: '2026-03-12', commit: changed, subject: 'Edit the first paragraph' });
  });

  it('the earliest such commit when several pairs are stale', async () => {
    write(read().replace('another', 'something else'));
    const first = commit(root, 'Edit the second paragraph', '2026-02-01T10:00:00+00:00');
    write(read().replace('one thing', 'one new thing'));
    commit(root, 'Edit the first paragraph', '2026-03-01T10:00:00+00:00');
    expect((await since(pairs))?.commit).toBe(first);
  });

  it('no date while the change is only in the working tree, or when the recorded English is not in the history', async () => {
    write(read().replace('one thing', 'one new thing'));
    expect(await since([pairs[0] as LockPair])).toBeUndefined();
    const never: LockPair = { source: ['u-x'], target: [], sourceHash: hashText('A text no version ever had.'), targetHash: '', glossary: {} };
    commit(root, 'Edit the first paragraph', '2026-03-01T10:00:00+00:00');
    expect(await since([never])).toBeUndefined();
  });

  it('no date outside a repository', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'diglot-nogit-'));
    expect(await staleSinceGit({ root: plain, file: 'a.md', current: FIRST, lang: 'en', stalePairs: pairs })).toBeUndefined();
  });
});
