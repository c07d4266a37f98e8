import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { markdownProcessor, parseMarkdown, reassemble, segmentMarkdown } from '../../src/index.js';
import { stripCodes } from '../../src/segment/coded-text.js';
import { inlineToMarkdown } from '../../src/segment/inline-to-markdown.js';
import type { MarkdownSyntax } from '../../src/markdown/markdown-syntax.js';
import { corporaRoot, markdownFiles, repoRoot } from '../support/paths.js';
import { specExamples } from '../support/spec-examples.js';

const NO_TEMPLATES: MarkdownSyntax = { templates: [], templatePatterns: [], mdxTranslatableAttributes: [] };
const SPECS = ['commonmark-spec.txt', 'gfm-spec.txt', 'gfm-extensions.txt'].map((f) => join('/work/shared/specs', f));

/** A tree without positions, to compare trees parsed from the same text. */
function bare(node: Nodes): unknown {
  const { position: _position, ...rest } = node as Nodes & { children?: Nodes[] };
  return 'children' in rest && Array.isArray(rest.children) ? { ...rest, children: rest.children.map(bare) } : rest;
}

describe("diglot's one Markdown processor", () => {
  it('is what reads documents: parseMarkdown gives its trees (corpora, content, MDX)', () => {
    const files = [
      ...markdownFiles(join(repoRoot, 'content', 'en')),
      ...markdownFiles(join(corporaRoot, 'md-12factor', 'en')),
      ...markdownFiles(join(corporaRoot, 'md-opensource-guide', 'ru')).slice(0, 4),
    ];
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const processor = markdownProcessor({ frontmatter: source.startsWith('---') });
      expect(bare(parseMarkdown(source, { file, syntax: NO_TEMPLATES, chunkSize: 0 })), file).toEqual(bare(processor.parse(source)));
    }
    const mdx = join(repoRoot, 'tests/fixtures/mdx-docs/content/en/getting-started.mdx');
    const source = readFileSync(mdx, 'utf8');
    expect(bare(parseMarkdown(source, { file: mdx }))).toEqual(bare(markdownProcessor({ mdx: true }).parse(source)));
    expect(files.length).toBeGreaterThan(10);
  });

  it("is what writes units back: a unit without codes is written as the processor's remark-stringify writes its text (every spec example, three rewrites)", () => {
    const rewrites = [(t: string) => t, (t: string) => `${t} * _ # | [x] < & \` ~ 1. + ! \\`, (t: string) => `-- ${t.replace(/ /g, '\n= ')}`];
    const writer = markdownProcessor();
    let compared = 0;
    for (const spec of SPECS) {
      for (const example of specExamples(spec)) {
        const doc = segmentMarkdown(example.markdown, { file: 'spec.md', lang: 'en' });
        for (const unit of doc.units) {
          if (unit.codes.length > 0 || !['paragraph', 'listItem', 'blockquote', 'footnote', 'tableCell'].includes(unit.kind)) continue;
          // A line ending in a table cell is write-back's own: a character reference keeps the cell on its line.
          for (const rewrite of unit.kind === 'tableCell' ? rewrites.slice(0, 2) : rewrites) {
            const text = rewrite(stripCodes(unit.text)).replace(/[{}]/g, '');
            const children: PhrasingContent[] = [{ type: 'text', value: text }];
            const node = unit.kind === 'tableCell' ? { type: 'tableCell', children } : { type: 'paragraph', children };
            const want = writer.stringify(node as never).replace(/\n$/, '');
            expect(inlineToMarkdown(unit, text, 'spec.md'), `${spec}#${example.number}`).toBe(want);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('writes a target created from nothing: every unit of a real document translated reads back through the processor', () => {
    const file = join(
      corporaRoot,
      'md-12factor',
      'en',
      markdownFiles(join(corporaRoot, 'md-12factor', 'en'))[0]!
        .split('/')
        .pop()!,
    );
    const source = readFileSync(file, 'utf8');
    const doc = segmentMarkdown(source, { file, lang: 'en' });
    const translated = new Map(doc.units.map((u) => [u.id, `Перевод: ${u.text}`]));
    const written = reassemble(source, doc, translated);
    const back = segmentMarkdown(written, { file, lang: 'ru' });
    expect(back.units.map((u) => [u.kind, u.path, u.text.replace(/\s+/g, ' ')])).toEqual(
      doc.units.map((u) => [u.kind, u.path, (translated.get(u.id) as string).replace(/\s+/g, ' ')]),
    );
    expect(
      markdownProcessor({ frontmatter: true })
        .parse(written)
        .children.map((c) => c.type),
    ).toEqual(
      markdownProcessor({ frontmatter: true })
        .parse(source)
        .children.map((c) => c.type),
    );
  });

  it('writes units of an .mdx file with the MDX processor: braces and angle brackets in a translation read back as text', () => {
    for (const lang of ['en', 'ru']) {
      const file = join(repoRoot, `tests/fixtures/mdx-docs/content/${lang}/getting-started.mdx`);
      const source = readFileSync(file, 'utf8');
      const doc = segmentMarkdown(source, { file, lang });
      const prose = doc.units.filter((u) => u.kind === 'paragraph' || u.kind === 'listItem');
      expect(prose.length).toBeGreaterThan(3);
      // `{{` is a literal `{` in coded text; MDX would read a bare `{` as an expression and `< b` as a broken tag.
      const translated = new Map(prose.map((u) => [u.id, `${u.text} {{x} a < b <c>`]));
      const written = reassemble(source, doc, translated);
      const back = segmentMarkdown(written, { file, lang });
      const byPath = new Map(back.units.map((u) => [u.path, u.text]));
      for (const unit of prose) expect(byPath.get(unit.path), unit.path).toBe(translated.get(unit.id));
    }
  });
});
