import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileChangedError, writeIfUnchanged, writeIfUnchangedHooks } from '../../src/util/write-if-unchanged.js';

const folder = (): string => mkdtempSync(join(tmpdir(), 'diglot-cas-'));

describe('writeIfUnchanged', () => {
  afterEach(() => void (writeIfUnchangedHooks.beforeCompare = undefined));

  it('replaces a file that is as it was read', () => {
    const dir = folder();
    const path = join(dir, 'ru.md');
    writeFileSync(path, 'old\n');
    writeIfUnchanged(path, 'new\n', 'old\n');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(readdirSync(dir)).toEqual(['ru.md']);
  });

  it('refuses, writing nothing, when another program changed the file between the read and the write', () => {
    const dir = folder();
    const path = join(dir, 'ru.md');
    writeFileSync(path, 'old\n');
    writeIfUnchangedHooks.beforeCompare = (p) => writeFileSync(p, 'an editor saved this\n');
    const error = (() => {
      try {
        writeIfUnchanged(path, 'new\n', 'old\n', 'content/ru/a.md');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(FileChangedError);
    expect(String(error)).toBe(
      'content/ru/a.md: Cannot write the file: it was changed by another program since diglot read it. Nothing was written; run the command again',
    );
    expect(readFileSync(path, 'utf8')).toBe('an editor saved this\n');
    expect(readdirSync(dir)).toEqual(['ru.md']);
  });

  it('refuses when the file was removed, or created although it was absent', () => {
    const dir = folder();
    const path = join(dir, 'lock.json');
    writeFileSync(path, '{}');
    writeIfUnchangedHooks.beforeCompare = (p) => rmSync(p);
    expect(() => writeIfUnchanged(path, '{"a":1}', '{}')).toThrow('it was removed by another program');
    expect(existsSync(path)).toBe(false);
    writeIfUnchangedHooks.beforeCompare = (p) => writeFileSync(p, 'theirs');
    expect(() => writeIfUnchanged(path, 'mine', undefined)).toThrow('it was created by another program');
    expect(readFileSync(path, 'utf8')).toBe('theirs');
    expect(readdirSync(dir)).toEqual(['lock.json']);
  });

  it('creates a file that was absent, and compares text with a byte-order mark as a decoder read it', () => {
    const dir = folder();
    const path = join(dir, 'new.md');
    writeIfUnchanged(path, 'first', undefined);
    expect(readFileSync(path, 'utf8')).toBe('first');
    writeFileSync(path, '\uFEFFтекст');
    writeIfUnchanged(path, 'second', 'текст');
    expect(readFileSync(path, 'utf8')).toBe('second');
  });
});
