import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTermIndex, type TermIndex } from '../../src/glossary/build-term-index.js';
import { compileGlossary } from '../../src/glossary/compile-glossary.js';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { matchTerms } from '../../src/glossary/match-terms.js';
import type { MatchHit } from '../../src/glossary/types.js';

const fixture = fileURLToPath(new URL('../fixtures/glossary-match/', import.meta.url));
const cases = parse(readFileSync(`${fixture}sentences.yaml`, 'utf8')) as Array<{ text: string; hits: string[] }>;
const EXPECTED = /^([~!]?)([a-z0-9-]*): (.+?)(?: \((\w+ \w+)\))?$/s;

let index: TermIndex;
beforeAll(async () => {
  index = buildTermIndex(await compileGlossary(loadGlossary(`${fixture}glossary`)));
});

/** `!id: text`, `~id: text` or `id: text`, as in sentences.yaml. */
function keyOf(hit: MatchHit, text: string): string {
  const span = text.slice(hit.start, hit.end);
  if (hit.kind === 'mixedScript') return `~${hit.entryId ?? ''}: ${span}`;
  return `${hit.status === 'forbidden' ? '!' : ''}${hit.entryId}: ${span}`;
}

describe('matching the Russian sentence set', () => {
  it('has at least 100 sentences', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });

  it('finds every expected hit and nothing else (recall and precision ≥ 0.99)', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const failures: string[] = [];
    for (const { text, hits } of cases) {
      const found = matchTerms(index, text, 'ru');
      const got = found.map((h) => keyOf(h, text));
      const want = hits.map((h) => {
        const m = EXPECTED.exec(h);
        if (!m) throw new Error(`Bad expectation \`${h}\``);
        const [, mark, id, span, tag] = m;
        if (tag) {
          const hit = found.find((f) => keyOf(f, text) === `${mark}${id}: ${span}`);
          if (hit?.kind === 'term' && !hit.tags.includes(tag)) failures.push(`${text}: \`${span}\` read as ${hit.tags.join('/')}, expected ${tag}`);
        }
        return `${mark}${id}: ${span}`;
      });
      const remaining = [...got];
      for (const w of want) {
        const at = remaining.indexOf(w);
        if (at === -1) {
          fn++;
          failures.push(`${text}: missed ${w}`);
        } else {
          tp++;
          remaining.splice(at, 1);
        }
      }
      for (const extra of remaining) {
        fp++;
        failures.push(`${text}: unexpected ${extra}`);
      }
    }
    const recall = tp / (tp + fn);
    const precision = tp / (tp + fp);
    console.log(`glossary match: ${cases.length} sentences, ${tp + fn} expected hits, recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`);
    expect(failures).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.99);
    expect(precision).toBeGreaterThanOrEqual(0.99);
  });
});
