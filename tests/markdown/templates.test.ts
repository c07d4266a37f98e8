import { describe, expect, it } from 'vitest';
import type { Node } from 'unist';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';
import { DEFAULT_SYNTAX, type MarkdownSyntax } from '../../src/markdown/markdown-syntax.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { reassemble } from '../../src/segment/reassemble.js';
import { checkPair } from '../../src/check/check-pair.js';
import { codeNode } from '../../src/edition/code-node.js';
import { toHtml } from 'hast-util-to-html';
import { toSafeHast } from '../../src/edition/to-safe-hast.js';
import { createMessages } from '../../src/i18n/create-messages.js';

/** Every node of a tree whose type is `type`. */
function nodesOf(tree: Node, type: string): Array<Node & { value: string }> {
  const found: Array<Node & { value: string }> = [];
  const stack = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === type) found.push(node as Node & { value: string });
    const children = (node as { children?: Node[] }).children;
    if (children) stack.push(...[...children].reverse());
  }
  return found;
}

const GITBOOK = `# Setup

{% hint style="info" %}
This needs **admin** rights.
{% endhint %}

{% include "../snippets/warning.md" %}

Open {{ page.title }} and run \`{{ build }}\`, see [the docs]({{ site.url }}/docs).

| Name | Value |
|------|-------|
| year | {{ site.data.year | default: 2024 }} |
`;

