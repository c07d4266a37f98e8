import { describe, expect, it } from 'vitest';
import type { Node } from 'unist';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';
import { segmentMarkdown, segmentUnits } from '../../src/segment/segment-markdown.js';
import { reassemble } from '../../src/segment/reassemble.js';
import { InputError } from '../../src/errors.js';
import { toHtml } from 'hast-util-to-html';
import { toSafeHast } from '../../src/edition/to-safe-hast.js';
import { createMessages } from '../../src/i18n/create-messages.js';
import type { SegmentMemo } from '../../src/segment/chunk-memo.js';

const PAGE = `---
title: Getting started
sidebar_position: 2
---

import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

export const Highlight = ({children, color}) => <span style={{color}}>{children}</span>;

# Installing the tool

Run the installer and follow the <Highlight color="#25c2a0">green</Highlight> prompts.

{/* TODO: add screenshots of every step */}

<Tabs groupId="fruit">
  <TabItem value="apple" label="Apple" default>
    This is an apple.
  </TabItem>
  <TabItem value="orange" label='Orange "navel"'>

  An orange has **{props.count}** segments.

  </TabItem>
</Tabs>

:::note[Before you start]

Make sure Node 20 is installed.

:::

\`\`\`js title="example.js"
const fruit = {name: 'apple'};
\`\`\`

<Tabs><TabItem value="a" label="Apple">Inline text here</TabItem></Tabs>
`;

