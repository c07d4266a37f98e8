import { InputError } from '../../errors.js';
import type { XmlAttribute, XmlElement, XmlNode } from './xml-tree.js';
import { parseDoctype } from './parse-doctype.js';
import { oneLine } from '../one-line.js';

/** Limits of the parser. */
export interface ParseXmlOptions {
  /** File name used in error messages. */
  file: string;
  /** Most characters all entity references of the document may expand to (default 100 000). */
  maxEntityExpansion?: number;
  /** Deepest element nesting accepted (default {@link MAX_XML_DEPTH}). */
  maxDepth?: number;
}

/** Deepest element nesting accepted by default: XLIFF needs a few dozen levels at most. */
export const MAX_XML_DEPTH = 1000;

/** A parsed document: its root element and internal entities (already expanded in the tree). */
export interface XmlDocument {
  root: XmlElement;
}

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
const NAME = /[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_.:\u00B7\u00C0-\uFFFF]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };
// eslint-disable-next-line no-control-regex
const INVALID_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * Parse XML safely: no external entities or DTDs are ever loaded (a DOCTYPE declaring an
 * external or parameter entity is refused), internal entities expand within a bound (so
 * "billion laughs" is refused), namespaces are resolved, and every error carries line:column.
 *
 * @param text the XML text (a leading byte-order mark is ignored)
 * @param options the file name for messages and the entity expansion bound
 * @returns the root element
 * @throws InputError `Malformed XML: …` with file:line:column
 * @example parseXml('<a x="1">hi</a>', { file: 'a.xml' }).root.children[0] // { type: 'text', value: 'hi' }
 */
export function parseXml(text: string, options: ParseXmlOptions): XmlDocument {
  return new Parser(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), options).parse();
}

class Parser {
  private pos = 0;
  private entities = new Map<string, string>();
  private expanded = 0;
  private readonly limit: number;
  private readonly maxDepth: number;
  private lineStarts: number[] | undefined;

  constructor(
    private readonly src: string,
    private readonly options: ParseXmlOptions,
  ) {
    this.limit = options.maxEntityExpansion ?? 100_000;
    this.maxDepth = options.maxDepth ?? MAX_XML_DEPTH;
  }

  parse(): XmlDocument {
    const bad = INVALID_CHAR.exec(this.src);
    if (bad) this.fail(`Unexpected character \`U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}\`, expected XML 1.0 characters`, bad.index);
    if (this.src.startsWith('<?xml')) this.skipPi();
    this.misc();
    if (this.src.startsWith('<!DOCTYPE', this.pos)) {
      const doctype = parseDoctype(this.src, this.pos, (message, at) => this.fail(message, at));
      this.entities = doctype.entities;
      this.pos = doctype.end;
      this.misc();
    }
    if (this.src[this.pos] !== '<')
      this.fail(
        this.pos >= this.src.length ? 'Unexpected end of file, expected a root element' : `Unexpected \`${this.src[this.pos]}\`, expected a root element`,
      );
    const root = this.element(new Map([['xml', XML_NS]]));
    this.misc();
    if (this.pos < this.src.length)
      this.fail(`Unexpected \`${this.src.slice(this.pos, this.pos + 10)}\` after the root element, expected the end of the document`);
    return { root };
  }

  /** Comments, processing instructions and white space outside the root. */
  private misc(): void {
    for (;;) {
      while (/\s/.test(this.src[this.pos] ?? '')) this.pos++;
      if (this.src.startsWith('<!--', this.pos)) this.skipComment();
      else if (this.src.startsWith('<?', this.pos)) this.skipPi();
      else return;
    }
  }

  private skipComment(): void {
    const end = this.src.indexOf('-->', this.pos + 4);
    if (end < 0) this.fail('Unexpected end of file in a comment, expected `-->`');
    this.pos = end + 3;
  }

  private skipPi(): void {
    const end = this.src.indexOf('?>', this.pos + 2);
    if (end < 0) this.fail('Unexpected end of file in a processing instruction, expected `?>`');
    this.pos = end + 2;
  }

