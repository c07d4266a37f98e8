import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/align-documents.js';
import { createLock } from '../../src/lock/create-lock.js';
import { hashText } from '../../src/lock/hash-text.js';
import { writeLock } from '../../src/lock/write-lock.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { runCli } from '../support/run-cli.js';
import { EN, RU, SHORT } from './locked-pair-texts.js';

/** A project with the document and, when `locked`, a lock recording the short translation as made for the long paragraph. */
function project(locked: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'diglot-locked-pairs-'));
  const put = (path: string, text: string): void => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  put('diglot.config.yaml', 'sourceLanguage: en\ntargetLanguages: [ru]\n');
  put('content/en/talks.md', `${EN}\n`);
  put('content/ru/talks.md', `${RU}\n`);
  if (locked) {
    const en = segmentMarkdown(`${EN}\n`, { file: 'content/en/talks.md', lang: 'en' });
    const ru = segmentMarkdown(`${RU}\n`, { file: 'content/ru/talks.md', lang: 'ru' });
    const alignment = alignDocuments(en, ru, { lockedPairs: { [(en.units[1] as { id: string }).id]: hashText(SHORT) } });
    writeLock(join(root, 'content/talks.lock.json'), createLock({ source: en, targets: [{ lang: 'ru', doc: ru, alignment }] }));
  }
  return root;
}

describe('the lock’s remembered pairs are honoured by align and build', () => {
  it('diglot align pairs the recorded translation (and without the lock does not)', async () => {
    const pairs = async (root: string): Promise<number[][][]> => {
      const { code, stdout } = await runCli(['align', 'content/en/talks.md', 'content/ru/talks.md', '--format', 'json'], root);
      expect(code).toBe(0);
      return (JSON.parse(stdout) as { blocks: Array<{ source: number[]; target: number[] }> }).blocks.map((b) => [b.source, b.target]);
    };
    expect(await pairs(project(false))).not.toContainEqual([[1], [1]]);
    expect(await pairs(project(true))).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it('diglot build puts the recorded pair in the TMX and the parallel edition, and rebuilds when the lock changes', async () => {
    const tmx = (root: string): string => readFileSync(join(root, 'dist/talks.en-ru.tmx'), 'utf8');
    const root = project(false);
    expect((await runCli(['build'], root)).code).toBe(0);
    expect(tmx(root)).not.toContain(SHORT);
    // The lock is written afterwards (as an import does): the cached article must not be reused.
    const locked = project(true);
    writeFileSync(join(root, 'content/talks.lock.json'), readFileSync(join(locked, 'content/talks.lock.json')));
    const again = await runCli(['build'], root);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('talks: from cache');
    expect(tmx(root)).toContain(SHORT);
    const parallel = readFileSync(join(root, 'dist/talks.parallel.html'), 'utf8');
    const row = parallel.split('<tr').find((r) => r.includes('Bolsheviks'));
    expect(row).toContain('Вскоре после переворота');
  });
});
