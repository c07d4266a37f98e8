import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoFile, memoPath } from '../../src/cache/memo-file.js';

const fresh = (): string => join(mkdtempSync(join(tmpdir(), 'diglot-memo-')), 'sub', 'memo.json');

describe('MemoFile', () => {
  it('keeps values between runs, counting hits and misses', () => {
    const path = fresh();
    const first = MemoFile.open<number[]>(path, 'v1');
    expect(first.get('a')).toBeUndefined();
    first.set('a', [1, 2]);
    first.save();
    const second = MemoFile.open<number[]>(path, 'v1');
    expect(second.get('a')).toEqual([1, 2]);
    expect(second.get('b')).toBeUndefined();
    expect(second.stats).toEqual({ hits: 1, misses: 1 });
  });

  it('forgets everything written by another version, and reads a corrupt file as empty', () => {
    const path = fresh();
    const memo = MemoFile.open<string>(path, 'v1');
    memo.set('a', 'x');
    memo.save();
    expect(MemoFile.open<string>(path, 'v2').get('a')).toBeUndefined();
    writeFileSync(path, '{"format": "diglot-memo/1", "version": "v1", "entries": ');
    expect(MemoFile.open<string>(path, 'v1').get('a')).toBeUndefined();
  });

  it('saves only the entries used in the run, and does not write when nothing changed', () => {
    const path = fresh();
    const memo = MemoFile.open<number>(path, 'v');
    memo.set('old', 1);
    memo.set('kept', 2);
    memo.save();
    const unchanged = MemoFile.open<number>(path, 'v');
    unchanged.get('old');
    unchanged.get('kept');
    const before = statSync(path).mtimeMs;
    const text = readFileSync(path, 'utf8');
    unchanged.save();
    expect(statSync(path).mtimeMs).toBe(before);
    expect(readFileSync(path, 'utf8')).toBe(text);
    const pruned = MemoFile.open<number>(path, 'v');
    pruned.get('kept');
    pruned.save();
    const after = MemoFile.open<number>(path, 'v');
    expect(after.get('old')).toBeUndefined();
    expect(after.get('kept')).toBe(2);
  });

  it('without a path remembers only within the run and writes nothing', () => {
    const memo = MemoFile.open<number>(undefined, 'v');
    memo.set('a', 1);
    memo.save();
    expect(memo.get('a')).toBe(1);
  });

  it('names one file per kind and document under .diglot-cache/memo', () => {
    const a = memoPath('/repo', 'segments', 'content/ru/a.md');
    expect(a).toMatch(/^\/repo\/\.diglot-cache\/memo\/segments\/[0-9a-f]{32}\.json$/);
    expect(memoPath('/repo', 'segments', 'content/ru/b.md')).not.toBe(a);
    expect(memoPath('/repo', 'findings', 'content/ru/a.md')).not.toBe(a.replace('segments', 'findings'));
  });
});
