import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Nodes, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { INPUT_LIMITS, type InputLimit } from '../../src/markdown/input-limits.js';
import { checkInputLimits } from '../../src/markdown/scan-input-limits.js';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';
import { parseRemembered } from '../../src/markdown/parse-remembered.js';
import { FreshIds, sentenceIds } from '../../src/segment/assign-ids.js';
import { inlineToCoded } from '../../src/segment/inline-to-coded.js';
import { segmentMarkdown, segmentTree, segmentUnits } from '../../src/segment/segment-markdown.js';
import { runCli } from '../support/run-cli.js';

const L = INPUT_LIMITS;

/** Each pathological family: a document at `n`, the limit it runs into, and the largest `n` within it. */
const FAMILIES: Array<{ name: string; limit: InputLimit; make: (n: number) => string; within: number }> = [
  { name: 'nested blockquotes on one line', limit: 'containerDepth', make: (n) => `${'> '.repeat(n)}deep\n`, within: L.containerDepth },
  {
    name: 'nested blockquotes, one per line',
    limit: 'containerDepth',
    make: (n) => Array.from({ length: n }, (_, i) => `${'>'.repeat(i + 1)} a`).join('\n'),
    within: L.containerDepth,
  },
  { name: 'nested list markers on one line', limit: 'containerDepth', make: (n) => `${'- '.repeat(n)}deep\n`, within: L.containerDepth },
  {
    name: 'a staircase of indented lists',
    limit: 'containerDepth',
    make: (n) => Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- a`).join('\n'),
    within: L.containerDepth,
  },
  {
    name: 'a staircase of ordered lists',
    limit: 'containerDepth',
    make: (n) => Array.from({ length: n }, (_, i) => `${'   '.repeat(i)}1. a`).join('\n'),
    within: L.containerDepth,
  },
  { name: 'nested emphasis', limit: 'inlineNesting', make: (n) => `${'*a '.repeat(n)}b${' c*'.repeat(n)}\n`, within: L.inlineNesting },
  { name: 'a long run of `*`', limit: 'inlineNesting', make: (n) => `${'*'.repeat(n)}a${'*'.repeat(n)}\n`, within: L.inlineNesting },
  { name: 'nested strikethrough openers', limit: 'inlineNesting', make: (n) => `${'~~a '.repeat(Math.ceil(n / 2))}\n`, within: L.inlineNesting },
  { name: 'nested brackets', limit: 'inlineNesting', make: (n) => `${'['.repeat(n)}a${']'.repeat(n)}\n`, within: L.inlineNesting },
  { name: 'nested images', limit: 'inlineNesting', make: (n) => `${'!['.repeat(n)}a${'](x)'.repeat(n)}\n`, within: L.inlineNesting },
  { name: 'unmatched emphasis closers', limit: 'delimiterRuns', make: (n) => `${'a* '.repeat(n)}\n`, within: L.delimiterRuns },
  { name: 'nested HTML blocks', limit: 'htmlDepth', make: (n) => `${'<div>\n'.repeat(n)}a\n${'</div>\n'.repeat(n)}`, within: L.htmlDepth },
  { name: 'nested inline HTML', limit: 'htmlDepth', make: (n) => `${'<span>'.repeat(n)}a\n`, within: L.htmlDepth },
  {
    name: 'link definitions',
    limit: 'definitions',
    make: (n) => `Text [l1].\n\n${Array.from({ length: n }, (_, i) => `[l${i}]: https://x.org/${i}`).join('\n')}\n`,
    within: L.definitions,
  },
  {
    name: 'footnote definitions',
    limit: 'definitions',
    make: (n) => `Text[^1].\n\n${Array.from({ length: n }, (_, i) => `[^${i}]: Note.`).join('\n\n')}\n`,
    within: L.definitions,
  },
  { name: 'table rows', limit: 'tableRows', make: (n) => `| a | b |\n| - | - |\n${'| x | y |\n'.repeat(n)}`, within: L.tableRows },
  {
    name: 'a long front matter title',
    limit: 'frontmatterLength',
    make: (n) => `---\ntitle: ${'a'.repeat(n - 8)}\n---\n\nText.\n`,
    within: L.frontmatterLength,
  },
  {
    name: 'nested front matter',
    limit: 'frontmatterNesting',
    make: (n) => `---\ntitle: x\nextra: ${'['.repeat(n)}${']'.repeat(n)}\n---\n\nText.\n`,
    within: L.frontmatterNesting,
  },
];

function refusal(source: string): InputError | undefined {
  try {
    checkInputLimits(source, 'doc.md');
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  return undefined;
}

describe('input limits: pathological Markdown is refused before parsing', () => {
  for (const family of FAMILIES) {
    it(`${family.name}: accepted up to the limit, refused just over it with \`${family.limit}\``, () => {
      expect(refusal(family.make(family.within))).toBeUndefined();
      const error = refusal(family.make(family.within + 1));
      expect(error?.message).toContain(`limit \`${family.limit}\``);
      expect(error?.expected).toMatch(/^at most \d+ /);
      expect(error?.actual).toMatch(/^\d+$/);
      expect(error?.place?.file).toBe('doc.md');
      expect(error?.place?.line).toBeGreaterThanOrEqual(1);
    });
  }

  it('refuses a document over the size limit', () => {
    const error = refusal('a'.repeat(L.documentLength + 1));
    expect(String(error)).toBe(`doc.md:1:1: The document is too long (limit \`documentLength\`: at most ${L.documentLength} characters)`);
    expect(error?.actual).toBe(String(L.documentLength + 1));
  });

  it('points at the place the limit is exceeded', () => {
    const error = refusal(`# Title\n\nFine.\n\n${'> '.repeat(L.containerDepth + 1)}deep\n`);
    expect(error?.place).toEqual({ file: 'doc.md', line: 5, column: 2 * L.containerDepth + 1 });
    expect(error?.expected).toBe(`at most ${L.containerDepth} nested blockquotes and list items`);
    expect(error?.actual).toBe(String(L.containerDepth + 1));
  });

  it('does not count what is not markup: code blocks, code spans, escapes, comments, closed pairs', () => {
    const deep = '['.repeat(300);
    expect(refusal(`\`\`\`\n${deep}\n${'- '.repeat(300)}\n<div>`.repeat(1) + '\n```\n')).toBeUndefined();
    expect(refusal(`Code \`${deep}\` and \\[`.repeat(1) + '\n')).toBeUndefined();
    expect(refusal(`${'\\*'.repeat(300)}\n`)).toBeUndefined();
    expect(refusal(`<!--\n${deep}\n-->\n`)).toBeUndefined();
    expect(refusal(`${'*a* [b](c) <span>d</span> '.repeat(900)}\n`)).toBeUndefined();
    // A table's rows are counted one by one.
    expect(refusal(`| a | b |\n| - | - |\n${'| **x** | *y* |\n'.repeat(2000)}`)).toBeUndefined();
  });

  it('ends a code block with the list item it is in, so it cannot hide what follows', () => {
    expect(refusal(`- \`\`\`\n  code\n\n${'> '.repeat(200)}x\n`)?.message).toContain('containerDepth');
    expect(refusal(`- <!--\n\n${'['.repeat(200)}x\n`)?.message).toContain('inlineNesting');
  });

  it('a `---` line with no closing line is no front matter: the rest is still checked', () => {
    expect(refusal(`---\n\n${'> '.repeat(200)}x\n`)?.message).toContain('containerDepth');
  });

  it('accepts every document of the shared corpora and of this repository', () => {
    const roots = [
      fileURLToPath(new URL('../../../shared/corpora/', import.meta.url)),
      fileURLToPath(new URL('../../content/', import.meta.url)),
      fileURLToPath(new URL('../fixtures/', import.meta.url)),
    ];
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.md')) files.push(path);
      }
    };
    roots.forEach(walk);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) expect(() => checkInputLimits(readFileSync(file, 'utf8'), file)).not.toThrow();
  });
});

