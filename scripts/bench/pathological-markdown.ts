import { performance } from 'node:perf_hooks';
import { alignDocuments } from '../../src/align/align-documents.js';
import { InputError } from '../../src/errors.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import type { Row, Target } from './format-report.js';
import { median } from './stats.js';

/** One family of hostile Markdown: the English (and, for a pair, the Russian) at `n`. */
interface Family {
  what: string;
  unit: string;
  sizes: readonly number[];
  make: (n: number) => { source: string; target?: string };
}

/**
 * The shapes that hung, overflowed the stack or ran out of heap in issue 17 (point 7), at
 * growing sizes that stay within the input limits (docs/limits.md), so that each is really
 * parsed and segmented (and a pair aligned); and the same shapes just over a limit, which must
 * be refused quickly. Tests (tests/markdown/input-limits.test.ts) show the limits with small
 * inputs; this measures the growth at sizes a test cannot afford.
 */
const FAMILIES: readonly Family[] = [
  {
    what: 'nested emphasis `*` (99 deep, repeated)',
    unit: 'paragraphs',
    sizes: [250, 500, 1_000],
    make: (n) => ({ source: Array.from({ length: n }, () => `${'*a '.repeat(99)}b${' c*'.repeat(99)}`).join('\n\n') }),
  },
  {
    what: 'nested lists `- ` (99 levels, repeated)',
    unit: 'lists',
    sizes: [25, 50, 100],
    make: (n) => ({ source: Array.from({ length: n }, () => Array.from({ length: 99 }, (_, d) => `${'  '.repeat(d)}- item ${d}`).join('\n')).join('\n\n') }),
  },
  {
    what: 'nested links `[` (99 open, repeated)',
    unit: 'paragraphs',
    sizes: [500, 1_000, 2_000],
    make: (n) => ({ source: Array.from({ length: n }, () => `${'['.repeat(99)}x${'](u)'.repeat(99)}`).join('\n\n') }),
  },
  {
    what: 'tables of 9 999 rows',
    unit: 'tables',
    sizes: [1, 2, 4],
    make: (n) => ({
      source: Array.from({ length: n }, (_, t) => `| a | b |\n| --- | --- |\n${Array.from({ length: 9_999 }, (_, i) => `| ${t} ${i} | x |`).join('\n')}`).join(
        '\n\n',
      ),
    }),
  },
  {
    what: '`A. ` runs of 40 000 characters',
    unit: 'paragraphs',
    sizes: [10, 20, 40],
    make: (n) => ({ source: Array.from({ length: n }, () => 'A. '.repeat(13_000)).join('\n\n') }),
  },
  {
    what: 'nested `<div>` (99 deep, repeated)',
    unit: 'blocks',
    sizes: [200, 400, 800],
    make: (n) => ({ source: Array.from({ length: n }, () => `${'<div>\n'.repeat(99)}x\n${'</div>\n'.repeat(99)}`).join('\n') }),
  },
  {
    what: 'footnotes, aligned English ↔ Russian (as `check` does)',
    unit: 'footnotes',
    sizes: [1_250, 2_500, 5_000],
    make: (n) => ({
      source: `${Array.from({ length: n }, (_, i) => `Text ${i}[^${i}].`).join('\n\n')}\n\n${Array.from({ length: n }, (_, i) => `[^${i}]: Note ${i}.`).join('\n')}\n`,
      target: `${Array.from({ length: n }, (_, i) => `Текст ${i}[^${i}].`).join('\n\n')}\n\n${Array.from({ length: n }, (_, i) => `[^${i}]: Примечание ${i}.`).join('\n')}\n`,
    }),
  },
];

