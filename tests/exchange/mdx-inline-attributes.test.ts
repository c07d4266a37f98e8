import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { REPO, hashDir, run } from './exchange-helpers.js';

/**
 * Inline JSX attributes of a Docusaurus-style page (admonitions, Tabs/TabItem, inline <Kbd>,
 * <Tooltip>, <Icon />) through segment → export → import → write-back, `check` and `build`.
 * The fixture's config adds `content` to the translatable attributes.
 */
const FIXTURE = join(REPO, 'tests/fixtures/mdx-docs');
const EN = 'content/en/getting-started.mdx';
const RU = 'content/ru/getting-started.mdx';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-mdx-'));
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function must(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

const syntax = { templates: [], templatePatterns: [], mdxTranslatableAttributes: ['title', 'alt', 'label', 'description', 'content'] } as const;

describe('inline JSX attributes: units', () => {
  const doc = segmentMarkdown(readFileSync(join(FIXTURE, EN), 'utf8'), { file: EN, lang: 'en', syntax });

  it('are sub-units listed right after their paragraph, paths below it', () => {
    const i = doc.units.findIndex((u) => u.text.startsWith('Press '));
    expect(doc.units.slice(i, i + 3).map((u) => [u.kind, u.path, u.text])).toEqual([
      ['paragraph', 'root/containerDirective[6]/paragraph[1]', 'Press {1}Ctrl+S{/1} to save and {2}Ctrl+Shift+P{/2} to run a command.'],
      ['jsxAttribute', 'root/containerDirective[6]/paragraph[1]/mdxJsxTextElement[1]/attribute[title]', 'Save the file'],
      ['jsxAttribute', 'root/containerDirective[6]/paragraph[1]/mdxJsxTextElement[3]/attribute[title]', 'Open the command palette'],
    ]);
    expect(doc.units.filter((u) => u.kind === 'jsxAttribute').map((u) => u.text)).toEqual([
      'Using npm',
      'Using Yarn',
      'Save the file',
      'Open the command palette',
      'The folder that holds diglot.config.yaml',
      'Project root',
      'Settings',
    ]);
  });

  it('leave the translated values out of the code value that checks compare', () => {
    const unit = doc.units.find((u) => u.text.includes('project root'));
    expect(unit?.codes[0]).toMatchObject({
      kind: 'mdxJsxTextElement',
      type: 'pc',
      value: '<Tooltip content="…" title="…">',
      data: '<Tooltip content="The folder that holds diglot.config.yaml" title="Project root">',
    });
    const icon = doc.units.find((u) => u.text.includes('menu'));
    expect(icon?.codes[0]).toMatchObject({ type: 'ph', value: '<Icon name="gear" alt="…" />' });
  });

  it('are units only for the names the config lists', () => {
    const plain = segmentMarkdown(readFileSync(join(FIXTURE, EN), 'utf8'), {
      file: EN,
      lang: 'en',
      syntax: { ...syntax, mdxTranslatableAttributes: ['label'] },
    });
    expect(plain.units.filter((u) => u.kind === 'jsxAttribute').map((u) => u.text)).toEqual(['Using npm', 'Using Yarn']);
    expect(plain.units.find((u) => u.text.includes('project root'))?.codes[0]?.value).toBeUndefined();
  });
});

/** A translator's edit of the `Save the file` tooltip, made in the exchange file as a CAT tool would. */
const TOOLTIP: Record<string, (text: string) => string> = {
  xliff2: (t) => must(t, '<source>Save the file</source><target>Сохранить файл</target>', '<source>Save the file</source><target>Сохранить документ</target>'),
  xliff12: (t) => must(t, '<target state="translated">Сохранить файл</target>', '<target state="translated">Сохранить документ</target>'),
  po: (t) => must(t, 'msgid "Save the file"\nmsgstr "Сохранить файл"', 'msgid "Save the file"\nmsgstr "Сохранить документ"'),
};

/** The same edit plus one in the tooltip's own paragraph: both land, in one write-back. */
const BOTH: Record<string, (text: string) => string> = {
  xliff2: (t) => must(TOOLTIP.xliff2?.(t) ?? '', '</pc>, чтобы сохранить, и <pc', '</pc>, чтобы записать, и <pc'),
  xliff12: (t) => must(TOOLTIP.xliff12?.(t) ?? '', '</ept>, чтобы сохранить, и <bpt', '</ept>, чтобы записать, и <bpt'),
  po: (t) => must(TOOLTIP.po?.(t) ?? '', '{/1}, чтобы сохранить, и {2}', '{/1}, чтобы записать, и {2}'),
};

describe.each(['xliff2', 'xliff12', 'po'])('inline JSX attributes through %s', (format) => {
  it('an untouched export imports byte for byte', async () => {
    const dir = project();
    const before = hashDir(join(dir, 'content'));
    const out = join(dir, `ru.${format}`);
    expect((await run(dir, 'export', EN, '--format', format, '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Сохранить файл');
    const result = await run(dir, 'import', out, '--no-validate');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${RU}: changed 0, inserted 0, unchanged 18, skipped 0 (nothing written)\n`);
    expect(hashDir(join(dir, 'content'))).toBe(before);
  });

  it('a translated tooltip is written into its attribute, every other byte kept', async () => {
    const dir = project();
    const original = readFileSync(join(dir, RU), 'utf8');
    const out = join(dir, `ru.${format}`);
    await run(dir, 'export', EN, '--format', format, '--out', out);
    writeFileSync(out, TOOLTIP[format]?.(readFileSync(out, 'utf8')) ?? '');
    const result = await run(dir, 'import', out, '--no-validate');
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${RU}: changed 1, inserted 0, unchanged 17, skipped 0\n`);
    expect(readFileSync(join(dir, RU), 'utf8')).toBe(must(original, '<Kbd title="Сохранить файл">', '<Kbd title="Сохранить документ">'));
  });

  it('a tooltip and its paragraph edited together both land', async () => {
    const dir = project();
    const original = readFileSync(join(dir, RU), 'utf8');
    const out = join(dir, `ru.${format}`);
    await run(dir, 'export', EN, '--format', format, '--out', out);
    writeFileSync(out, BOTH[format]?.(readFileSync(out, 'utf8')) ?? '');
    const result = await run(dir, 'import', out, '--no-validate');
    expect(result.stdout).toBe(`${RU}: changed 2, inserted 0, unchanged 16, skipped 0\n`);
    const expected = must(must(original, '<Kbd title="Сохранить файл">', '<Kbd title="Сохранить документ">'), ', чтобы сохранить, и', ', чтобы записать, и');
    expect(readFileSync(join(dir, RU), 'utf8')).toBe(expected);
  });
});

describe('inline JSX attributes: check and build', () => {
  it('`check` reports a tooltip left in English, at its place; translated tooltips are no markup change', async () => {
    const dir = project();
    const clean = await run(dir, 'check', '--glossary', 'none');
    expect(clean.stdout).toBe('No problems found\n');
    expect(clean.code).toBe(0);
    writeFileSync(join(dir, RU), must(readFileSync(join(dir, RU), 'utf8'), 'title="Корень проекта"', 'title="Project root"'));
    const result = await run(dir, 'check', '--glossary', 'none');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^content\/ru\/getting-started\.mdx:36:\d+: error untranslated \(ru\): .*`Project root`/m);
  });

  it('the parallel edition shows each tooltip beside its translation', async () => {
    const dir = project();
    expect((await run(dir, 'build')).code).toBe(0);
    const html = readFileSync(join(dir, 'dist/getting-started.parallel.html'), 'utf8');
    for (const text of ['Save the file', 'Сохранить файл', 'Project root', 'Корень проекта', 'Settings', 'Настройки']) expect(html).toContain(text);
  });
});
