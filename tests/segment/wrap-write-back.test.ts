import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseWhole } from '../../src/markdown/parse-markdown.js';
import { escapeCodedText } from '../../src/segment/coded-text.js';
import { reassemble, type WrapMode } from '../../src/segment/reassemble.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import type { SegmentedDocument, Unit } from '../../src/segment/types.js';
import { safeLineStart } from '../../src/segment/wrap-inline.js';

const seg = (source: string) => segmentMarkdown(source, { file: 'wrap.md', lang: 'en' });
const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
const width = (line: string) => [...line].length;

/** The tree's shape: node types, heading depths and list item spread, without text. */
function shape(node: Nodes): unknown {
  const kids = 'children' in node ? (node.children as Nodes[]).filter((c) => c.type !== 'text').map(shape) : [];
  return [node.type, node.type === 'heading' ? node.depth : undefined, kids];
}

/** Write `texts` back into every unit (forced through the serialiser) with `wrap`. */
function writeBack(source: string, doc: SegmentedDocument, texts: Map<string, string>, wrap: WrapMode): string {
  return reassemble(source, doc, texts, { force: true, wrap });
}

/** The output reads back with the same tree shape and the same unit texts, modulo soft-break whitespace. */
function expectSameUnits(source: string, out: string, doc: SegmentedDocument, texts: Map<string, string>): void {
  expect(shape(parseWhole(out))).toEqual(shape(parseWhole(source)));
  const after = seg(out).units.map((u) => [u.kind, u.path, norm(u.text)]);
  expect(after).toEqual(doc.units.map((u) => [u.kind, u.path, norm(texts.get(u.id) ?? u.text)]));
}

