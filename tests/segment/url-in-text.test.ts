import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { toSafeHast } from '../../src/edition/to-safe-hast.js';
import { InputError } from '../../src/errors.js';
import { createMessages } from '../../src/i18n/create-messages.js';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';
import { escapeCodedText } from '../../src/segment/coded-text.js';
import { inlineToCoded } from '../../src/segment/inline-to-coded.js';
import { reassemble } from '../../src/segment/reassemble.js';
import { segmentMarkdown, segmentTree } from '../../src/segment/segment-markdown.js';
import { markdownDocument } from '../support/markdown-arbitrary.js';
import { runCli } from '../support/run-cli.js';

const seg = (source: string) => segmentMarkdown(source, { file: 'a.md', lang: 'en' });
const texts = (source: string) => seg(source).units.map((u) => u.text);

/** Forms that mdast-util-to-markdown escapes so that they stay text, as written by write-back or by hand. */
const ESCAPED = [
  ['https\\://example.org/a_b', 'https://example.org/a_b'],
  ['a\\@b.org', 'a@b.org'],
  ['www\\.example.org', 'www.example.org'],
  ['mailto\\:a\\@b.org', 'mailto:a@b.org'],
  ['https&#58;//example.org', 'https://example.org'],
] as const;

describe('escaped URLs, e-mail and www. addresses are text, and their blocks are units', () => {
  it('keeps the block of every escaped form, with the unescaped text', () => {
    for (const [written, text] of ESCAPED) {
      expect(texts(`One.\n\nSee ${written} now.\n\nThree.\n`)).toEqual(['One.', `See ${text} now.`, 'Three.']);
    }
  });

  it('keeps them in headings, list items, blockquotes, table cells and footnotes', () => {
    const source = [
      '# Mail a\\@b.org',
      '- Visit www\\.example.org',
      '> Read https\\://example.org',
      '| Site | Mail |\n| --- | --- |\n| https\\://x.org | a\\@b.org |',
      'Text[^1].',
      '[^1]: Source: https\\://example.org/doc and a\\@b.org.',
    ].join('\n\n');
    const units = seg(source).units.map((u) => [u.kind, u.text]);
    expect(units).toEqual([
      ['heading', 'Mail a@b.org'],
      ['listItem', 'Visit www.example.org'],
      ['blockquote', 'Read https://example.org'],
      ['tableCell', 'Site'],
      ['tableCell', 'Mail'],
      ['tableCell', 'https://x.org'],
      ['tableCell', 'a@b.org'],
      ['paragraph', 'Text{1/}.'],
      ['footnote', 'Source: https://example.org/doc and a@b.org.'],
    ]);
  });

  it('still makes links of URLs written plainly (one code, with its position)', () => {
    const [unit] = seg('See https://example.org, www.example.org and a@b.org.').units;
    expect(unit?.text).toBe('See {1/}, {2/} and {3/}.');
    expect(unit?.codes.map((c) => c.data)).toEqual(['https://example.org', 'www.example.org', 'a@b.org']);
  });

  it('renders escaped forms as text and plain ones as links in the HTML build', () => {
    const html = toHtml(toSafeHast(parseMarkdown('See https\\://x.org, a\\@b.org and https://y.org.'), { messages: createMessages('en') }));
    expect(html).toBe('<p>See https://x.org, a@b.org and <a href="https://y.org">https://y.org</a>.</p>');
  });

  it('reads a translation with a URL back as the same unit with the same text (segment → reassemble → segment)', () => {
    const source = 'One.\n\n> Two, *quoted*.\n\n- Three.\n\nFour[^n].\n\n[^n]: Note.\n';
    const doc = seg(source);
    const translated = new Map(doc.units.map((u) => [u.id, u.text.replace(/\.$/, ` — см. https://ru.wikipedia.org/wiki/Вологда, a@b.org и www.x.org.`)]));
    const out = reassemble(source, doc, translated);
    expect(out).toContain('https\\://ru.wikipedia.org');
    expect(seg(out).units.map((u) => u.text)).toEqual([...translated.values()]);
  });

  it('segment gives the block with an escaped URL from the command line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diglot-url-'));
    writeFileSync(join(dir, 't.md'), 'One.\n\nSee https\\://example.org or a\\@b.org.\n\nThree.\n');
    const { code, stdout } = await runCli(['segment', 't.md'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('See https://example.org or a@b.org.');
    expect(stdout).toContain('3 units, 3 sentences');
  });
});

