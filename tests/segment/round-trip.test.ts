import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { reassemble } from '../../src/segment/reassemble.js';
import { repoRoot, realMarkdownFiles } from '../support/paths.js';

const files = realMarkdownFiles();

function shape(source: string, file: string) {
  return segmentMarkdown(source, { file, lang: 'en' }).units.map((u) => ({
    kind: u.kind,
    path: u.path,
    text: u.text,
    codes: u.codes.map((c) => [c.kind, c.type, c.value]),
  }));
}

describe('write-back on real Markdown', () => {
  it('covers content/ and both Markdown corpora in both languages', () => {
    const names = files.map((f) => relative(repoRoot, f));
    expect(names.some((n) => n.startsWith('content/en/'))).toBe(true);
    expect(names.filter((n) => n.includes('md-12factor')).length).toBe(32);
    expect(names.filter((n) => n.includes('md-opensource-guide')).length).toBe(24);
  });

  // With no new text, write-back leaves the document alone by design: untranslated bytes stay.
  // That alone never reaches the serialiser, so the same texts are also forced through it.
  it.each(files.map((f) => [relative(repoRoot, f), f]))(
    '%s: segment then reassemble is byte-identical; re-serialising every unit keeps every unit',
    (_name, file) => {
      const source = readFileSync(file, 'utf8');
      const doc = segmentMarkdown(source, { file, lang: 'en' });
      expect(doc.units.length).toBeGreaterThan(0);
      const own = new Map(doc.units.map((u) => [u.id, u.text]));
      expect(reassemble(source, doc, own)).toBe(source);
      const rewritten = reassemble(source, doc, own, { force: true });
      expect(shape(rewritten, file)).toEqual(shape(source, file));
      // Every byte outside the units' spans is untouched, even when every unit is rewritten.
      const after = segmentMarkdown(rewritten, { file, lang: 'en' }).units;
      const gaps = (text: string, units: typeof after) =>
        units.map((u, i) => text.slice(i === 0 ? 0 : units[i - 1]!.end.offset, u.start.offset)).concat(text.slice(units.at(-1)!.end.offset));
      expect(gaps(rewritten, after)).toEqual(gaps(source, doc.units));
    },
  );
});

describe('write-back of a translation', () => {
  const file = files.find((f) => f.includes('content/en/')) as string;
  const source = readFileSync(file, 'utf8');
  const doc = segmentMarkdown(source, { file, lang: 'en' });

  it('changes only the bytes of the translated unit, and restores its codes', () => {
    const unit = doc.units.find((u) => u.codes.some((c) => c.kind === 'strong') && u.codes.some((c) => c.kind === 'footnoteReference'));
    expect(unit).toBeDefined();
    const u = unit!;
    const strong = u.codes.find((c) => c.kind === 'strong')!;
    const ref = u.codes.find((c) => c.kind === 'footnoteReference')!;
    const others = u.codes
      .filter((c) => c !== strong && c !== ref)
      .map((c) => (c.type === 'pc' ? `{${c.id}}x{/${c.id}}` : `{${c.id}/}`))
      .join('');
    const text = `{${strong.id}}Долги России.{/${strong.id}} Сумма — 150 млн долларов *со звёздочкой*${others}{${ref.id}/}.`;
    const out = reassemble(source, doc, new Map([[u.id, text]]));
    expect(out.slice(0, u.start.offset)).toBe(source.slice(0, u.start.offset));
    expect(out.slice(out.length - (source.length - u.end.offset))).toBe(source.slice(u.end.offset));
    const again = segmentMarkdown(out, { file, lang: 'ru' }).units.find((x) => x.path === u.path)!;
    expect(again.text).toBe(text);
    expect(out).toContain('**Долги России.** Сумма — 150 млн долларов \\*со звёздочкой\\*');
  });

  it('refuses a translation that lost a code, naming the unit', () => {
    const u = doc.units.find((x) => x.codes.some((c) => c.kind === 'footnoteReference'))!;
    expect(() => reassemble(source, doc, new Map([[u.id, 'Без сноски.']]))).toThrowError(new RegExp(`${u.id}.*missing`));
  });

  it('writes front matter as valid YAML in the original quoting style', () => {
    const title = doc.units.find((x) => x.path === 'frontmatter/title')!;
    const out = reassemble(source, doc, new Map([[title.id, 'Годовщина: «позднего» признания "США"']]));
    const again = segmentMarkdown(out, { file, lang: 'ru' }).units.find((x) => x.path === 'frontmatter/title')!;
    expect(again.text).toBe('Годовщина: «позднего» признания "США"');
  });

  it('writes figure captions and credits back into the image', () => {
    const alt = doc.units.find((x) => x.kind === 'alt')!;
    const credit = doc.units.find((x) => x.kind === 'imageTitle')!;
    const out = reassemble(
      source,
      doc,
      new Map([
        [alt.id, 'Франклин [Рузвельт]'],
        [credit.id, 'Фото "Яд Вашем"'],
      ]),
    );
    const units = segmentMarkdown(out, { file, lang: 'ru' }).units;
    expect(units.find((x) => x.path === alt.path)?.text).toBe('Франклин [Рузвельт]');
    expect(units.find((x) => x.path === credit.path)?.text).toBe('Фото "Яд Вашем"');
  });
});