// Source documents: hard-wrapped paragraphs, nested list items, block quotes (with a list inside).
const sourceWord = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta');
const sourceWords = fc.array(sourceWord, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const sourceInline = fc.oneof(
  { weight: 4, arbitrary: sourceWords },
  { weight: 1, arbitrary: sourceWords.map((w) => `*${w}*`) },
  { weight: 1, arbitrary: sourceWords.map((w) => `**${w}**`) },
  { weight: 1, arbitrary: sourceWords.map((w) => `[${w}](https://example.org/${w.length})`) },
  { weight: 1, arbitrary: fc.constantFrom('`code`', '`x`', '[^1]') },
);
const sourceLine = fc.array(sourceInline, { minLength: 1, maxLength: 4 }).map((p) => p.join(' '));
const lines = (n: number) => fc.array(sourceLine, { minLength: 1, maxLength: n });
const sourceBlock = fc.oneof(
  lines(3).map((l) => l.join('\n')),
  fc.tuple(lines(2), lines(2), lines(2)).map(([a, b, c]) => `- ${a.join('\n  ')}\n  - ${b.join('\n    ')}\n    - ${c.join('\n      ')}\n- ${a[0]}`),
  fc.tuple(lines(2), lines(2)).map(([a, b]) => `1. ${a.join('\n   ')}\n2. ${b.join('\n   ')}`),
  fc.tuple(lines(3), lines(2)).map(([a, b]) => `> ${a.join('\n> ')}\n>\n> - ${b.join('\n>   ')}`),
);
const sourceDocument = fc.array(sourceBlock, { minLength: 1, maxLength: 4 }).map((blocks) => `${blocks.join('\n\n')}\n\n[^1]: A note.\n`);

/** Words a translator writes: letters, and characters that start a block at the start of a line. */
const nastyWord = fc.constantFrom(
  'слово',
  'перевод',
  'длинноеслово',
  'и',
  '#',
  '##',
  '-',
  '+',
  '*',
  '1.',
  '2)',
  '>',
  '=',
  '---',
  '|',
  '<div>',
  '```',
  '~~~',
  '_',
  '\\',
  '{',
  'a\\',
  '**',
);
const plainWord = fc.constantFrom('слово', 'перевод', 'очень', 'длинноеслово', 'и', 'текст', 'абзаца');

/** A translation of `unit`: words with its codes among them, separated by spaces, double spaces or soft line breaks. */
function translation(unit: Unit, word: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const words = fc.array(word, { minLength: 1, maxLength: 6 });
  const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\n');
  return fc
    .tuple(
      fc.array(words, { minLength: unit.codes.length + 1, maxLength: unit.codes.length + 1 }),
      fc.array(separator, { minLength: 80, maxLength: 80 }),
      fc.array(words, { minLength: unit.codes.length, maxLength: unit.codes.length }),
    )
    .map(([runs, seps, inner]) => {
      let s = 0;
      const join = (ws: string[]) => ws.map(escapeCodedText).reduce((a, b) => `${a}${seps[s++ % seps.length]}${b}`);
      // A letter first: a unit without letters is no unit (it would not read back).
      const parts = ['текст', join(runs[0]!)];
      unit.codes.forEach((c, i) => {
        parts.push(c.type === 'pc' ? `{${c.id}}${join(inner[i]!)}{/${c.id}}` : `{${c.id}/}`, join(runs[i + 1]!));
      });
      return parts.join(' ');
    });
}

function translations(doc: SegmentedDocument, word: fc.Arbitrary<string>): fc.Arbitrary<Map<string, string>> {
  return fc.tuple(...doc.units.map((u) => translation(u, word))).map((texts) => new Map(doc.units.map((u, i) => [u.id, texts[i]!])));
}

describe('wrap: <columns> (fast-check)', () => {
  it('any translation written back with wrap: 40 reads back as the same units and the same structure', () => {
    fc.assert(
      fc.property(
        sourceDocument.chain((source) => {
          const doc = seg(source);
          return translations(doc, nastyWord).map((texts) => ({ source, doc, texts }));
        }),
        ({ source, doc, texts }) => {
          expectSameUnits(source, writeBack(source, doc, texts, 40), doc, texts);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('no line is longer than 40 columns unless it holds a single word or code', () => {
    fc.assert(
      fc.property(
        sourceDocument.chain((source) => {
          const doc = seg(source);
          return translations(doc, plainWord).map((texts) => ({ source, doc, texts }));
        }),
        ({ source, doc, texts }) => {
          const out = writeBack(source, doc, texts, 40);
          expectSameUnits(source, out, doc, texts);
          for (const line of out.split('\n')) {
            if (width(line) <= 40) continue;
            // Past the container's prefix and list marker, an over-long line is one unbreakable word.
            expect(line.replace(/^[ >]*(?:(?:[-+*]|\d+[.)]) +)*/, '')).not.toMatch(/ /);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('wrap on write-back', () => {
  const source = [
    'A paragraph that is',
    'hard wrapped.',
    '',
    '- An item',
    '  - A nested item',
    '    on two lines.',
    '',
    '> Quoted text',
    '> on two lines.',
    '',
  ].join('\n');
  const doc = seg(source);
  const [para, item, nested, quote] = doc.units as [Unit, Unit, Unit, Unit];

  it('wraps to the columns, continuing lines with the container prefix', () => {
    const long = 'один два три четыре пять шесть семь восемь девять десять';
    const out = reassemble(
      source,
      doc,
      new Map([
        [para.id, long],
        [nested.id, long],
        [quote.id, long],
      ]),
      { wrap: 24 },
    );
    expect(out).toBe(
      [
        'один два три четыре пять',
        'шесть семь восемь девять',
        'десять',
        '',
        '- An item',
        '  - один два три четыре',
        '    пять шесть семь',
        '    восемь девять десять',
        '',
        '> один два три четыре',
        '> пять шесть семь восемь',
        '> девять десять',
        '',
      ].join('\n'),
    );
  });

  it('preserve (the default) keeps the soft line breaks the translator wrote and adds none', () => {
    const text = 'один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать\nтринадцать';
    for (const wrap of [undefined, 'preserve'] as const) {
      const out = reassemble(source, doc, new Map([[nested.id, text]]), wrap ? { wrap } : {});
      expect(out).toContain('  - один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать\n    тринадцать\n');
    }
  });

  it('a number reflows the soft line breaks the translator wrote', () => {
    const out = reassemble(source, doc, new Map([[para.id, 'один\nдва\nтри']]), { wrap: 40 });
    expect(out.startsWith('один два три\n\n')).toBe(true);
  });

  it('never breaks inside a code span, a link destination, an HTML tag or a template tag', () => {
    const src = 'Text `a b c d` [link text](https://example.org/x "a title") <span class="x y">s</span> {{ site.title | upcase }} end.\n';
    const d = seg(src);
    const u = d.units[0]!;
    const codes = u.codes.map((c) => (c.type === 'pc' ? `{${c.id}}ссылка тут{/${c.id}}` : `{${c.id}/}`)).join(' и ');
    const out = reassemble(src, d, new Map([[u.id, `Текст ${codes} конец.`]]), { wrap: 10 });
    expect(out.split('\n').length).toBeGreaterThan(4);
    for (const kept of ['`a b c d`', '](https://example.org/x "a title")', '<span class="x y">', '{{ site.title | upcase }}']) expect(out).toContain(kept);
    expect(norm(seg(out).units[0]!.text)).toBe(`Текст ${codes} конец.`);
  });

  it('never starts a line with what would start a block; breaks elsewhere or not at all', () => {
    const out = reassemble(source, doc, new Map([[para.id, 'раз # два - три 1. четыре > пять = шесть | семь + восемь']]), { wrap: 8 });
    const lines = out.split('\n\n')[0]!.split('\n');
    expect(lines).toEqual(['раз #', 'два -', 'три 1.', 'четыре >', 'пять =', 'шесть |', 'семь +', 'восемь']);
    expect(norm(seg(out).units[0]!.text)).toBe('раз # два - три 1. четыре > пять = шесть | семь + восемь');
  });

  it('never ends a line with a backslash (a hard break)', () => {
    const out = reassemble(source, doc, new Map([[para.id, 'один\\ два\\ три\\ четыре']]), { wrap: 6 });
    expect(out.split('\n\n')[0]).toBe('один\\ два\\ три\\ четыре');
  });

  it('never wraps headings or table cells', () => {
    const src = '# Title\n\nSetext\n======\n\n| a | b |\n| - | - |\n| c | d |\n';
    const d = seg(src);
    const long = 'очень длинный заголовок который не переносится никогда';
    const out = reassemble(src, d, new Map(d.units.map((u) => [u.id, long])), { wrap: 12 });
    expect(out).toBe(`# ${long}\n\n${long}\n======\n\n| ${long} | ${long} |\n| - | - |\n| ${long} | ${long} |\n`);
  });

  it('leaves unchanged units byte-identical', () => {
    const out = reassemble(source, doc, new Map(doc.units.map((u) => [u.id, u.text])), { wrap: 10 });
    expect(out).toBe(source);
    expect(item.text).toBe('An item');
  });

  it('source wraps to the longest line of the unit replaced, and leaves a one-line unit on one line', () => {
    const text = 'один два три четыре пять шесть семь восемь девять десять';
    const out = reassemble(
      source,
      doc,
      new Map([
        [para.id, text],
        [item.id, text],
      ]),
      { wrap: 'source' },
    );
    const lines = out.split('\n');
    expect(lines.slice(0, 4)).toEqual(['один два три четыре', 'пять шесть семь', 'восемь девять', 'десять']);
    expect(Math.max(...lines.slice(0, 4).map(width))).toBeLessThanOrEqual(width('A paragraph that is'));
    expect(out).toContain(`- ${text}\n`);
  });
});

describe('safeLineStart', () => {
  it.each(['# h', '> q', '- i', '-', '+ i', '* i', '1. i', '1) i', '===', '---', '***', '```js', '~~~', '    code', '| a', '<div>', '{x}'])(
    'refuses %j',
    (line) => {
      expect(safeLineStart(line)).toBe(false);
    },
  );
  it.each(['word', '*emph*', '**strong**', '[link](x)', '`code`', '![pic](p.png)', '1a', 'x#'])('accepts %j', (line) => {
    expect(safeLineStart(line)).toBe(true);
  });
});
