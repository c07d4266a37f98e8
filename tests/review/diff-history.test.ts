import { beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/review/format-html.js';
import { formatMarkdown } from '../../src/review/format-markdown.js';
import { formatText } from '../../src/review/format-text.js';
import type { DocumentDiff, SourceChange } from '../../src/review/types.js';
import { runCli } from '../support/run-cli.js';
import { createRepo, type TempRepo } from './git-history.js';

const EN = 'content/en/brief.md';
const RU = 'content/ru/brief.md';

/** Each commit of the scripted history, and the English changes `diglot diff` must report for it (text starts). */
const STEPS: Array<{ name: string; apply: (r: TempRepo) => void; expected: Array<[string, string]> }> = [
  {
    name: 'edit a sentence',
    apply: (r) => r.edit(EN, 'lasted almost 16 years', 'lasted for almost seventeen years'),
    expected: [['edited', 'The policy of non-recognition lasted for almost seventeen years.']],
  },
  {
    name: 'insert a paragraph',
    apply: (r) => r.edit(EN, 'He arrived in December 1933.\n', 'He arrived in December 1933.\n\nThe first American consulate opened in Moscow in 1934.\n'),
    expected: [['added', 'The first American consulate opened in Moscow in 1934.']],
  },
  {
    name: 'move a section',
    apply: (r) => {
      const section = '## Debts\n\nThe question of debts remained open for many years. Neither side would give way.\n\n';
      r.edit(EN, section, '');
      r.write(EN, `${r.read(EN)}\n${section.trimEnd()}\n`);
    },
    expected: [
      ['moved', 'Debts'],
      ['moved', 'The question of debts remained open for many years.'],
    ],
  },
  {
    name: 'split a paragraph',
    apply: (r) => r.edit(EN, 'left Russia in 1918. Its staff', 'left Russia in 1918.\n\nIts staff'),
    expected: [['split', 'The American embassy left Russia in 1918. ¶ Its staff moved']],
  },
  {
    name: 'merge two paragraphs',
    apply: (r) => r.edit(EN, 'lasted nine days.\n\nThe two sides', 'lasted nine days. The two sides'),
    expected: [['merged', 'Litvinov arrived in Washington on 7 November 1933.']],
  },
  {
    name: 'delete a paragraph',
    apply: (r) => r.edit(EN, 'Trade between the two countries grew slowly. Hopes for a large market were not fulfilled.\n', ''),
    expected: [['removed', '']],
  },
];

function newText(c: SourceChange): string {
  return c.words
    .filter((w) => w.type !== 'delete')
    .map((w) => w.text)
    .join('');
}

describe('diglot diff over a scripted git history', () => {
  let repo: TempRepo;
  const diffs: DocumentDiff[][] = [];

  beforeAll(async () => {
    repo = createRepo();
    expect((await runCli(['update'], repo.dir)).code).toBe(0);
    repo.commit('brief: English and Russian, locked');
    for (const step of STEPS) {
      step.apply(repo);
      repo.commit(step.name);
      const { code, stdout, stderr } = await runCli(['diff', '--from', 'HEAD~1', '--to', 'HEAD', '--format', 'json'], repo.dir);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      diffs.push((JSON.parse(stdout) as { version: number; documents: DocumentDiff[] }).documents);
    }
  }, 120_000);

  it.each(STEPS.map((s, k) => [s.name, k] as const))('%s: exactly the expected unit changes, in JSON', (_name, k) => {
    const [doc] = diffs[k] as DocumentDiff[];
    expect(doc).toBeDefined();
    expect(doc!.source).toBe(EN);
    expect(doc!.target).toBe(RU);
    const changed = doc!.sourceChanges.filter((c) => c.change !== 'unchanged');
    expect(changed.map((c) => c.change)).toEqual((STEPS[k] as (typeof STEPS)[number]).expected.map(([kind]) => kind));
    changed.forEach((c, n) => expect(newText(c)).toContain((STEPS[k] as (typeof STEPS)[number]).expected[n]![1]));
    // The Russian did not change in these commits.
    expect(doc!.targetChanges).toEqual([]);
    expect(doc!.summary.target.unchanged).toBe(13);
  });

  it('edit a sentence: word diff, the current Russian, stale by the lock, the new number finding', () => {
    const c = diffs[0]![0]!.sourceChanges.find((x) => x.change === 'edited')!;
    expect(c.words.filter((w) => w.type !== 'equal')).toEqual([
      { type: 'insert', text: 'for ' },
      { type: 'delete', text: '16' },
      { type: 'insert', text: 'seventeen' },
    ]);
    expect(c.before[0]!.id).toBe(c.after[0]!.id);
    expect(c.translation.map((u) => u.text)).toEqual(['Политика непризнания продолжалась почти 16 лет. За это время накопилось немало проблем.']);
    expect(c.stale).toBe(true);
    expect(c.findings.map((f) => [f.ruleId, f.new])).toContainEqual(['number-mismatch', true]);
    expect(diffs[0]![0]!.summary.stale).toBe(1);
  });

  it('insert: the added unit has no translation and is not stale', () => {
    const c = diffs[1]![0]!.sourceChanges.find((x) => x.change === 'added')!;
    expect(c.translation).toEqual([]);
    expect(c.stale).toBe(false);
    expect(c.before).toEqual([]);
  });

  it('split and merge: one old unit against two new ones, and back', () => {
    const split = diffs[3]![0]!.sourceChanges.find((x) => x.change === 'split')!;
    expect([split.before.length, split.after.length]).toEqual([1, 2]);
    expect(split.words.filter((w) => w.type !== 'equal')).toEqual([{ type: 'insert', text: '¶ ' }]);
    expect(split.translation[0]!.text).toMatch(/^Американское посольство покинуло Россию/);
    const merged = diffs[4]![0]!.sourceChanges.find((x) => x.change === 'merged')!;
    expect([merged.before.length, merged.after.length]).toEqual([2, 1]);
    expect(merged.words.filter((w) => w.type !== 'equal')).toEqual([{ type: 'delete', text: '¶ ' }]);
    expect(merged.translation.map((u) => u.text.slice(0, 20))).toEqual(['Литвинов прибыл в Ва', 'Стороны обменялись п']);
  });

  it('delete: the removed unit shows the translation that belonged to it', () => {
    const c = diffs[5]![0]!.sourceChanges.find((x) => x.change === 'removed')!;
    expect(c.before[0]!.text).toBe('Trade between the two countries grew slowly. Hopes for a large market were not fulfilled.');
    expect(c.translation.map((u) => u.text)).toEqual(['Торговля между двумя странами росла медленно. Надежды на большой рынок не оправдались.']);
    expect(c.after).toEqual([]);
  });

  it('renders every step in text, Markdown and HTML with the key lines', () => {
    const text = formatText(diffs[0]!);
    expect(text).toContain('content/en/brief.md ↔ content/ru/brief.md (HEAD~1 → HEAD)');
    expect(text).toContain('English: 1 edited, 12 unchanged; 1 stale;');
    expect(text).toMatch(/^edited {2}u-[0-9a-f]{8} {2}line 11 {2}\[stale\]$/m);
    expect(text).toContain(
      '  en: The policy of non-recognition lasted {+for +}almost [-16-]{+seventeen+} years. Many problems accumulated during this period.',
    );
    expect(text).toContain('  ru: Политика непризнания продолжалась почти 16 лет.');
    const moved = formatText(diffs[2]!);
    expect(moved).toMatch(/^moved {2}u-[0-9a-f]{8} {2}line 27\n {2}en: Debts\n {2}ru: Долги$/m);
    expect(moved).toMatch(
      /^moved {2}u-[0-9a-f]{8} {2}line 29\n {2}en: The question of debts remained open for many years\. Neither side would give way\.\n {2}ru: Вопрос о долгах/m,
    );
    expect(formatText(diffs[5]!)).toMatch(/^removed {2}u-[0-9a-f]{8} {2}old line 25$/m);

    const md = formatMarkdown(diffs[0]!);
    expect(md).toContain('### `content/en/brief.md` ↔ `content/ru/brief.md`');
    expect(md).toMatch(/<details><summary><b>edited<\/b> <code>u-[0-9a-f]{8}<\/code> line 11 · ⚠️ stale · \d findings?<\/summary>/);
    expect(md).toContain('lasted <ins>for </ins>almost <del>16</del><ins>seventeen</ins> years.');
    expect(md).toMatch(/- ❌ `number-mismatch` 11:\d+ Unexpected number \\`16\\`/);
    expect(formatMarkdown(diffs[3]!)).toContain('<b>split</b>');
    expect(formatMarkdown(diffs[4]!)).toContain('<b>merged</b>');

    const html = formatHtml(diffs[0]!);
    expect(html.startsWith('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>diglot diff</title><style>')).toBe(true);
    expect(html).toContain('lasted <ins>for </ins>almost <del>16</del><ins>seventeen</ins> years.');
    expect(html).toContain('<span class="tag stale">stale</span>');
  });

  it('reads the working tree against HEAD by default, and shows the reverse view of the Russian', async () => {
    repo.edit(RU, 'продолжалась почти 16 лет', 'продолжалась почти шестнадцать лет');
    const { code, stdout } = await runCli(['diff', 'brief'], repo.dir);
    expect(code).toBe(0);
    expect(stdout).toContain('(HEAD → working tree)');
    expect(stdout).toContain('English: 13 unchanged;');
    expect(stdout).toContain('Russian: 1 edited, 12 unchanged');
    expect(stdout).toMatch(/^ru edited {2}u-[0-9a-f]{8} {2}line 11$/m);
    expect(stdout).toContain('  ru: Политика непризнания продолжалась почти [-16-]{+шестнадцать+} лет.');
    expect(stdout).toContain('  en: The policy of non-recognition lasted for almost seventeen years.');
    repo.git('checkout', '--', RU);
  });

  it('escapes content in Markdown and HTML', async () => {
    repo.edit(EN, 'In November 1933 the United States', 'In November 1933 (when 1 < 2 & \\<b>x</b> was 2 \\* 3) the United States');
    const { stdout: md } = await runCli(['diff', '--format', 'markdown'], repo.dir);
    expect(md).toContain('<ins>(when 1 &lt; 2 &amp; &lt;b&gt;x was 2 \\* 3) </ins>');
    const { stdout: html } = await runCli(['diff', '--format', 'html'], repo.dir);
    expect(html).toContain('<ins>(when 1 &#x3C; 2 &#x26; &#x3C;b>x was 2 * 3) </ins>');
    expect(html).not.toContain('<b>');
    repo.git('checkout', '--', EN);
  });

  it('rejects an unknown ref and an unknown format (exit 2)', async () => {
    expect((await runCli(['diff', '--from', 'no-such-ref'], repo.dir)).stderr).toMatch(/Unexpected git ref `no-such-ref`/);
    const bad = await runCli(['diff', '--format', 'xml'], repo.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unexpected format `xml`/);
  });
});