describe('every parse entry point applies the limits', () => {
  const deep = `${'> '.repeat(L.containerDepth + 1)}x\n`;
  const memo = { get: () => undefined, set: <V>(_key: string, value: V) => value };

  it('parseMarkdown, parseRemembered, segmentMarkdown (with and without memo) and segmentUnits refuse it', () => {
    expect(() => parseMarkdown(deep, { file: 'a.md' })).toThrow(/^Blockquotes and list items nest too deeply/);
    expect(() => parseRemembered(deep, memo, 'a.md')).toThrow(/limit `containerDepth`/);
    expect(() => segmentMarkdown(deep, { file: 'a.md', lang: 'en' })).toThrow(/limit `containerDepth`/);
    expect(() => segmentMarkdown(deep, { file: 'a.md', lang: 'en', memo })).toThrow(/limit `containerDepth`/);
    expect(() => [...segmentUnits(deep, { file: 'a.md', lang: 'en' })]).toThrow(/limit `containerDepth`/);
  });

  it('segments documents at the limits', () => {
    const doc = segmentMarkdown(`${'> '.repeat(L.containerDepth)}deep\n\n${'*a '.repeat(33)}b${' c*'.repeat(33)}\n\n${'<div>\n'.repeat(L.htmlDepth)}`, {
      file: 'a.md',
      lang: 'en',
    });
    expect(doc.units.map((u) => u.kind)).toEqual(['blockquote', 'paragraph']);
  });

  it('refuses a unit longer than `unitLength` characters at its place', () => {
    const paragraph = (length: number) => `Intro.\n\n${'A. '.repeat(Math.ceil(length / 3)).slice(0, length)}\n`;
    expect(segmentMarkdown(paragraph(L.unitLength), { file: 'a.md', lang: 'en' }).units.map((u) => u.text.length)).toEqual([6, L.unitLength]);
    expect(() => segmentMarkdown(paragraph(L.unitLength + 2), { file: 'a.md', lang: 'en' })).toThrow(
      `This block is too long to be one unit (limit \`unitLength\`: at most ${L.unitLength} characters in one paragraph, heading, list item or table cell)`,
    );
  });

  it('the CLI exits 2 with file:line:column, the limit, expected and found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diglot-limits-'));
    writeFileSync(join(dir, 'deep.md'), `Fine.\n\n${'['.repeat(L.inlineNesting + 1)}x\n`);
    const { code, stderr } = await runCli(['segment', 'deep.md'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(`deep.md:3:${L.inlineNesting + 1}: Links and emphasis nest too deeply (limit \`inlineNesting\``);
    expect(stderr).toContain(`(expected: at most ${L.inlineNesting} open link brackets and emphasis delimiters in a paragraph; found: ${L.inlineNesting + 1})`);
  });
});

