import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DocumentMemos } from '../../src/pair/document-memos.js';
import { memoPath } from '../../src/cache/memo-file.js';
import { main } from '../../src/cli.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/build-basic/', import.meta.url));
const quiet = { stdout: () => {}, stderr: () => {} };

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-shared-memos-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Memo files of a kind, with their modification times. */
function memoFiles(dir: string, kind: string): Map<string, number> {
  const folder = join(dir, '.diglot-cache', 'memo', kind);
  return new Map(readdirSync(folder).map((f) => [f, statSync(join(folder, f)).mtimeMs]));
}

describe('memos shared by diglot check and diglot build', () => {
  it('name a document alike whether given absolute or from the working folder', () => {
    const root = project();
    const absolute = join(root, 'content', 'ru', 'a.md');
    expect(memoPath(root, 'segments', relative(process.cwd(), absolute))).toBe(memoPath(root, 'segments', absolute));
    expect(memoPath(root, 'segments', absolute)).not.toBe(memoPath(root, 'trees', absolute));
    const memos = new DocumentMemos('/repo');
    expect(memos.segments('/repo/content/en/a.md')).toBe(memos.segments('/repo/content/en/a.md'));
  });

  it('build finds the alignment and segmentation that check remembered, and adds nothing to them', async () => {
    const dir = project();
    expect(await main(['check'], { cwd: dir, ...quiet })).toBeLessThan(2);
    const alignment = memoFiles(dir, 'alignment');
    const segments = memoFiles(dir, 'segments');
    expect(alignment.size).toBe(1);
    expect(segments.size).toBe(2);
    const entries = (file: string) =>
      Object.keys((JSON.parse(readFileSync(join(dir, '.diglot-cache', 'memo', 'alignment', file), 'utf8')) as { entries: object }).entries);
    const [name] = [...alignment.keys()] as [string];
    const before = entries(name);
    expect(before.length).toBe(1);
    expect(await main(['build'], { cwd: dir, ...quiet })).toBe(0);
    // The build looked up the same keys: the files were not written again.
    expect(memoFiles(dir, 'alignment')).toEqual(alignment);
    expect(memoFiles(dir, 'segments')).toEqual(segments);
    expect(memoFiles(dir, 'trees').size).toBe(2);
    // After an edit both commands recompute the pair, and agree again.
    const ru = join(dir, 'content', 'ru', 'recognition.md');
    writeFileSync(ru, readFileSync(ru, 'utf8').replace('Переговоры длились неделю.', 'Переговоры длились целую неделю.'));
    expect(await main(['check'], { cwd: dir, ...quiet })).toBeLessThan(2);
    const afterCheck = entries(name);
    expect(afterCheck).toHaveLength(1);
    expect(afterCheck).not.toEqual(before);
    const edited = memoFiles(dir, 'alignment');
    expect(await main(['build'], { cwd: dir, ...quiet })).toBe(0);
    expect(memoFiles(dir, 'alignment')).toEqual(edited);
  });
});
