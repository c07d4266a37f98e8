import { describe, expect, it } from 'vitest';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { reassemble } from '../../src/segment/reassemble.js';

const seg = (source: string) => segmentMarkdown(source, { file: 'a.md', lang: 'en' });

/** Write every unit's text through `rewrite` (forced through the serialiser) and read the result back. */
function writeBack(source: string, rewrite: (text: string) => string) {
  const doc = seg(source);
  const out = reassemble(source, doc, new Map(doc.units.map((u) => [u.id, rewrite(u.text)])), { force: true });
  return { out, texts: seg(out).units.map((u) => u.text) };
}

describe('write-back of the constructs the specs caught', () => {
  it('a translated shortcut or collapsed reference names its label as written', () => {
    const source = '[Foo] and [*Bar*][].\n\n[foo]: /f\n[*bar*]: /b\n';
    const { out, texts } = writeBack(source, () => '{1}Фу{/1} и {2}{3}Бар{/3}{/2}.');
    expect(out).toBe('[Фу][Foo] и [*Бар*][*Bar*].\n\n[foo]: /f\n[*bar*]: /b\n');
    expect(texts).toEqual(['{1}Фу{/1} и {2}{3}Бар{/3}{/2}.']);
  });

  it('a reference whose text is unchanged keeps its bytes (no escape added to its label)', () => {
    const source = '[foo*]: /url\n\n*[foo*] x\n';
    expect(writeBack(source, (t) => t).out).toBe('[foo*]: /url\n\n\\*[foo*] x\n');
  });

  it('a multi-line setext heading keeps its lines and its underline', () => {
    expect(writeBack('Foo *bar\nbaz*\n====\n', (t) => `Ж ${t}`).out).toBe('Ж Foo *bar\nbaz*\n====\n');
    expect(writeBack('> Foo\n> bar\n> ---\n', () => 'a\n---\nb').out).toBe('> a\n> \\---\n> b\n> ---\n');
  });

  it('a setext heading keeps an escaped block marker at its start', () => {
    expect(writeBack('\\> foo\n------\n', (t) => t).out).toBe('\\> foo\n------\n');
  });

  it('any heading text reads back: a trailing backslash, a line break, an underline-like line', () => {
    expect(writeBack('# Foo\n', () => 'a\\').texts).toEqual(['a\\']);
    expect(writeBack('# Foo\n', () => 'a\nb')).toEqual({ out: '# a&#10;b\n', texts: ['a\nb'] });
    expect(writeBack('Foo\n---\n', () => 'a\\').texts).toEqual(['a\\']);
    expect(writeBack('Foo\n===\n', () => 'x\n===').texts).toEqual(['x\n===']);
  });

  it('a line break in a table cell reads back on one line', () => {
    expect(writeBack('| a |\n|---|\n| b |\n', () => 'x\ny|z')).toEqual({ out: '| x&#10;y\\|z |\n|---|\n| x&#10;y\\|z |\n', texts: ['x\ny|z', 'x\ny|z'] });
  });
});
