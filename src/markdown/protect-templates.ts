import type { Root } from 'mdast';
import type { Node } from 'unist';
import { InputError } from '../errors.js';
import { LineIndex } from '../util/line-index.js';
import type { TemplateTag } from './template-tag-node.js';

/*
 * Template tags are opaque to Markdown, as they are to the site generators that expand them
 * before Markdown is read (Jekyll, GitBook, Hugo): each tag is masked with characters of the
 * same length that Markdown reads as plain text (Unicode noncharacters, which no document
 * holds), the masked text is parsed, and every mask is turned back into the tag — a
 * `templateTag` node in text, the tag's own text in literal values (code, HTML, URLs). Masks
 * keep the tag's line breaks, so every position in the tree is a position in the source.
 */

const MARK = 0xfdd0;
const FILL = '\ufdd1';
/** Digits of a tag's number in its mask: 30 noncharacters, 4 digits (a tag is at least 5 characters). */
const DIGIT = 0xfdd2;
const BASE = 30;
const DIGITS = 4;
const MIN_TAG = DIGITS + 1;
const NONCHARACTERS = /[\ufdd0-\ufdef]/;
const MASK = /\ufdd0([\ufdd2-\ufdef]{4})(?:[\r\n]*\ufdd1)*/g;

interface Tag {
  start: number;
  end: number;
  text: string;
}

/**
 * Parse `source` with `parse`, template tags (matches of `matcher`) kept as `templateTag`
 * nodes in inline content and as written in literal values, with exact positions.
 *
 * @param source the Markdown text
 * @param matcher a global regular expression matching the tags (see templateMatcher)
 * @param parse the Markdown parser
 * @param file names the document in errors
 * @throws InputError when the document holds a Unicode noncharacter U+FDD0–U+FDEF next to template tags
 * @example parseProtectingTemplates('{% hint %}', /\{%.*?%\}/g, parseWhole).children[0] // paragraph with a templateTag
 */
export function parseProtectingTemplates(source: string, matcher: RegExp, parse: (text: string) => Root, file: string): Root {
  const tags = findTags(source, matcher);
  if (tags.length === 0) return parse(source);
  const bad = NONCHARACTERS.exec(source);
  if (bad) {
    const point = new LineIndex(source).point(bad.index);
    throw new InputError(
      'Cannot protect template tags in a document holding a Unicode noncharacter',
      { file, line: point.line, column: point.column },
      {
        expected: 'text without U+FDD0–U+FDEF',
        actual: `U+${bad[0].charCodeAt(0).toString(16).toUpperCase()}`,
      },
    );
  }
  const tree = parse(mask(source, tags));
  restore(tree, tags, new LineIndex(source));
  return tree;
}

/** The tags of `source`: non-empty, at least {@link MIN_TAG} characters, not overlapping, not escaped. */
function findTags(source: string, matcher: RegExp): Tag[] {
  const tags: Tag[] = [];
  const limit = BASE ** DIGITS;
  matcher.lastIndex = 0;
  for (let m = matcher.exec(source); m; m = matcher.exec(source)) {
    if (m[0].length === 0) {
      matcher.lastIndex++;
      continue;
    }
    // `\{{ x }}`: a backslash before the tag says the author means the braces as text.
    if (escaped(source, m.index)) {
      matcher.lastIndex = m.index + 1;
      continue;
    }
    // A line break among the first characters would be lost to the mask's number: such a tag stays text.
    if (m[0].length < MIN_TAG || /^\s|\s$/.test(m[0]) || /[\r\n]/.test(m[0].slice(0, MIN_TAG)) || tags.length >= limit) continue;
    tags.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return tags;
}

/** True when the character at `index` is escaped by an odd number of backslashes before it. */
function escaped(source: string, index: number): boolean {
  let n = 0;
  while (index - n - 1 >= 0 && source[index - n - 1] === '\\') n++;
  return n % 2 === 1;
}

function mask(source: string, tags: readonly Tag[]): string {
  const parts: string[] = [];
  let last = 0;
  tags.forEach((tag, n) => {
    parts.push(source.slice(last, tag.start));
    let digits = '';
    for (let k = 0, rest = n; k < DIGITS; k++, rest = Math.floor(rest / BASE)) digits = String.fromCharCode(DIGIT + (rest % BASE)) + digits;
    const body = tag.text.slice(MIN_TAG).replace(/[^\r\n]/g, FILL);
    // Line breaks of a tag stay line breaks; whatever else its first characters are, the mark and number replace them.
    parts.push(String.fromCharCode(MARK) + digits + body);
    last = tag.end;
  });
  parts.push(source.slice(last));
  return parts.join('');
}

function tagNumber(digits: string): number {
  let n = 0;
  for (const d of digits) n = n * BASE + (d.charCodeAt(0) - DIGIT);
  return n;
}

/** Put the tags back: text nodes split around them, literal values given their text again. */
function restore(tree: Root, tags: readonly Tag[], lines: LineIndex): void {
  const stack: Node[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const record = node as unknown as Record<string, unknown>;
    const children = record.children as Node[] | undefined;
    if (children) {
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i] as Node;
        if (child.type === 'text' && (child as unknown as { value: string }).value.includes(String.fromCharCode(MARK))) {
          children.splice(i, 1, ...splitText(child as unknown as { value: string; position?: Node['position'] }, tags, lines));
        } else stack.push(child);
      }
    }
    for (const [key, value] of Object.entries(record)) {
      if (key !== 'type' && typeof value === 'string' && value.includes(String.fromCharCode(MARK))) record[key] = unmask(value, tags);
    }
  }
}

function unmask(value: string, tags: readonly Tag[]): string {
  return value.replace(MASK, (_, digits: string) => tags[tagNumber(digits)]?.text ?? '');
}

/** A text node holding masks, as text nodes and template tags with their places in the source. */
function splitText(node: { value: string; position?: Node['position'] }, tags: readonly Tag[], lines: LineIndex): Node[] {
  const out: Node[] = [];
  const value = node.value;
  let last = 0;
  let from = node.position?.start.offset;
  MASK.lastIndex = 0;
  for (let m = MASK.exec(value); m; m = MASK.exec(value)) {
    const tag = tags[tagNumber(m[1] as string)] as Tag;
    if (m.index > last) out.push(textNode(value.slice(last, m.index), from, tag.start, lines));
    const templateTag: TemplateTag = { type: 'templateTag', value: tag.text, position: { start: lines.point(tag.start), end: lines.point(tag.end) } };
    out.push(templateTag);
    last = m.index + m[0].length;
    from = tag.end;
  }
  if (last < value.length) out.push(textNode(value.slice(last), from, node.position?.end.offset, lines));
  return out;
}

function textNode(value: string, start: number | undefined, end: number | undefined, lines: LineIndex): Node {
  const node = { type: 'text', value } as Node & { value: string };
  if (start !== undefined && end !== undefined) node.position = { start: lines.point(start), end: lines.point(end) };
  return node;
}
