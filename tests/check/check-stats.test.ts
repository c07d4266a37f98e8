/**
 * `diglot check --stats` after a one-paragraph edit of an English document checked in five
 * target languages: in each language only the unit pair holding the edited paragraph is checked
 * again (the others' findings come from the memos), the English is segmented once for all five,
 * and the report is the one a cold check of the edited project gives (issue 15, Performance).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckStats } from '../../src/check/check-files-cached.js';
import { runCli } from '../support/run-cli.js';
import { blocksOf, TARGETS, writeProject } from '../multilingual/twelve-factor-project.js';

const EDITED = 'config';
const SENTENCE = 'This sentence was added by an edit.';

/** `diglot check --stats …` in the project: the report and the figures of its `diglot: stats` line. */
async function check(dir: string, ...args: string[]): Promise<{ code: number; report: string; stats: CheckStats }> {
  const r = await runCli(['check', '--stats', '--format', 'json', ...args], dir);
  expect(r.code, r.stderr).toBeLessThan(2);
  const line = r.stderr.split('\n').find((l) => l.startsWith('diglot: stats '));
  expect(line, r.stderr).toBeDefined();
  return { code: r.code, report: r.stdout, stats: JSON.parse((line as string).slice('diglot: stats '.length)) as CheckStats };
}

/** Append a sentence to the first prose paragraph after the title (a block that is one line of text). */
function editOneParagraph(text: string): string {
  const blocks = blocksOf(text);
  const at = blocks.findIndex((b, i) => i > 0 && /^\p{Lu}/u.test(b) && /[.!?]$/.test(b) && !b.includes('\n'));
  expect(at).toBeGreaterThan(0);
  blocks[at] = `${blocks[at]} ${SENTENCE}`;
  return blocks.join('\n\n');
}

let dir: string;
beforeAll(() => {
  dir = writeProject();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('diglot check --stats: a one-paragraph English edit re-checks only the units it touches', () => {
  it('cold, then after the edit: one unit pair per language checked again, the English segmented once', async () => {
    const cold = await check(dir);
    expect(cold.stats.sourceSegmentations).toBe(cold.stats.sources);
    for (const lang of TARGETS) expect(cold.stats.languages[lang]?.rechecked).toBe(cold.stats.languages[lang]?.unitPairs);
    const again = await check(dir);
    expect(again.stats).toMatchObject({ checked: 0, cached: cold.stats.pairs, sourceSegmentations: 0, languages: {} });

    const file = join(dir, 'content', 'en', `${EDITED}.md`);
    writeFileSync(file, editOneParagraph(readFileSync(file, 'utf8')));
    const edited = await check(dir);
    expect(edited.stats).toMatchObject({
      checked: TARGETS.length,
      cached: cold.stats.pairs - TARGETS.length,
      sources: cold.stats.sources,
      sourceSegmentations: 1,
    });
    expect(Object.keys(edited.stats.languages).sort()).toEqual([...TARGETS].sort());
    for (const lang of TARGETS) {
      const figures = edited.stats.languages[lang];
      expect(figures?.pairs, lang).toBe(1);
      expect(figures?.rechecked, lang).toBe(1);
      expect(figures?.unitPairs, lang).toBeGreaterThan(5);
    }
    // What the memos gave back is what a cold check of the edited project finds.
    const fresh = await check(dir, '--no-cache');
    expect(edited.report).toBe(fresh.report);
    expect(edited.code).toBe(fresh.code);
    expect(fresh.stats.languages.de?.rechecked).toBe(fresh.stats.languages.de?.unitPairs);
  });
});
