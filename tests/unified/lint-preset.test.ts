import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified, type Pluggable, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPair, diglotLintPreset, remarkDiglotTypography, remarkPresetDiglot } from '../../src/index.js';
import { ruleUrl } from '../../src/check/create-rule.js';
import { RULE_DEFAULTS } from '../../src/check/rule-severities.js';
import type { RuleId } from '../../src/check/types.js';
import { mixedScript } from '../../src/rules/mixed-script.js';
import { spelling } from '../../src/rules/spelling.js';
import { typography } from '../../src/rules/typography.js';
import { corporaRoot, repoRoot } from '../support/paths.js';

const read = (path: string): string => readFileSync(path, 'utf8');
const article = { en: join(repoRoot, 'content/en/us-ussr-recognition-1933.md'), ru: join(repoRoot, 'content/ru/us-ussr-recognition-1933.md') };

/** Real translations with their sources: the repository's article (also with Latin look-alikes typed in) and two corpus documents. */
const PAIRS = [
  { name: 'us-ussr-recognition-1933.md', en: read(article.en), path: article.ru, ru: read(article.ru) },
  {
    name: 'us-ussr-recognition-1933.md with look-alikes',
    en: read(article.en),
    path: article.ru,
    ru: read(article.ru)
      .replace(/Литвинов/g, 'Литвинoв')
      .replace(/Рузвельт/g, 'Pузвельт'),
  },
  ...['finding-users.md', 'legal.md'].map((f) => ({
    name: f,
    en: read(join(corporaRoot, 'md-opensource-guide/en', f)),
    path: join(corporaRoot, 'md-opensource-guide/ru', f),
    ru: read(join(corporaRoot, 'md-opensource-guide/ru', f)),
  })),
];

/** What a reporter shows of a message. */
const key = (m: VFileMessage): string =>
  JSON.stringify([m.ruleId, m.line, m.column, m.place && 'end' in m.place ? m.place.end : null, m.reason, m.expected ?? null, m.actual ?? null, m.fatal]);

async function lint(path: string, value: string, lang = 'ru'): Promise<VFileMessage[]> {
  const file = new VFile({ path, value });
  file.data.lang = lang;
  await unified().use(remarkParse).use(remarkPresetDiglot).use(remarkStringify).process(file);
  return file.messages;
}

/** `diglot check`'s messages of the one-document rules on a real pair (suppression reports off). */
function pairMessages(en: string, path: string, ru: string): (id: string) => VFileMessage[] {
  const { messages } = checkPair(
    { file: path, markdown: en, lang: 'en' },
    { file: path, markdown: ru, lang: 'ru' },
    { rules: [typography, mixedScript, spelling], severities: { ...RULE_DEFAULTS, suppression: 'off' } },
  );
  return (id) => messages.filter((m) => m.ruleId === id);
}

describe('remarkPresetDiglot: the one-document rules in a unified pipeline', () => {
  const counts: string[] = [];
  afterAll(() => console.log(`preset/check messages: ${counts.join('; ')}`));
  for (const { name, en, path, ru } of PAIRS) {
    it(`${name}: the messages of \`diglot check\` that need no source, with place, expected and actual`, async () => {
      const messages = await lint(path, ru);
      const of = (id: string): string[] =>
        messages
          .filter((m) => m.ruleId === id)
          .map(key)
          .sort();
      for (const m of messages) {
        expect(m).toMatchObject({ source: 'diglot', file: path });
        expect(m.url).toBe(ruleUrl(m.ruleId as RuleId));
        expect(m.place && 'start' in m.place).toBe(true);
      }
      const pair = pairMessages(en, path, ru);
      // mixed-script needs no source: exactly the pair check's messages.
      expect(of('mixed-script')).toEqual(pair('mixed-script').map(key).sort());
      // typography: the pair check's, less number grouping (which compares with the source).
      expect(of('typography')).toEqual(
        pair('typography')
          .filter((m) => !m.reason.includes('grouped as in the source'))
          .map(key)
          .sort(),
      );
      // spelling: the pair check accepts the source's words (names), so it finds a subset.
      const lone = new Set(of('spelling'));
      for (const m of pair('spelling')) expect(lone).toContain(key(m));
      counts.push(`${name}: ${['typography', 'mixed-script', 'spelling'].map((id) => `${id} ${of(id).length}/${pair(id).length}`).join(', ')}`);
      expect(messages.length).toBeGreaterThan(0);
    });
  }

  it('finds typed-in errors with their places, expected and actual; severities as remark-lint reads them', async () => {
    const text = '# Признание\n\n"Так" - сказал М.М. Литвинов. Литвинoв подписал ноты.\n';
    const messages = await lint('ru.md', text);
    const at = (m: VFileMessage): string =>
      text.slice(m.place && 'start' in m.place ? m.place.start.offset : 0, m.place && 'end' in m.place ? m.place.end.offset : 0);
    const mixed = messages.find((m) => m.ruleId === 'mixed-script');
    expect(mixed).toMatchObject({ expected: ['Литвинов'], actual: 'Литвинoв', fatal: true, line: 3, column: 31 });
    expect(at(mixed as VFileMessage)).toBe('Литвинoв');
    const quotes = messages.find((m) => m.ruleId === 'typography' && m.actual === '"Так"');
    expect(quotes).toMatchObject({ expected: ['«Так»'], fatal: false, line: 3, column: 1 });
    expect(messages.find((m) => m.ruleId === 'typography' && m.actual === ' - ')?.expected).toEqual([' — ']);
  });

  it('takes severities and the language as options, and honours diglot-ignore comments', async () => {
    const text = 'Он сказал: "Да".\n\n<!-- diglot-ignore typography: a quotation as printed in the source -->\nОн сказал: "Нет".\n';
    const run = async (plugin: Pluggable): Promise<VFileMessage[]> => {
      const file = new VFile({ path: 'a.md', value: text });
      await unified()
        .use(remarkParse)
        .use([plugin] as PluggableList)
        .use(remarkStringify)
        .process(file);
      return file.messages;
    };
    const warned = await run(diglotLintPreset({ lang: 'ru', config: false }));
    expect(warned.filter((m) => m.ruleId === 'typography').map((m) => [m.line, m.actual, m.fatal])).toEqual([[1, '"Да"', false]]);
    const errors = await run([remarkDiglotTypography, { lang: 'ru', severity: 'error', config: false }]);
    expect(errors.map((m) => [m.ruleId, m.fatal])).toEqual([['typography', true]]);
    expect(await run([remarkDiglotTypography, { lang: 'ru', severity: 'off', config: false }])).toEqual([]);
    // German typography for a German document.
    const german = await run([remarkDiglotTypography, { lang: 'de', config: false }]);
    expect(german.map((m) => m.expected?.[0])).toContain('„Да“');
  });
});
