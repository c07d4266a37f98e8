import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { DEFAULT_SYNTAX } from '../../src/markdown/markdown-syntax.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { runCli } from '../support/run-cli.js';

function load(config: string) {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-templates-'));
  writeFileSync(join(dir, 'diglot.config.yaml'), config);
  return loadConfig({ cwd: dir });
}

function failure(config: string): { message: string; place: unknown } {
  try {
    load(config);
  } catch (error) {
    return { message: (error as Error).message, place: (error as { place?: unknown }).place };
  }
  throw new Error('expected the config to be refused');
}

describe('config: templates, templatePatterns, mdx', () => {
  it('defaults to every template preset and the usual MDX attributes', () => {
    expect(load('sourceLanguage: en\n').syntax).toEqual(DEFAULT_SYNTAX);
    expect(DEFAULT_SYNTAX.templates).toEqual(['hugo', 'liquid']);
  });

  it('reads presets, patterns and MDX attributes, and segmentation follows them', () => {
    const config = load("templates: [hugo]\ntemplatePatterns: ['<%.*?%>', '\\[\\[\\w+\\]\\]']\nmdx:\n  translatableAttributes: [title, summary]\n");
    expect(config.syntax).toEqual({ templates: ['hugo'], templatePatterns: ['<%.*?%>', '\\[\\[\\w+\\]\\]'], mdxTranslatableAttributes: ['title', 'summary'] });
    const unit = segmentMarkdown('Hi <%= name %> [[user]], {{ x }} {{< ref "a" >}}.\n', { file: 'a.md', lang: 'en', syntax: config.syntax as never }).units[0];
    // Hugo alone: `{{ x }}` is text, the shortcode and the project's patterns are codes.
    expect(unit?.codes.map((c) => c.data)).toEqual(['<%= name %>', '[[user]]', '{{< ref "a" >}}']);
    expect(load('templates: []\n').syntax?.templates).toEqual([]);
  });

  it('refuses an unknown preset at its place', () => {
    const { message, place } = failure('sourceLanguage: en\ntemplates: [liquid, jinja]\n');
    expect(message).toMatch(/Unexpected template syntax `jinja` in `templates`, expected one of `hugo`, `liquid`/);
    expect(place).toMatchObject({ line: 2, column: 21 });
  });

  it('refuses a pattern that is not a regular expression, or matches empty text, at its place', () => {
    const bad = failure("templatePatterns:\n  - '<%.*?%>'\n  - '(unclosed'\n");
    expect(bad.message).toMatch(/Expected a regular expression in `templatePatterns`, not `\(unclosed`/);
    expect(bad.place).toMatchObject({ line: 3, column: 5 });
    expect(failure("templatePatterns: ['x*']\n").message).toMatch(/matches empty text/);
  });

  it('refuses an unknown key in mdx and a bad attribute name', () => {
    expect(failure('mdx:\n  attributes: [title]\n').message).toMatch(/Unexpected key `attributes` in `mdx`/);
    expect(failure("mdx:\n  translatableAttributes: ['not a name']\n").message).toMatch(/Expected a JSX attribute name/);
  });

  it('reaches `diglot check`: a paragraph of a project pattern is no unit, so not untranslated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diglot-templates-check-'));
    mkdirSync(join(dir, 'content', 'en'), { recursive: true });
    mkdirSync(join(dir, 'content', 'ru'), { recursive: true });
    writeFileSync(join(dir, 'content', 'en', 'a.md'), '# Title\n\n<%= render "shared/long_warning_partial" %>\n\nThe policy was announced.\n');
    writeFileSync(join(dir, 'content', 'ru', 'a.md'), '# Заголовок\n\n<%= render "shared/long_warning_partial" %>\n\nПолитика была объявлена.\n');
    const config = 'sourceLanguage: en\ntargetLanguages: [ru]\n';
    writeFileSync(join(dir, 'diglot.config.yaml'), config);
    expect((await runCli(['check', '--no-cache', '--glossary', 'none'], dir)).stdout).toMatch(/untranslated/);
    writeFileSync(join(dir, 'diglot.config.yaml'), `${config}templatePatterns: ['<%[\\s\\S]*?%>']\n`);
    const { code, stdout } = await runCli(['check', '--no-cache', '--glossary', 'none'], dir);
    expect(stdout).not.toMatch(/untranslated/);
    expect(code).toBe(0);
  });
});