describe('template tags are parsed as tags, with positions', () => {
  it('makes every Liquid/GitBook tag a templateTag node whose position is the tag', () => {
    const tags = nodesOf(parseMarkdown(GITBOOK), 'templateTag');
    expect(tags.map((t) => t.value)).toEqual([
      '{% hint style="info" %}',
      '{% endhint %}',
      '{% include "../snippets/warning.md" %}',
      '{{ page.title }}',
      '{{ site.data.year | default: 2024 }}',
    ]);
    for (const tag of tags) expect(GITBOOK.slice(tag.position?.start.offset, tag.position?.end.offset)).toBe(tag.value);
  });

  it('keeps tags in code, URLs and table cells as written (a `|` in a tag does not split the cell)', () => {
    const tree = parseMarkdown(GITBOOK);
    expect(nodesOf(tree, 'inlineCode').map((n) => n.value)).toEqual(['{{ build }}']);
    expect((nodesOf(tree, 'link')[0] as unknown as { url: string }).url).toBe('{{ site.url }}/docs');
    expect(nodesOf(tree, 'tableCell')).toHaveLength(4);
  });

  it('gives text nodes around a tag their own positions', () => {
    const source = 'Before {{ x.y }} after.';
    const texts = nodesOf(parseMarkdown(source), 'text');
    for (const text of texts) expect(source.slice(text.position?.start.offset, text.position?.end.offset)).toBe(text.value);
  });

  it('leaves a backslash-escaped tag as text, and a tag across a blank line', () => {
    expect(nodesOf(parseMarkdown('Literal \\{{ x }} here.\n'), 'templateTag')).toEqual([]);
    expect(segmentMarkdown('Literal \\{{ x }} here.\n', { file: 'a.md', lang: 'en' }).units[0]?.text).toBe('Literal {{{{ x }} here.');
    expect(nodesOf(parseMarkdown('Open {{ here\n\nnext }} end.\n'), 'templateTag')).toEqual([]);
  });

  it('protects Hugo shortcodes', () => {
    const source = 'See {{< ref "install.md" >}} and {{% notice tip %}}Tip{{% /notice %}}.';
    expect(nodesOf(parseMarkdown(source), 'templateTag').map((t) => t.value)).toEqual(['{{< ref "install.md" >}}', '{{% notice tip %}}', '{{% /notice %}}']);
  });

  it('parses a large document in chunks into the same tree as in one piece', () => {
    const big = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} with {{ var.n${i} }} and {% tag ${i} %}.\n`).join('\n');
    expect(parseMarkdown(big, { chunkSize: 200 })).toEqual(parseMarkdown(big, { chunkSize: 0 }));
  });

  it('refuses a document holding a Unicode noncharacter next to tags, at its place', () => {
    expect(() => parseMarkdown('{{ a }}\n\nx\uFDD5y', { file: 'a.md' })).toThrow(/noncharacter/);
    try {
      parseMarkdown('{{ a }}\n\nx\uFDD5y', { file: 'a.md' });
    } catch (error) {
      expect(error).toMatchObject({ place: { file: 'a.md', line: 3, column: 2 } });
    }
  });
});

describe('template tags are codes in units, never text', () => {
  const doc = segmentMarkdown(GITBOOK, { file: 'setup.md', lang: 'en' });

  it('makes no unit of a paragraph holding only tags', () => {
    expect(doc.units.map((u) => u.text)).not.toContainEqual(expect.stringContaining('include'));
    expect(doc.units.some((u) => u.codes.length > 0 && u.codes.every((c) => c.kind === 'templateTag') && u.text.replace(/\{\d+\/\}/g, '').trim() === '')).toBe(
      false,
    );
  });

  it('turns tags into {N/} codes holding the tag as written', () => {
    const hint = doc.units.find((u) => u.text.includes('admin'));
    expect(hint?.text).toBe('{1/}\nThis needs {2}admin{/2} rights.\n{3/}');
    expect(hint?.codes.filter((c) => c.kind === 'templateTag').map((c) => c.data)).toEqual(['{% hint style="info" %}', '{% endhint %}']);
    const open = doc.units.find((u) => u.text.startsWith('Open'));
    expect(open?.text).toBe('Open {1/} and run {2/}, see {3}the docs{/3}.');
    expect(open?.codes[0]).toMatchObject({ kind: 'templateTag', type: 'ph', data: '{{ page.title }}', value: '{{ page.title }}' });
  });

  it('writes tags back byte for byte around a translation', () => {
    const hint = doc.units.find((u) => u.text.includes('admin'));
    const open = doc.units.find((u) => u.text.startsWith('Open'));
    if (!hint || !open) throw new Error('units missing');
    const out = reassemble(
      GITBOOK,
      doc,
      new Map([
        [hint.id, '{1/}\nНужны права {2}администратора{/2}.\n{3/}'],
        [open.id, 'Откройте {1/} и выполните {2/}, см. {3}документацию{/3}.'],
      ]),
    );
    expect(out).toContain('{% hint style="info" %}\nНужны права **администратора**.\n{% endhint %}');
    expect(out).toContain('Откройте {{ page.title }} и выполните `{{ build }}`, см. [документацию]({{ site.url }}/docs).');
    expect(reassemble(GITBOOK, doc, new Map(doc.units.map((u) => [u.id, u.text])), { force: true })).toBe(GITBOOK);
  });

  it('refuses a translation that drops a tag', () => {
    const open = doc.units.find((u) => u.text.startsWith('Open')) as (typeof doc.units)[number];
    expect(() => reassemble(GITBOOK, doc, new Map([[open.id, 'Откройте и выполните {2/}, см. {3}документацию{/3}.']]))).toThrow(
      /missing \{1\/\} \(templateTag\)/,
    );
  });

  it('follows the config: no presets, or a pattern of the project', () => {
    const erb: MarkdownSyntax = { ...DEFAULT_SYNTAX, templates: [], templatePatterns: ['<%[\\s\\S]*?%>'] };
    const units = segmentMarkdown('Hello <%= user.name %>, {{ not a tag }}.\n', { file: 'a.md', lang: 'en', syntax: erb }).units;
    expect(units[0]?.text).toBe('Hello {1/}, {{{{ not a tag }}.');
    expect(units[0]?.codes[0]?.data).toBe('<%= user.name %>');
  });

  it('renders a tag in the HTML build as written', () => {
    const open = doc.units.find((u) => u.text.startsWith('Open'));
    expect(codeNode(open?.codes[0] as never, {})).toEqual({ type: 'text', value: '{{ page.title }}' });
    const html = toHtml(toSafeHast(parseMarkdown(GITBOOK), { messages: createMessages('en') }));
    expect(html).toContain('<p>{% hint style="info" %}\nThis needs <strong>admin</strong> rights.\n{% endhint %}</p>');
    expect(html).toContain('<p>{% include "../snippets/warning.md" %}</p>');
  });
});

describe('rules see template tags as codes', () => {
  const check = (en: string, ru: string) =>
    checkPair({ file: 'en/a.md', markdown: en, lang: 'en' }, { file: 'ru/a.md', markdown: ru, lang: 'ru' }).messages.map((m) => `${m.ruleId}: ${m.reason}`);

  it('does not call a tag-only paragraph untranslated', () => {
    const en = '# Title\n\n{% include "../snippets/long-warning-text.md" %}\n\nThe policy was announced.\n';
    const ru = '# Заголовок\n\n{% include "../snippets/long-warning-text.md" %}\n\nПолитика была объявлена.\n';
    expect(check(en, ru).filter((m) => m.startsWith('untranslated'))).toEqual([]);
  });

  it('reports a tag missing from the translation as a markup mismatch', () => {
    const en = 'Open {{ page.title }} first.\n';
    const ru = 'Сначала откройте страницу.\n';
    expect(check(en, ru).filter((m) => m.startsWith('markup-mismatch'))).toEqual([expect.stringContaining('{{ page.title }}')]);
  });
});
