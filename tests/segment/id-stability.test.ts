import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { RELINK_THRESHOLD, type PreviousUnit } from '../../src/segment/assign-ids.js';
import { multisetDice } from '../../src/util/multiset-dice.js';
import { floresEnglish } from '../support/flores.js';

/** Real sentences as paragraphs; a tag tracks each paragraph's identity through the edits. */
const pool = floresEnglish().filter((s) => s.split(' ').length >= 8);

type Para = { tag: number; text: string; edited: boolean };
type Op = { kind: 'insert' | 'delete' | 'move' | 'edit'; at: number; to: number; word: number; fresh: number };

const op: fc.Arbitrary<Op> = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'move', 'edit'),
  at: fc.nat(),
  to: fc.nat(),
  word: fc.nat(),
  fresh: fc.nat({ max: pool.length - 1 }),
});

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** A paragraph like one already there (word Dice ≥ the relink threshold) is an edit of it, not a new one. */
const likeAny = (text: string, paras: readonly Para[]) => paras.some((p) => multisetDice(words(text), words(p.text)) >= RELINK_THRESHOLD);

function apply(paras: Para[], ops: Op[], firstNew: number): Para[] {
  const out = paras.map((p) => ({ ...p }));
  let next = firstNew;
  for (const o of ops) {
    if (out.length === 0 && o.kind !== 'insert') continue;
    const i = o.at % Math.max(out.length, 1);
    // Identical paragraphs are interchangeable, and a paragraph deleted while a similar one is
    // inserted is rightly an edit: an insert adds a paragraph unlike any in the document.
    if (o.kind === 'insert' && likeAny(pool[o.fresh] as string, [...paras, ...out])) continue;
    if (o.kind === 'insert') out.splice(o.at % (out.length + 1), 0, { tag: next++, text: pool[o.fresh] as string, edited: false });
    else if (o.kind === 'delete') out.splice(i, 1);
    else if (o.kind === 'move') out.splice(o.to % out.length, 0, ...out.splice(i, 1));
    else {
      const p = out[i] as Para;
      if (p.edited || p.tag >= firstNew) continue; // one light edit per original paragraph
      const words = p.text.split(' ');
      words[o.word % words.length] = 'zebra';
      p.text = words.join(' ');
      p.edited = true;
    }
  }
  return out;
}

const toMarkdown = (paras: Para[]) => `# Title\n\n${paras.map((p) => p.text).join('\n\n')}\n`;
const seg = (md: string, previous?: PreviousUnit[]) => segmentMarkdown(md, { file: 'doc.md', lang: 'en', ...(previous ? { previous } : {}) });

describe('unit IDs', () => {
  it('survive insertions, deletions, moves and one-word edits (with the previous units from a lock)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: pool.length - 40 }), fc.integer({ min: 3, max: 25 }), fc.array(op, { maxLength: 12 }), (offset, n, ops) => {
        const before: Para[] = pool.slice(offset, offset + n).map((text, tag) => ({ tag, text, edited: false }));
        const old = seg(toMarkdown(before));
        const idOf = new Map(before.map((p, i) => [p.tag, old.units[i + 1]!.id]));
        const after = apply(before, ops, 1000);
        const now = seg(
          toMarkdown(after),
          old.units.map((u) => ({ id: u.id, kind: u.kind, text: u.text })),
        );
        expect(now.units[0]!.id).toBe(old.units[0]!.id);
        after.forEach((p, i) => {
          const unit = now.units[i + 1]!;
          if (p.tag >= 1000) {
            expect([...idOf.values()]).not.toContain(unit.id);
            return;
          }
          expect(unit.id).toBe(idOf.get(p.tag));
          expect(unit.edited ?? false).toBe(p.edited);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('do not depend on position: without a lock, untouched units keep their IDs', () => {
    const paras = pool.slice(0, 10);
    const a = seg(toMarkdown(paras.map((text, tag) => ({ tag, text, edited: false }))));
    const moved = [paras[9]!, 'A brand new paragraph.', ...paras.slice(0, 4), ...paras.slice(5, 9)];
    const b = seg(toMarkdown(moved.map((text, tag) => ({ tag, text, edited: false }))));
    const ids = new Map(a.units.map((u) => [u.text, u.id]));
    for (const u of b.units) if (ids.has(u.text)) expect(u.id).toBe(ids.get(u.text));
    expect(new Set(b.units.map((u) => u.id)).size).toBe(b.units.length);
  });

  it('number repeated units so IDs are unique, and give sentences IDs under their unit', () => {
    const doc = seg('Same text.\n\nSame text.\n\nOther. Two sentences.\n');
    expect(doc.units.map((u) => u.id)).toEqual([doc.units[0]!.id, `${doc.units[0]!.id}-2`, doc.units[2]!.id]);
    expect(doc.units[2]!.sentences.map((s) => s.id.startsWith(`${doc.units[2]!.id}.`))).toEqual([true, true]);
  });
});
