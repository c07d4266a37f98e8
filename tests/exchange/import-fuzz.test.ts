import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { decodeDocument } from '../../src/util/read-document.js';
import { run, tempProject } from './exchange-helpers.js';

const EN = 'content/en/sample.md';
const RU = 'content/ru/sample.md';
const FORMATS = ['xliff2', 'xliff12', 'po'] as const;
let dir: string;
let original: Buffer;
let unitsBefore: number;
const exports: Record<string, Buffer> = {};

beforeAll(async () => {
  dir = tempProject('exchange-basic');
  original = readFileSync(join(dir, RU));
  unitsBefore = segmentMarkdown(original.toString('utf8'), { file: RU, lang: 'ru' }).units.length;
  for (const format of FORMATS) exports[format] = Buffer.from((await run(dir, 'export', EN, '--format', format)).stdout);
});

/** Snippets a hostile or broken file may carry. */
const SNIPPETS = [
  '\u0000',
  '\u001b',
  '\r',
  '\uFEFF',
  '\uFFFE',
  '\uD800',
  '<cp hex="0"/>',
  '<cp hex="FFFFFFFFFF"/>',
  '<cp hex="D800"/>',
  '<cp hex="-1"/>',
  '<cp hex="1F"/>',
  '&#0;',
  '&#x110000;',
  '&#x1F;',
  '&bogus;',
  '<target>',
  '</target>',
  '</source>',
  '<mrk id="m">',
  '<pc id="9">',
  '<ph id="1"/>',
  '{1}',
  '{/1}',
  '{9/}',
  '{{',
  '\n\n',
  '# ',
  '---\n',
  '\\',
  '"',
  "'",
  '\n"',
  'msgid_plural "x"\n',
  'msgstr[1] "y"\n',
  '#~ ',
  'msgctxt "u-00000000"\n',
  '<!DOCTYPE x [<!ENTITY e "e">]>',
  ']]>',
  '<![CDATA[',
  'https://example.com',
  '<div>',
  '| a |',
  '    ',
  '\t',
];

type Mutation = (bytes: Buffer) => Buffer;
const at = (bytes: Buffer, where: number): number => Math.floor(where * (bytes.length + 1));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 255 })).map(([w, x]): Mutation => (b) => {
    const out = Buffer.from(b);
    const i = Math.min(at(b, w), b.length - 1);
    if (i >= 0) out[i] = (out[i] as number) ^ x;
    return out;
  }),
  fc.double({ min: 0, max: 1, noNaN: true }).map(
    (w): Mutation =>
      (b) =>
        b.subarray(0, at(b, w)),
  ),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...SNIPPETS), fc.integer({ min: 1, max: 3 })).map(([w, s, n]): Mutation => (b) => {
    const i = at(b, w);
    return Buffer.concat([b.subarray(0, i), Buffer.from(s.repeat(n)), b.subarray(i)]);
  }),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 5000 })).map(([w, n]): Mutation => (b) => {
    const i = at(b, w);
    return Buffer.concat([b.subarray(0, i), Buffer.from('<mrk id="m">'.repeat(n) + '</mrk>'.repeat(n)), b.subarray(i)]);
  }),
  // Duplicate or delete a run of lines (an entry, a unit, half of one).
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 8 }), fc.boolean()).map(([w, n, dup]): Mutation => (b) => {
    const lines = b.toString('latin1').split('\n');
    const i = Math.floor(w * lines.length);
    const run = lines.slice(i, i + n);
    lines.splice(i, dup ? 0 : n, ...(dup ? run : []));
    return Buffer.from(lines.join('\n'), 'latin1');
  }),
  // Swap two unit IDs.
  fc.tuple(fc.nat(), fc.nat()).map(([x, y]): Mutation => (b) => {
    const text = b.toString('utf8');
    const ids = [...new Set(text.match(/u-[0-9a-f]{8}/g) ?? [])];
    const a = ids[x % Math.max(ids.length, 1)];
    const c = ids[y % Math.max(ids.length, 1)];
    if (!a || !c) return b;
    return Buffer.from(text.replace(/u-[0-9a-f]{8}/g, (id) => (id === a ? c : id === c ? a : id)));
  }),
  // Other encodings.
  fc.constantFrom<Mutation>(
    (b) => Buffer.from(`\uFEFF${b.toString('utf8')}`, 'utf16le'),
    (b) => Buffer.from(b.toString('utf8'), 'utf16le'),
    (b) => Buffer.from(b.toString('utf8'), 'latin1'),
    (b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]),
    (b) => Buffer.from(b.toString('utf8').replace('charset=utf-8', 'charset=ISO-8859-1')),
  ),
);

describe('import of mutated exports (issue 17, acceptance)', () => {
  it('never crashes, never writes an unreadable file, never loses a translation', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FORMATS), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (format, mutations) => {
        writeFileSync(join(dir, RU), original);
        const bytes = mutations.reduce((b, m) => m(b), exports[format] as Buffer);
        const name = `fuzz.${format === 'po' ? 'po' : 'xlf'}`;
        writeFileSync(join(dir, name), bytes);
        const result = await run(dir, 'import', name, '--no-validate');
        expect([0, 1, 2]).toContain(result.code);
        expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
        if (result.code === 2) expect(result.stderr).toMatch(/^diglot: [^\n]+\n$/);
        const after = readFileSync(join(dir, RU));
        if (result.code !== 0) expect(after.equals(original)).toBe(true);
        // What was written reads back: decodes, segments, and keeps every unit.
        const units = segmentMarkdown(decodeDocument(after, RU), { file: RU, lang: 'ru' }).units;
        expect(units.length).toBeGreaterThanOrEqual(unitsBefore);
        expect(units.every((u) => u.text.trim() !== '')).toBe(true);
      }),
      { numRuns: Number(process.env.DIGLOT_FUZZ_RUNS ?? 40) },
    );
  }, 600_000);
});
