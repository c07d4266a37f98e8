import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashText } from '../../src/lock/hash-text.js';
import { previousUnits } from '../../src/lock/previous-units.js';
import type { Lock } from '../../src/lock/types.js';
import { alignUnits } from '../../src/review/align-units.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import type { SegmentedDocument } from '../../src/segment/types.js';
import { carryOver } from '../../src/update/carry-over.js';
import type { ObsoleteEntry } from '../../src/update/obsolete-file.js';
import { repoRoot } from '../support/paths.js';

const fixture = join(repoRoot, 'tests', 'fixtures', 'review-history');
const enSource = readFileSync(join(fixture, 'en.md'), 'utf8');
const ru: SegmentedDocument = segmentMarkdown(readFileSync(join(fixture, 'ru.md'), 'utf8'), { file: 'ru.md', lang: 'ru' });
const [frontMatter, ...body] = enSource.replace(/\n$/, '').split('\n\n');

/** An edit of the English, as block-list surgery (the Russian stays as it is). */
type Edit =
  | { op: 'edit'; at: number; word: number }
  | { op: 'insert'; at: number; n: number }
  | { op: 'delete'; at: number }
  | { op: 'move'; at: number; to: number }
  | { op: 'split'; at: number }
  | { op: 'merge'; at: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('edit' as const), at: fc.nat(40), word: fc.nat(20) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(40), n: fc.nat(1000) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(40) }),
  fc.record({ op: fc.constant('move' as const), at: fc.nat(40), to: fc.nat(40) }),
  fc.record({ op: fc.constant('split' as const), at: fc.nat(40) }),
  fc.record({ op: fc.constant('merge' as const), at: fc.nat(40) }),
);

function apply(blocks: string[], e: Edit): string[] {
  if (blocks.length === 0) return e.op === 'insert' ? [`A new paragraph number ${e.n} about the talks.`] : blocks;
  const out = [...blocks];
  const at = e.at % out.length;
  const block = out[at] as string;
  switch (e.op) {
    case 'edit': {
      const words = block.split(' ');
      words[e.word % words.length] = 'altered';
      out[at] = words.join(' ');
      break;
    }
    case 'insert':
      out.splice(at, 0, `A new paragraph number ${e.n} about the talks.`);
      break;
    case 'delete':
      out.splice(at, 1);
      break;
    case 'move':
      out.splice(e.to % out.length, 0, ...out.splice(at, 1));
      break;
    case 'split': {
      const cut = block.indexOf('. ');
      if (!block.startsWith('#') && cut > 0) out.splice(at, 1, block.slice(0, cut + 1), block.slice(cut + 2));
      break;
    }
    case 'merge': {
      const next = out[at + 1];
      if (next !== undefined && !block.startsWith('#') && !next.startsWith('#')) out.splice(at, 2, `${block} ${next}`);
      break;
    }
  }
  return out;
}

/**
 * Where every translation of the first lock is now: attached to a pair (current, or stale with
 * the previous English in the lock reproducing the pair's hash), or obsolete with its English.
 */
function fates(first: Lock, lock: Lock, obsolete: readonly ObsoleteEntry[], en: SegmentedDocument): Map<string, string[]> {
  const units = new Map(lock.units.map((u) => [u.id, u]));
  const current = new Map(en.units.map((u) => [u.id, u.text]));
  const ruText = new Map(ru.units.map((u) => [u.id, u.text]));
  const out = new Map<string, string[]>();
  const note = (id: string, fate: string): void => void out.set(id, [...(out.get(id) ?? []), fate]);
  for (const pair of lock.targets.ru?.pairs ?? []) {
    const previous = pair.source.map((id) => units.get(id)?.text);
    expect(
      previous.every((t) => t !== undefined),
      'every English unit of a pair is in the lock',
    ).toBe(true);
    expect(hashText(previous.join('\n')), 'the lock keeps the English the translation was made from').toBe(pair.sourceHash);
    const now = pair.source.map((id) => current.get(id) ?? '\u0000gone');
    const fate = hashText(now.join('\n')) === pair.sourceHash ? 'attached' : 'stale';
    for (const id of pair.target) note(id, fate);
  }
  for (const entry of obsolete) {
    expect(hashText(entry.source.map((u) => u.text).join('\n')), 'an obsolete translation keeps its English').toBe(entry.sourceHash);
    for (const u of entry.target) {
      expect(u.text).toBe(ruText.get(u.id));
      note(u.id, 'obsolete');
    }
  }
  for (const pair of first.targets.ru?.pairs ?? []) for (const id of pair.target) if (!out.has(id)) out.set(id, []);
  return out;
}