/** Just over a limit: refused before parsing, in time proportional to the input. */
const REFUSED: ReadonlyArray<{ what: string; source: string }> = [
  { what: '10 kB of nested emphasis', source: `${'*a '.repeat(3_400)}b` },
  { what: '1 000 list levels', source: Array.from({ length: 1_000 }, (_, d) => `${'  '.repeat(d)}- x`).join('\n') },
  { what: '100 000 `> `', source: `${'> '.repeat(100_000)}x` },
  { what: '20 000 nested `<div>`', source: `${'<div>\n'.repeat(20_000)}x` },
  { what: 'a 5 MB front-matter title', source: `---\ntitle: ${'x'.repeat(5_000_000)}\n---\n\nText.\n` },
  { what: '1 000 000 link definitions', source: Array.from({ length: 1_000_000 }, (_, i) => `[d${i}]: /u`).join('\n') },
  { what: 'a 100 000-row table', source: `| a |\n| --- |\n${'| x |\n'.repeat(100_000)}` },
];

function timed(work: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push((performance.now() - start) / 1000);
  }
  return median(times);
}

/**
 * Pathological Markdown (issue 17, point 7): per family, segment (and for a pair, align) at three
 * growing sizes within the limits, median of `runs`, in this process; the target is the time
 * per item at the largest size over the smallest (≈ 1 when linear). Then the shapes over a limit,
 * which must be refused (an InputError naming the limit), each timed once.
 *
 * @example const { rows, targets } = measurePathologicalMarkdown(3)
 */
export function measurePathologicalMarkdown(runs: number): { rows: Row[]; targets: Target[] } {
  const rows: Row[] = [];
  const targets: Target[] = [];
  for (const family of FAMILIES) {
    const perItem: number[] = [];
    for (const n of family.sizes) {
      const { source, target } = family.make(n);
      const work = (): void => {
        const en = segmentMarkdown(source, { file: 'en.md', lang: 'en' });
        if (target !== undefined) alignDocuments(en, segmentMarkdown(target, { file: 'ru.md', lang: 'ru' }));
      };
      const seconds = timed(work, runs);
      perItem.push(seconds / n);
      const mb = (Buffer.byteLength(source) + Buffer.byteLength(target ?? '')) / 1e6;
      rows.push({
        workload: `pathological Markdown: ${family.what}, ${n.toLocaleString('en')} ${family.unit}`,
        tool: 'diglot',
        input: `${mb.toFixed(2)} MB`,
        mb,
        summary: { runs, seconds, cpu: undefined, rssMB: process.memoryUsage().rss / 1e6, info: {} },
        note: target === undefined ? 'segment, in process' : 'segment both + align, in process',
      });
    }
    const ratio = (perItem.at(-1) as number) / (perItem[0] as number);
    targets.push({
      name: `pathological Markdown: ${family.what}: time per item at ${family.sizes.at(-1)} vs ${family.sizes[0]}`,
      ratio,
      limit: '≈ 1 (linear), ≤ 1.5',
      met: ratio <= 1.5,
      how: 's per item, largest / smallest',
    });
  }
  for (const { what, source } of REFUSED) {
    let refused = '';
    const seconds = timed(() => {
      try {
        segmentMarkdown(source, { file: 'hostile.md', lang: 'en' });
        refused = 'accepted';
      } catch (error) {
        refused =
          error instanceof InputError ? (/limit `(\w+)`/.exec(error.message)?.[1] ?? error.message.slice(0, 60)) : `crashed: ${String(error).slice(0, 60)}`;
      }
    }, 1);
    const mb = Buffer.byteLength(source) / 1e6;
    rows.push({
      workload: `pathological Markdown refused: ${what}`,
      tool: 'diglot',
      input: `${mb.toFixed(2)} MB`,
      mb,
      summary: { runs: 1, seconds, cpu: undefined, rssMB: process.memoryUsage().rss / 1e6, info: {} },
      note: `refused by \`${refused}\``,
    });
    targets.push({
      name: `pathological Markdown refused with a limit: ${what}`,
      ratio: undefined,
      limit: 'refused (InputError)',
      met: refused !== 'accepted' && !refused.startsWith('crashed'),
      how: refused,
    });
  }
  return { rows, targets };
}
