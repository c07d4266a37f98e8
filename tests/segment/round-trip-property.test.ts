import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { reassemble } from '../../src/segment/reassemble.js';
import { escapeCodedText } from '../../src/segment/coded-text.js';
import { markdownDocument, replacementText } from '../support/markdown-arbitrary.js';

const seg = (source: string) => segmentMarkdown(source, { file: 'gen.md', lang: 'en' });

describe('write-back on generated Markdown (fast-check)', () => {
  // The identity never reaches the serialiser (unchanged units are not rewritten), so the same
  // texts are also forced through it: they must read back as the same units.
  it('segment then reassemble is the identity; re-serialising every unit yields the same units', () => {
    fc.assert(
      fc.property(markdownDocument, (source) => {
        const doc = seg(source);
        const own = new Map(doc.units.map((u) => [u.id, u.text]));
        expect(reassemble(source, doc, own)).toBe(source);
        const out = reassemble(source, doc, own, { force: true });
        const strip = (d: ReturnType<typeof seg>) => d.units.map((u) => [u.kind, u.path, u.text, u.codes.map((c) => c.kind)]);
        expect(strip(seg(out))).toEqual(strip(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('a translated unit reads back exactly; every other unit is unchanged', () => {
    fc.assert(
      fc.property(markdownDocument, fc.nat(), replacementText, (source, pick, plain) => {
        const doc = seg(source);
        fc.pre(doc.units.length > 0);
        const unit = doc.units[pick % doc.units.length]!;
        const codes = unit.codes.map((c) => (c.type === 'pc' ? `{${c.id}}${escapeCodedText(plain.split(' ')[0] ?? 'w')}{/${c.id}}` : `{${c.id}/}`)).join(' ');
        const takesCodes = !['frontmatter', 'alt', 'imageTitle'].includes(unit.kind);
        const text = takesCodes ? `${escapeCodedText(plain)} ${codes}`.trim() : escapeCodedText(plain);
        const after = seg(reassemble(source, doc, new Map([[unit.id, text]])));
        expect(after.units.length).toBe(doc.units.length);
        after.units.forEach((u, i) => {
          const before = doc.units[i]!;
          expect(u.path).toBe(before.path);
          expect(u.text.replace(/\s+/g, ' ')).toBe((u.path === unit.path ? text : before.text).replace(/\s+/g, ' '));
        });
      }),
      { numRuns: 300 },
    );
  });
});
