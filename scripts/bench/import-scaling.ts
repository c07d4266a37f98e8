import { performance } from 'node:perf_hooks';
import { readExchange } from '../../src/exchange/read-exchange.js';
import { parseXml } from '../../src/exchange/xml/parse-xml.js';
import type { Row, Target } from './format-report.js';
import { median } from './stats.js';

/** A PO file of `n` entries, as diglot exports them. */
function poOf(n: number): Buffer {
  const entries = Array.from(
    { length: n },
    (_, i) =>
      `#: content/en/a.md:${i + 1} u-${i.toString(16).padStart(8, '0')}\nmsgctxt "u-${i.toString(16).padStart(8, '0')}"\nmsgid "Sentence number ${i} of the bench."\nmsgstr "Предложение номер ${i}."\n`,
  );
  return Buffer.from(
    `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n"Language: ru\\n"\n"X-Diglot-Source: content/en/a.md\\n"\n\n${entries.join('\n')}`,
  );
}

/** An XML element with `n` attributes. */
function attributesOf(n: number): string {
  return `<x ${Array.from({ length: n }, (_, i) => `a${i}="${i}"`).join(' ')}/>`;
}

/**
 * Import reading at growing sizes (issue 17, point 6): PO with 5k/10k/20k entries and an XML
 * element with 50k/100k/200k attributes, in this process, median of `runs`; the target is the
 * time per entry at the largest size over the smallest (≈ 1 when linear).
 *
 * @example const { rows, targets } = measureImportScaling(3)
 */
export function measureImportScaling(runs: number): { rows: Row[]; targets: Target[] } {
  const rows: Row[] = [];
  const targets: Target[] = [];
  const series = [
    {
      what: 'import: read PO',
      unit: 'entries',
      one: 'entry',
      sizes: [5_000, 10_000, 20_000],
      make: (n: number) => poOf(n),
      work: (input: Buffer | string) => readExchange(input as Buffer, { file: 'bench.po' }),
    },
    {
      what: 'import: parse XLIFF attributes',
      unit: 'attributes',
      one: 'attribute',
      sizes: [50_000, 100_000, 200_000],
      make: (n: number) => attributesOf(n),
      work: (input: Buffer | string) => parseXml(input as string, { file: 'bench.xlf' }),
    },
  ];
  for (const { what, unit, one, sizes, make, work } of series) {
    const perItem: number[] = [];
    for (const n of sizes) {
      const input = make(n);
      const times: number[] = [];
      work(input); // warm-up, not counted
      for (let i = 0; i < runs; i++) {
        const start = performance.now();
        work(input);
        times.push((performance.now() - start) / 1000);
      }
      const seconds = median(times);
      perItem.push(seconds / n);
      const mb = Buffer.byteLength(input) / 1e6;
      rows.push({
        workload: `${what}, ${n.toLocaleString('en')} ${unit}`,
        tool: 'diglot',
        input: `${mb.toFixed(2)} MB`,
        mb,
        summary: { runs, seconds, cpu: undefined, rssMB: process.memoryUsage().rss / 1e6, info: {} },
        note: 'in process',
      });
    }
    const ratio = (perItem.at(-1) as number) / (perItem[0] as number);
    targets.push({
      name: `${what}: time per ${one} at ${sizes.at(-1)} vs ${sizes[0]}`,
      ratio,
      limit: '≈ 1 (linear), ≤ 1.5',
      met: ratio <= 1.5,
      how: 's per item, largest / smallest',
    });
  }
  return { rows, targets };
}