/** The structure of a tree: types, JSX names and attributes, ESM and expressions as written; no text, no positions. */
function shape(node: Node): unknown {
  const n = node as Node & { children?: Node[]; name?: string; attributes?: Array<{ name?: string; value?: unknown }>; value?: string };
  const out: Record<string, unknown> = { type: n.type };
  if (n.name) out.name = n.name;
  if (Array.isArray(n.attributes)) out.attributes = n.attributes.map((a) => a.name ?? '…');
  if (n.type === 'mdxjsEsm' || n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression' || n.type === 'code') out.value = n.value;
  if (n.children) out.children = n.children.map(shape);
  return out;
}

const doc = segmentMarkdown(PAGE, { file: 'docs/intro.mdx', lang: 'en' });

describe('MDX documents: units', () => {
  it('makes units of prose, JSX children, admonitions and chosen attributes', () => {
    expect(doc.units.map((u) => [u.kind, u.text])).toEqual([
      ['frontmatter', 'Getting started'],
      ['heading', 'Installing the tool'],
      ['paragraph', 'Run the installer and follow the {1}green{/1} prompts.'],
      ['jsxAttribute', 'Apple'],
      ['paragraph', 'This is an apple.'],
      ['jsxAttribute', 'Orange "navel"'],
      ['paragraph', 'An orange has {1}{2/}{/1} segments.'],
      ['paragraph', 'Before you start'],
      ['paragraph', 'Make sure Node 20 is installed.'],
      ['paragraph', '{1}{2}Inline text here{/2}{/1}'],
      // An inline element's attribute: a sub-unit right after its paragraph.
      ['jsxAttribute', 'Apple'],
    ]);
  });

  it('never puts JSX, ESM or expressions in unit text', () => {
    for (const unit of doc.units) expect(unit.text).not.toMatch(/import |export |<|\/\*|props\.count|:::/);
    const paragraph = doc.units[2];
    expect(paragraph?.codes[0]).toMatchObject({ kind: 'mdxJsxTextElement', type: 'pc', data: '<Highlight color="#25c2a0">', dataEnd: '</Highlight>' });
    expect(doc.units[6]?.codes[1]).toMatchObject({ kind: 'mdxTextExpression', type: 'ph', data: '{props.count}' });
  });

  it('takes the attributes the config names', () => {
    const units = segmentMarkdown(PAGE, {
      file: 'a.mdx',
      lang: 'en',
      syntax: { templates: [], templatePatterns: [], mdxTranslatableAttributes: ['groupId'] },
    }).units;
    expect(units.filter((u) => u.kind === 'jsxAttribute').map((u) => [u.path, u.text])).toEqual([['root/mdxJsxFlowElement[6]/attribute[groupId]', 'fruit']]);
  });

  it('parses a .md file as Markdown, not MDX', () => {
    expect(segmentMarkdown(PAGE, { file: 'a.md', lang: 'en' }).units.some((u) => u.text.includes('import Tabs'))).toBe(true);
  });
});

describe('MDX documents: write-back', () => {
  it('comes back byte for byte untouched, and when every unit is rewritten with its own text', () => {
    expect(reassemble(PAGE, doc, new Map())).toBe(PAGE);
    expect(reassemble(PAGE, doc, new Map(doc.units.map((u) => [u.id, u.text])), { force: true })).toBe(PAGE);
  });

  it('reads back with the same structure after translation, attributes quoted safely', () => {
    const translations = new Map(
      doc.units.map((u) => [u.id, u.kind === 'jsxAttribute' ? `Pomme "rouge" & 'verte' ${u.text}` : u.text.replace(/[A-Za-z]+/g, (w) => `${w}é`)]),
    );
    const out = reassemble(PAGE, doc, translations);
    const before = parseMarkdown(PAGE, { file: 'a.mdx' });
    const after = parseMarkdown(out, { file: 'a.mdx' });
    expect(shape(after)).toEqual(shape(before));
    const again = segmentMarkdown(out, { file: 'a.mdx', lang: 'fr' }).units;
    expect(again.filter((u) => u.kind === 'jsxAttribute').map((u) => u.text)).toEqual([
      `Pomme "rouge" & 'verte' Apple`,
      `Pomme "rouge" & 'verte' Orange "navel"`,
      `Pomme "rouge" & 'verte' Apple`,
    ]);
    expect(out).toContain(`label="Pomme &quot;rouge&quot; &amp; 'verte' Apple"`);
    expect(out).toContain(`label='Pomme "rouge" &amp; &#39;verte&#39; Orange "navel"'`);
    expect(out).toContain('<Highlight color="#25c2a0">greené</Highlight>');
  });
});

describe('MDX documents: HTML build', () => {
  it('shows JSX content and admonitions, never ESM, expressions or comments', () => {
    const html = toHtml(toSafeHast(parseMarkdown(PAGE, { file: 'a.mdx' }), { messages: createMessages('en') }));
    expect(html).not.toMatch(/import|export const|TODO|props\.count|:::/);
    expect(html).toContain('This is an apple.');
    expect(html).toContain('follow the <span>green</span> prompts');
    expect(html).toContain('Make sure Node 20 is installed.');
  });
});

describe('MDX documents: parsing', () => {
  it('reports MDX that does not parse at its place', () => {
    let error: unknown;
    try {
      segmentMarkdown('# Title\n\nText <Unclosed> here.\n', { file: 'bad.mdx', lang: 'en' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ place: { file: 'bad.mdx', line: 3 } });
    expect((error as Error).message).toMatch(/Cannot parse MDX/);
  });

  it('never cuts a large MDX document into chunks (a JSX element may hold blank lines)', () => {
    const filler = Array.from({ length: 200 }, (_, i) => `Line ${i} ${'of the filler text '.repeat(9)}`).join('\n\n');
    const big = `<Tabs>\n\n${filler}\n\n</Tabs>\n`;
    const units = [...segmentUnits(big, { file: 'big.mdx', lang: 'en' })];
    expect(big.length).toBeGreaterThan(32_000);
    expect(units).toHaveLength(200);
    expect(units[0]?.path).toBe('root/mdxJsxFlowElement[0]/paragraph[0]');
    const store = new Map<string, unknown>();
    const memo = { get: (k: string) => store.get(k), set: (k: string, v: unknown) => (store.set(k, v), v) } as unknown as SegmentMemo;
    expect(segmentMarkdown(big, { file: 'big.mdx', lang: 'en', memo }).units.map((u) => u.path)).toEqual(units.map((u) => u.path));
  });

  it('does not treat template syntax in MDX as tags (`{` opens an expression)', () => {
    const units = segmentMarkdown('Count: {props.items.length} items.\n', { file: 'a.mdx', lang: 'en' }).units;
    expect(units[0]?.codes.map((c) => c.kind)).toEqual(['mdxTextExpression']);
  });
});