describe('write-back of any text with URLs, e-mail and www. addresses (fast-check)', () => {
  const address = fc.constantFrom(
    'https://example.org',
    'http://ru.wikipedia.org/wiki/Вологда',
    'https://x.org/a_b?c=1&d=2#e',
    'www.example.org',
    'WWW.EXAMPLE.ORG/path',
    'a@b.org',
    'first.last+tag@mail.example.com',
    'mailto:a@b.org',
    'xmpp:a@b.org',
    '(https://x.org)',
    '<https://x.org>',
    'https://x.org.',
  );
  const word = fc.constantFrom('см.', 'See', 'or', 'и', '*', '_', '1.', '-', '#', '«', '»', '—', ':', '//');
  const text = fc.array(fc.oneof(address, word), { minLength: 1, maxLength: 8 }).map((parts) => `${parts.join(' ')} end`);

  it('reads back the same number of units, each translated unit with the text given', () => {
    fc.assert(
      fc.property(markdownDocument, fc.array(text, { minLength: 1, maxLength: 4 }), (source, plains) => {
        const doc = seg(source);
        const translated = new Map<string, string>();
        doc.units.forEach((unit, i) => {
          const plain = escapeCodedText(plains[i % plains.length] as string);
          if (['frontmatter', 'alt', 'imageTitle'].includes(unit.kind)) translated.set(unit.id, plain);
          else translated.set(unit.id, `${plain} ${unit.codes.map((c) => (c.type === 'pc' ? `{${c.id}}w{/${c.id}}` : `{${c.id}/}`)).join(' ')}`.trim());
        });
        const after = seg(reassemble(source, doc, translated));
        expect(after.units.length).toBe(doc.units.length);
        after.units.forEach((u, i) => {
          const id = (doc.units[i] as { id: string }).id;
          expect(u.text.replace(/\s+/g, ' ')).toBe((translated.get(id) as string).replace(/\s+/g, ' '));
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('no block is left out silently', () => {
  const positioned = (source: string): Root => parseMarkdown(source);

  it('refuses a block whose inline content has no position, naming the block', () => {
    const tree = positioned('One.\n\nSee it.\n');
    const paragraph = tree.children[1] as { children: unknown[] };
    paragraph.children = [
      { type: 'text', value: 'See ' },
      { type: 'link', url: 'https://x.org', children: [{ type: 'text', value: 'https://x.org' }] },
    ];
    expect(() => segmentTree(tree, 'One.\n\nSee it.\n', { file: 'a.md', lang: 'en' })).toThrow(InputError);
    try {
      segmentTree(tree, 'One.\n\nSee it.\n', { file: 'a.md', lang: 'en' });
    } catch (error) {
      expect(String(error)).toMatch(/^a\.md:3:1: Cannot cut this block into units: its `text` has no position/);
    }
  });

  it('refuses inline markup without a position inside positioned text', () => {
    const tree = positioned('See *it* now.\n');
    const paragraph = tree.children[0] as { children: Array<{ position?: unknown }> };
    delete paragraph.children[1]?.position;
    expect(() => inlineToCoded(paragraph.children as never, 'See *it* now.\n', { file: 'a.md', line: 1, column: 1 })).toThrow(/its `emphasis` has no position/);
  });

  it('keeps the block with an escaped URL in a large document parsed in chunks', () => {
    const filler = Array.from({ length: 3000 }, (_, i) => `Paragraph ${i} of the filler text.`).join('\n\n');
    const doc = seg(`${filler}\n\nSee https\\://example.org.\n`);
    expect(doc.units.at(-1)?.text).toBe('See https://example.org.');
    expect(doc.units).toHaveLength(3001);
  });

  it('places the error of a chunk segmented on its own (with a memo) at its line in the document', () => {
    const filler = Array.from({ length: 400 }, (_, i) => `Paragraph ${i} of the filler text.`).join('\n\n');
    const source = `${filler}\n\nBroken *here*.\n`;
    // A tree memo whose freshly parsed chunks lose the position of one node.
    const trees = {
      get: () => undefined,
      set: (_key: string, nodes: Root['children']) => {
        for (const node of nodes) if (node.type === 'paragraph' && node.children.some((c) => c.type === 'emphasis')) delete node.children[1]?.position;
        return nodes;
      },
    };
    const memo = { get: () => undefined, set: <V>(_key: string, value: V) => value };
    expect(() => segmentMarkdown(source, { file: 'a.md', lang: 'en', memo, trees })).toThrow(/^Cannot cut this block/);
    try {
      segmentMarkdown(source, { file: 'a.md', lang: 'en', memo, trees });
    } catch (error) {
      expect(String(error)).toBe('a.md:801:1: Cannot cut this block into units: its `emphasis` has no position in the source');
    }
  });
});