describe('diglot update never loses a translation', () => {
  const start = segmentMarkdown(enSource, { file: 'en.md', lang: 'en' });
  const first = carryOver(undefined, start, [{ lang: 'ru', doc: ru, links: alignUnits(start, ru) }]).lock;

  it('starts from a lock pairing every unit of the fixture 1–1', () => {
    expect(first.targets.ru?.pairs).toHaveLength(13);
    expect(first.targets.ru?.pairs.every((p) => p.source.length === 1 && p.target.length === 1)).toBe(true);
  });

  it('every translation is still attached, stale with its previous English, or obsolete — after any edit sequence', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 6 }), (edits) => {
        let blocks = [...body];
        let lock = first;
        const obsolete: ObsoleteEntry[] = [];
        for (const edit of edits) {
          blocks = apply(blocks, edit);
          const en = segmentMarkdown(`${[frontMatter, ...blocks].join('\n\n')}\n`, { file: 'en.md', lang: 'en', previous: previousUnits(lock) });
          const result = carryOver(lock, en, [{ lang: 'ru', doc: ru, links: alignUnits(en, ru) }]);
          obsolete.push(...result.obsolete);
          lock = result.lock;
          for (const [id, where] of fates(first, lock, obsolete, en)) {
            expect(where.length, `translation ${id} after ${JSON.stringify(edits)}`).toBeGreaterThan(0);
            expect(where.filter((w) => w !== 'obsolete').length, `translation ${id} attached at most once`).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 60, seed: 8 },
    );
  }, 60_000);

  it('…also when the translation file disappears for some steps and comes back', () => {
    const empty: SegmentedDocument = { file: 'ru.md', lang: 'ru', units: [] };
    fc.assert(
      fc.property(fc.array(fc.tuple(editArb, fc.boolean()), { minLength: 1, maxLength: 6 }), (steps) => {
        let blocks = [...body];
        let lock = first;
        const obsolete: ObsoleteEntry[] = [];
        for (const [edit, gone] of steps) {
          blocks = apply(blocks, edit);
          const en = segmentMarkdown(`${[frontMatter, ...blocks].join('\n\n')}\n`, { file: 'en.md', lang: 'en', previous: previousUnits(lock) });
          const target = gone ? { lang: 'ru', doc: empty, links: alignUnits(en, empty), missing: true } : { lang: 'ru', doc: ru, links: alignUnits(en, ru) };
          const result = carryOver(lock, en, [target]);
          if (gone) {
            expect(result.obsolete, 'a missing file makes nothing obsolete').toEqual([]);
            expect(result.lock.targets.ru, 'a missing file keeps the pairs verbatim').toEqual(lock.targets.ru);
            expect(
              result.rows.filter((r) => r.lang === 'ru'),
              'nothing is reported about a missing file',
            ).toEqual([]);
          }
          obsolete.push(...result.obsolete);
          lock = result.lock;
          for (const [id, where] of fates(first, lock, obsolete, en)) {
            expect(where.length, `translation ${id} after ${JSON.stringify(steps)}`).toBeGreaterThan(0);
            expect(where.filter((w) => w !== 'obsolete').length, `translation ${id} attached at most once`).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 60, seed: 9 },
    );
  }, 60_000);

  it('an English edit made while the translation file is missing is stale once it is back', () => {
    const edited = body.find((b) => !b.startsWith('#'));
    expect(edited).toBeDefined();
    const en = segmentMarkdown(`${[frontMatter, ...body.map((b) => (b === edited ? `${b} Added words.` : b))].join('\n\n')}\n`, {
      file: 'en.md',
      lang: 'en',
      previous: previousUnits(first),
    });
    const empty: SegmentedDocument = { file: 'ru.md', lang: 'ru', units: [] };
    const whileGone = carryOver(first, en, [{ lang: 'ru', doc: empty, links: alignUnits(en, empty), missing: true }]);
    expect(whileGone.lock).toEqual(first);
    const back = carryOver(whileGone.lock, en, [{ lang: 'ru', doc: ru, links: alignUnits(en, ru) }]);
    expect(back.rows.filter((r) => r.status === 'stale')).toHaveLength(1);
    expect(back.rows.filter((r) => r.status === 'current')).toHaveLength(12);
  });
});