  private name(): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.src);
    if (!m) this.fail(`Unexpected \`${this.src[this.pos] ?? 'end of file'}\`, expected a name`);
    this.pos += m[0].length;
    return m[0];
  }

  private element(parentScope: Map<string, string>): XmlElement {
    // Iterative over nesting depth: a stack of open elements.
    const stack: Array<{ el: XmlElement; scope: Map<string, string> }> = [];
    let root: XmlElement | undefined;
    let scope = parentScope;
    for (;;) {
      if (this.src.startsWith('</', this.pos)) {
        const at = this.pos;
        this.pos += 2;
        const name = this.name();
        this.skipSpace();
        this.expect('>');
        const open = stack.pop();
        if (!open || open.el.name !== name) this.fail(`Unexpected closing tag \`</${name}>\`, expected \`</${open?.el.name ?? ''}>\``, at);
        scope = stack.at(-1)?.scope ?? parentScope;
        if (stack.length === 0) return root as XmlElement;
      } else if (this.src.startsWith('<!--', this.pos)) {
        this.skipComment();
      } else if (this.src.startsWith('<![CDATA[', this.pos)) {
        const end = this.src.indexOf(']]>', this.pos);
        if (end < 0) this.fail('Unexpected end of file in CDATA, expected `]]>`');
        this.pushText(stack, this.src.slice(this.pos + 9, end));
        this.pos = end + 3;
      } else if (this.src.startsWith('<?', this.pos)) {
        this.skipPi();
      } else if (this.src[this.pos] === '<') {
        const tagAt = this.pos;
        const { el, selfClosing, elScope } = this.startTag(scope);
        const parent = stack.at(-1);
        if (parent) parent.el.children.push(el);
        else root = el;
        if (selfClosing) {
          if (!parent) return el;
        } else {
          // Bounded so that readers of the tree may recurse over it.
          if (stack.length >= this.maxDepth)
            this.fail(`Unexpected nesting deeper than ${this.maxDepth} elements at \`<${el.name}>\`, expected at most ${this.maxDepth}`, tagAt);
          stack.push({ el, scope: elScope });
          scope = elScope;
        }
      } else if (this.pos >= this.src.length) {
        this.fail(`Unexpected end of file, expected \`</${stack.at(-1)?.el.name ?? ''}>\``);
      } else {
        const next = this.src.indexOf('<', this.pos);
        const end = next < 0 ? this.src.length : next;
        const raw = this.src.slice(this.pos, end);
        const cdataEnd = raw.indexOf(']]>');
        if (cdataEnd >= 0) this.fail('Unexpected `]]>` in text, expected `]]&gt;`', this.pos + cdataEnd);
        this.pushText(stack, this.decode(raw, this.pos));
        this.pos = end;
      }
    }
  }

  private pushText(stack: Array<{ el: XmlElement }>, value: string): void {
    const parent = stack.at(-1)?.el;
    if (!parent || value === '') return;
    const last = parent.children.at(-1);
    if (last?.type === 'text') last.value += value;
    else parent.children.push({ type: 'text', value });
  }

  private startTag(scope: Map<string, string>): { el: XmlElement; selfClosing: boolean; elScope: Map<string, string> } {
    const at = this.pos;
    this.pos++;
    const name = this.name();
    const raw: Array<{ name: string; value: string; at: number }> = [];
    const names = new Set<string>();
    for (;;) {
      const hadSpace = this.skipSpace();
      if (this.src.startsWith('/>', this.pos) || this.src[this.pos] === '>') break;
      if (!hadSpace) this.fail(`Unexpected \`${this.src[this.pos] ?? 'end of file'}\`, expected white space, \`>\` or \`/>\``);
      const attrAt = this.pos;
      const attrName = this.name();
      this.skipSpace();
      this.expect('=');
      this.skipSpace();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`Unexpected \`${quote ?? 'end of file'}\`, expected a quoted attribute value`);
      const end = this.src.indexOf(quote, this.pos + 1);
      if (end < 0) this.fail('Unexpected end of file in an attribute value');
      const rawValue = this.src.slice(this.pos + 1, end);
      const lt = rawValue.indexOf('<');
      if (lt >= 0) this.fail('Unexpected `<` in an attribute value, expected `&lt;`', this.pos + 1 + lt);
      if (names.has(attrName)) this.fail(`Unexpected duplicate attribute \`${attrName}\``, attrAt);
      names.add(attrName);
      raw.push({ name: attrName, value: this.decode(rawValue.replace(/[\t\n]/g, ' '), this.pos + 1), at: attrAt });
      this.pos = end + 1;
    }
    const selfClosing = this.src[this.pos] === '/';
    this.pos += selfClosing ? 2 : 1;
    let elScope = scope;
    for (const a of raw) {
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) {
        if (elScope === scope) elScope = new Map(scope);
        elScope.set(a.name === 'xmlns' ? '' : a.name.slice(6), a.value);
      }
    }
    const { line, column } = this.place(at);
    const [prefix, local] = split(name);
    const ns = this.resolve(elScope, prefix, at, true);
    const attributes: XmlAttribute[] = raw.map((a) => {
      const [p, l] = split(a.name);
      const attrNs = a.name === 'xmlns' || p === 'xmlns' ? XMLNS_NS : p ? this.resolve(elScope, p, a.at, false) : '';
      return { name: a.name, local: l, ns: attrNs, value: a.value };
    });
    return { el: { type: 'element', name, local, ns, attributes, children: [], line, column }, selfClosing, elScope };
  }

  private resolve(scope: Map<string, string>, prefix: string, at: number, element: boolean): string {
    const ns = scope.get(prefix);
    if (ns === undefined) {
      if (!prefix) return '';
      this.fail(`Unexpected prefix \`${prefix}\` without a namespace declaration, expected \`xmlns:${prefix}="…"\``, at);
    }
    return element || prefix ? ns : '';
  }

  /** Expand character and entity references. */
  private decode(raw: string, at: number, depth = 0): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;&\s]*);?/g, (whole, ref: string, offset: number) => {
      if (!whole.endsWith(';')) this.fail('Unexpected `&`, expected a reference like `&amp;`', at + offset);
      if (ref.startsWith('#')) {
        const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
        if (!Number.isFinite(code) || code > 0x10ffff || !/^#(x[0-9a-fA-F]+|[0-9]+)$/.test(ref))
          this.fail(`Unexpected character reference \`&${ref};\``, at + offset);
        const char = String.fromCodePoint(code);
        if (INVALID_CHAR.test(char) || (code >= 0xd800 && code <= 0xdfff))
          this.fail(`Unexpected character reference \`&${ref};\` to a character XML 1.0 forbids`, at + offset);
        return char;
      }
      const predefined = PREDEFINED[ref];
      if (predefined !== undefined) return predefined;
      const value = this.entities.get(ref);
      if (value === undefined)
        this.fail(`Unexpected entity \`&${ref};\`, expected a declared entity or \`&amp;\`, \`&lt;\`, \`&gt;\`, \`&quot;\`, \`&apos;\``, at + offset);
      if (depth > 16) this.fail(`Unexpected entity nesting deeper than 16 levels at \`&${ref};\``, at + offset);
      const out = this.decode(value, at + offset, depth + 1);
      this.expanded += out.length;
      if (this.expanded > this.limit) {
        this.fail(
          `Unexpected entity expansion beyond ${this.limit} characters at \`&${ref};\` (an entity bomb?), expected small internal entities`,
          at + offset,
        );
      }
      return out;
    });
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (/\s/.test(this.src[this.pos] ?? '')) this.pos++;
    return this.pos > start;
  }

  private expect(char: string): void {
    if (this.src[this.pos] !== char) this.fail(`Unexpected \`${this.src[this.pos] ?? 'end of file'}\`, expected \`${char}\``);
    this.pos++;
  }

  private place(offset: number): { line: number; column: number } {
    this.lineStarts ??= [0, ...[...this.src.matchAll(/\n/g)].map((m) => m.index + 1)];
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.lineStarts[lo] as number) + 1 };
  }

  private fail(message: string, at = this.pos): never {
    throw new InputError(`Malformed XML: ${oneLine(message)}`, { file: this.options.file, ...this.place(Math.min(at, this.src.length)) });
  }
}

function split(name: string): [string, string] {
  const colon = name.indexOf(':');
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
}

export type { XmlNode };
