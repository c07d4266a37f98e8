// `diglot build` shows a reference image (`![alt][ref]`, `![ref][]`, `![ref]` with `[ref]: url "title"`)
// exactly like the inline image `![alt](url "title")`: located, copied into dist, shown as the same
// figure on the language page and in the parallel page (src/edition/resolve-image-references.ts).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { corporaRoot, repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const CORPUS = join(corporaRoot, 'md-12factor');
/** A real PNG from the build fixture. */
const PNG = join(repoRoot, 'tests', 'fixtures', 'build-basic', 'content', 'en', 'images', 'litvinov.png');
const LANGUAGES = ['en', 'de'] as const;
/**
 * Appended to each language's page: `a` inline and by a full reference (with a credit), `b` inline
 * and by a full reference, `c` only by collapsed and shortcut references (labels differ in case
 * and spacing from the definition), a missing and an outside image by reference, an undefined one.
 */
const IMAGES = `
![Map](images/a.png "AP")

![Map][Pic A]

![Plain](images/b.png)

![Plain][pic b]

![pic c][]

![PIC C]

![Gone][gone]

![Up][up]

See ![Undefined][nothing] here.

[pic a]: images/a.png "AP"
[Pic B]: images/b.png
[Pic   C]: images/c.png
[gone]: images/gone.png
[up]: ../../etc/passwd
`;

function parse(file: string): Root {
  return unified().use(rehypeParse).parse(readFileSync(file, 'utf8'));
}

function elements(tree: Nodes, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => void (node.tagName === tagName && found.push(node)));
  return found;
}

function textOf(node: Nodes): string {
  let text = '';
  visit(node, 'text', (t) => void (text += t.value));
  return text;
}

/** A figure as markup, without the sentence wrappers of the parallel page (`span.s`). */
function figureMarkup(figure: Element): string {
  const copy = structuredClone(figure);
  visit(copy, 'element', (node: Element, index, parent) => {
    if (!parent || index === undefined || node.tagName !== 'span' || !(node.properties['className'] as string[] | undefined)?.includes('s')) return;
    parent.children.splice(index, 1, ...node.children);
    return index;
  });
  return toHtml(copy);
}

function captionOf(figure: Element): string {
  const caption = elements(figure, 'span').find((s) => (s.properties['className'] as string[] | undefined)?.includes('figure-caption'));
  return caption ? textOf(caption) : '';
}

/** The figures of a page (or of one language's cells of the parallel page), by their `img` alt or caption. */
function figuresOf(tree: Nodes): Element[] {
  return elements(tree, 'figure');
}

function cells(tree: Root, lang: string): Root {
  const found = elements(tree, 'div').filter((d) => (d.properties['className'] as string[] | undefined)?.includes('cell') && d.properties['lang'] === lang);
  return { type: 'root', children: found };
}

describe('build: reference images are shown like inline images', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-reference-images-'));
  let stderr = '';

  beforeAll(async () => {
    writeFileSync(join(dir, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [de]\n');
    for (const lang of LANGUAGES) {
      mkdirSync(join(dir, 'content', lang, 'images'), { recursive: true });
      const page = readFileSync(join(CORPUS, lang, 'codebase.md'), 'utf8');
      writeFileSync(join(dir, 'content', lang, 'codebase.md'), `${page.trimEnd()}\n${IMAGES}`);
      for (const name of ['a', 'b', 'c']) copyFileSync(PNG, join(dir, 'content', lang, 'images', `${name}.png`));
    }
    const result = await runCli(['build'], dir);
    expect(result.code, result.stderr).toBe(0);
    stderr = result.stderr;
  });

  it('copies every present image a page shows, also one used only by reference', () => {
    for (const lang of LANGUAGES) {
      for (const name of ['a', 'b', 'c']) expect(readFileSync(join(dir, 'dist', lang, 'images', `${name}.png`))).toEqual(readFileSync(PNG));
      expect(existsSync(join(dir, 'dist', lang, 'images', 'gone.png'))).toBe(false);
    }
  });

  it('shows the same figure for the inline and the reference form on each language page', () => {
    for (const lang of LANGUAGES) {
      const figures = figuresOf(parse(join(dir, 'dist', lang, 'codebase.html'))).map(figureMarkup);
      const map = figures.filter((f) => f.includes('alt="Map"'));
      const plain = figures.filter((f) => f.includes('alt="Plain"'));
      expect(map).toHaveLength(2);
      expect(map[1]).toBe(map[0]);
      expect(map[0]).toContain('src="images/a.png"');
      expect(plain).toHaveLength(2);
      expect(plain[1]).toBe(plain[0]);
      // Collapsed and shortcut references: the figure of the inline form with their alt and file.
      for (const alt of ['pic c', 'PIC C']) expect(figures).toContain((plain[0] as string).replaceAll('Plain', alt).replace('images/b.png', 'images/c.png'));
      // A missing or outside image by reference keeps its caption, as an inline one does.
      const missing = figuresOf(parse(join(dir, 'dist', lang, 'codebase.html')))
        .filter((f) => (f.properties['className'] as string[]).includes('figure-missing'))
        .map(textOf);
      // The 12factor page's own diagram (an absolute path), then the two references.
      expect(missing.slice(1)).toEqual(['Gone', 'Up']);
      expect(missing).toHaveLength(3);
    }
  });

  it('shows the same figures in the parallel page, with images leading into each language folder', () => {
    const parallel = parse(join(dir, 'dist', 'codebase.parallel.html'));
    for (const lang of LANGUAGES) {
      const figures = figuresOf(cells(parallel, lang)).map(figureMarkup);
      const page = figuresOf(parse(join(dir, 'dist', lang, 'codebase.html')));
      const plain = figures.filter((f) => f.includes('alt="Plain"'));
      expect(plain).toHaveLength(2);
      expect(plain[1]).toBe(plain[0]);
      // The reference figures are the language page's, their images led from the parallel page.
      const fromPage = (f: string): string => f.replace(/src="images\//, `src="${lang}/images/`);
      for (const alt of ['Map', 'Plain', 'pic c', 'PIC C', 'Gone', 'Up'])
        expect(figures, alt).toContain(fromPage(figureMarkup(page.filter((f) => captionOf(f) === alt).at(-1) as Element)));
    }
  });

  it('reports a missing or outside reference image once per language, and leaves an undefined reference as text', () => {
    for (const lang of LANGUAGES) {
      expect(stderr.split('\n').filter((l) => l.includes(`image-missing (${lang})`) && l.includes('`images/gone.png`'))).toHaveLength(1);
      expect(stderr.split('\n').filter((l) => l.includes(`image-outside (${lang})`) && l.includes('`../../etc/passwd`'))).toHaveLength(1);
      const page = parse(join(dir, 'dist', lang, 'codebase.html'));
      expect(elements(page, 'p').map(textOf)).toContain('See ![Undefined][nothing] here.');
      expect(elements(page, 'img').map((i) => i.properties['alt'])).not.toContain('Undefined');
      const cell = cells(parse(join(dir, 'dist', 'codebase.parallel.html')), lang);
      expect(elements(cell, 'p').map(textOf)).toContain('See ![Undefined][nothing] here.');
    }
  });
});
