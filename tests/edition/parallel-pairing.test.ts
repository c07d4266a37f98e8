import { describe, expect, it } from 'vitest';
import { pairBlocks } from '../../src/edition/pair-blocks.js';
import { sideBlocks } from '../../src/edition/side-blocks.js';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';

describe('pairBlocks', () => {
  it('pairs the longest run of equal keys in order; the others stand alone', () => {
    expect(pairBlocks(['code:js', 'html', 'thematicBreak'], ['code:js', 'thematicBreak'])).toEqual([
      [0, 0],
      [1, undefined],
      [2, 1],
    ]);
    expect(pairBlocks(['code:sh'], ['code:js'])).toEqual([
      [0, undefined],
      [undefined, 0],
    ]);
    expect(pairBlocks([], ['html'])).toEqual([[undefined, 0]]);
  });

  it('pairs by position when the table would be too large, and keeps every block', () => {
    const a = Array.from({ length: 1200 }, (_, i) => (i % 3 === 0 ? 'html' : 'code:'));
    const b = Array.from({ length: 1100 }, () => 'code:');
    const pairs = pairBlocks(a, b);
    expect(pairs.flatMap(([i]) => (i === undefined ? [] : [i]))).toEqual(a.map((_, i) => i));
    expect(pairs.flatMap(([, j]) => (j === undefined ? [] : [j]))).toEqual(b.map((_, j) => j));
  });
});

describe('sideBlocks', () => {
  const layout = (markdown: string) => {
    const units = segmentMarkdown(markdown, { file: 'a.md', lang: 'en' }).units;
    return { units, ...sideBlocks(parseMarkdown(markdown), units) };
  };

  it('finds blocks without words after the unit before them, and tables with the units they own', () => {
    const { units, blocks, owned } = layout(
      'Intro.\n\n```js\nx\n```\n\n---\n\n| A | B |\n|---|---|\n| one | 2 |\n\n- Item.\n\n  <br>\n\n[x]: https://example.com\n',
    );
    expect(blocks.map((b) => [b.key, b.path, b.after])).toEqual([
      ['code:js', 'root/code[1]', 0],
      ['thematicBreak', 'root/thematicBreak[2]', 0],
      ['table', 'root/table[3]', 0],
      ['html', 'root/list[4]/listItem[0]/html[1]', units.findIndex((u) => u.text === 'Item.')],
    ]);
    expect([...owned].map((i) => units[i]?.text)).toEqual(['A', 'B', 'one', '2']);
  });

  it('leaves out HTML blocks of comments only (the sanitiser would leave nothing of them)', () => {
    const { blocks } = layout('Text.\n\n<!-- a --> <!-- b -->\n\n<!-- c --><br>\n');
    expect(blocks.map((b) => b.node.type === 'html' && b.node.value)).toEqual(['<!-- c --><br>']);
  });

  it('finds every cell of a large table and every block of a long run without words', () => {
    const rows = Array.from({ length: 150 }, (_, r) => `| r${r} | x${r} | y${r} |`).join('\n');
    const codes = Array.from({ length: 150 }, (_, i) => `\`\`\`\nc${i}\n\`\`\``).join('\n\n');
    const { blocks, owned } = layout(`Intro.\n\n| A | B | C |\n|---|---|---|\n${rows}\n\n${codes}\n`);
    expect(owned.size).toBe(3 * 151);
    expect(blocks).toHaveLength(151);
    expect(blocks.every((b) => b.after === 0)).toBe(true);
  });

  it('keeps a whole list or quote without words as one block, and notes blocks as notes', () => {
    const { blocks } = layout('Text.[^1]\n\n> `a`\n\n- `b`\n- `c`\n\n[^1]: Note.\n\n    ```\n    code in a note\n    ```\n');
    expect(blocks.map((b) => [b.key, b.kind])).toEqual([
      ['blockquote', 'body'],
      ['list', 'body'],
      ['code:', 'notes'],
    ]);
  });
});