describe('no recursion on the depth of the tree in segmentation', () => {
  it('segments a tree nested far deeper than the stack allows for recursion', () => {
    // Built directly (the gate would refuse its Markdown): 50 000 nested blockquotes.
    const source = 'deep';
    let node: Nodes = {
      type: 'paragraph',
      children: [{ type: 'text', value: 'deep', position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 5, offset: 4 } } }],
    };
    for (let i = 0; i < 50_000; i++) node = { type: 'blockquote', children: [node as never] };
    const doc = segmentTree({ type: 'root', children: [node as never] } as Root, source, { file: 'a.md', lang: 'en' });
    expect(doc.units.map((u) => [u.kind, u.text])).toEqual([['blockquote', 'deep']]);
  });

  it('turns inline markup nested 50 000 deep into coded text', () => {
    const depth = 50_000;
    const source = `${'*'.repeat(depth)}x${'*'.repeat(depth)}`;
    const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
    let node: Nodes = { type: 'text', value: 'x', position: { start: at(depth), end: at(depth + 1) } };
    for (let i = depth - 1; i >= 0; i--) node = { type: 'emphasis', children: [node as never], position: { start: at(i), end: at(2 * depth + 1 - i) } };
    const { text, codes } = inlineToCoded([node as never], source, { file: 'a.md', line: 1, column: 1 });
    expect(codes).toHaveLength(depth);
    expect(text.startsWith('{1}{2}')).toBe(true);
    expect(text.endsWith(`{/2}{/1}`)).toBe(true);
  });
});

describe('IDs of repeated units and sentences cost the same for each repeat', () => {
  it('gives n identical units their IDs with O(n) lookups, the same IDs as before', () => {
    let lookups = 0;
    class CountingSet extends Set<string> {
      override has(value: string): boolean {
        lookups++;
        return super.has(value);
      }
    }
    const ids = new FreshIds(new CountingSet());
    const got = Array.from({ length: 5000 }, () => ids.next({ kind: 'paragraph', text: 'Same.' }));
    expect(new Set(got).size).toBe(5000);
    expect(got[1]).toBe(`${got[0]}-2`);
    expect(got[4999]).toBe(`${got[0]}-5000`);
    expect(lookups).toBeLessThan(3 * 5000);
  });

  it('numbers repeated sentences -2, -3 … as before', () => {
    const ids = sentenceIds('u-1', ['A.', 'B.', 'A.', 'A.']);
    expect(ids[2]).toBe(`${ids[0]}-2`);
    expect(ids[3]).toBe(`${ids[0]}-3`);
    expect(
      new Set(
        sentenceIds(
          'u-1',
          Array.from({ length: 20_000 }, () => 'A.'),
        ),
      ).size,
    ).toBe(20_000);
  });
});

describe('the definitions limit grows with the document', () => {
  it('is 10 000 for small documents and one per 200 characters beyond', async () => {
    const { definitionLimit } = await import('../../src/markdown/input-limits.js');
    expect(definitionLimit(1_000)).toBe(10_000);
    expect(definitionLimit(50_000_000)).toBe(250_000);
  });

  it('accepts 12 000 definitions in a 3 MB document, refuses them in a 300 kB one, naming the limit', async () => {
    const { checkInputLimits } = await import('../../src/markdown/scan-input-limits.js');
    const defs = Array.from({ length: 12_000 }, (_, i) => `[l${i}]: https://x.org/${i}`).join('\n');
    const prose = `${'Prose that is not a definition. '.repeat(30)}\n\n`.repeat(3_000);
    expect(() => checkInputLimits(`${prose}${defs}\n`, 'big.md')).not.toThrow();
    expect(() => checkInputLimits(`Text.\n\n${defs}\n`, 'small.md')).toThrow(/limit `definitions`: at most 10000 definitions/);
  });
});
