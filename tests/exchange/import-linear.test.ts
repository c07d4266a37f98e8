import { describe, expect, it } from 'vitest';
import { readPo } from '../../src/exchange/po/read-po.js';
import { parseXml } from '../../src/exchange/xml/parse-xml.js';
import { blockIndexOf } from '../../src/exchange/top-level-blocks.js';

/** A PO of `n` entries, each 4 lines after a 5-line header: entry i's msgctxt is on line 6 + 4i. */
function bigPo(n: number): string {
  const entries = Array.from(
    { length: n },
    (_, i) => `msgctxt "u-${i.toString(16).padStart(8, '0')}"\nmsgid "Sentence number ${i}."\nmsgstr "Предложение ${i}."\n`,
  );
  return `msgid ""\nmsgstr ""\n"Language: ru\\n"\n"X-Diglot-Source: content/en/a.md\\n"\n\n${entries.join('\n')}`;
}

// Sizes that took minutes when each lookup rescanned the file (issue 17, point 6); linear now,
// and the test checks the work's result, not its time (speed is `npm run bench`, "import").
describe('import is linear in the size of the exchange file', () => {
  it('gives each of 5 000 PO entries its own line (one scan, no per-entry search)', () => {
    const units = readPo(bigPo(5_000), 'big.po').units;
    expect(units).toHaveLength(5_000);
    const lines = new Set<number>();
    for (const [i, unit] of units.entries()) {
      expect(unit.id).toBe(`u-${i.toString(16).padStart(8, '0')}`);
      lines.add(unit.line as number);
    }
    expect(units[0]?.line).toBe(6);
    expect(units[4_999]?.line).toBe(6 + 4 * 4_999);
    expect(lines.size).toBe(5_000);
  });

  it('checks 200 000 attributes of one element for duplicates (a set, not a search per attribute)', () => {
    const attributes = Array.from({ length: 200_000 }, (_, i) => `a${i}="${i}"`).join(' ');
    let error: unknown;
    try {
      parseXml(`<x ${attributes} a5="again"/>`, { file: 'wide.xml' });
    } catch (thrown) {
      error = thrown;
    }
    expect(String(error)).toMatch(/^wide\.xml:1:\d+: Malformed XML: Unexpected duplicate attribute `a5`/);
    expect(parseXml('<x a="1" b="2"/>', { file: 'small.xml' }).root.attributes.map((a) => a.name)).toEqual(['a', 'b']);
  });

  it('finds blocks by binary search', () => {
    const blocks = Array.from({ length: 1000 }, (_, i) => ({ type: 'paragraph', start: i * 10, end: i * 10 + 5 }));
    expect(blockIndexOf(blocks, 0)).toBe(0);
    expect(blockIndexOf(blocks, 9)).toBe(0);
    expect(blockIndexOf(blocks, 10)).toBe(1);
    expect(blockIndexOf(blocks, 99_999)).toBe(999);
    expect(blockIndexOf(blocks.slice(1), 3)).toBe(-1);
    expect(blockIndexOf([], 3)).toBe(-1);
  });
});
