import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';

/**
 * Parse a large Markdown document in chunks cut at top-level block boundaries.
 *
 * micromark is superlinear on one large document; chunks keep it linear. A cut is made only
 * before a line that starts a new top-level block for certain: the line before it is blank,
 * it starts in column 1, is not a list item (that would split one list in two), not a `---`
 * line (front matter or thematic break), and it is outside fenced code and HTML blocks.
 * Link reference and footnote definitions are collected document-wide and appended to every
 * chunk, so references resolve as in a whole parse; the appended nodes are dropped again.
 *
 * @param source the whole document
 * @param chunkSize the target chunk size in characters
 * @param parse the whole-document parser used for each chunk
 * @returns one root whose positions refer to `source`
 */
export function parseInChunks(source: string, chunkSize: number, parse: (text: string) => Root): Root {
  const cuts = findCuts(source, chunkSize);
  const definitions = collectDefinitions(source);
  const children: RootContent[] = [];
  let line = 0;
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const chunk = source.slice(start, end);
    const tree = parse(definitions ? `${chunk}\n\n${definitions}` : chunk);
    for (const node of tree.children) {
      if ((node.position?.start.offset ?? 0) >= chunk.length) continue;
      shift(node, line, start);
      children.push(node);
    }
    line += countLines(chunk);
  }
  const lines = source.split('\n');
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1, offset: source.length },
    },
  };
}

/** Offsets where chunks start, plus the end of the source. */
export function findCuts(source: string, chunkSize: number): number[] {
  const cuts = [0];
  let offset = 0;
  let previousBlank = false;
  let fence: { char: string; size: number } | undefined;
  let html: RegExp | undefined;
  let lastCut = 0;
  while (offset < source.length) {
    const newline = source.indexOf('\n', offset);
    const end = newline === -1 ? source.length : newline + 1;
    const text = source.slice(offset, end).replace(/\r?\n$/, '');
    const blank = /^[ \t]*$/.test(text);
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(text);
      if (close?.[1] && close[1][0] === fence.char && close[1].length >= fence.size) fence = undefined;
    } else if (html) {
      if (html.test(text)) html = undefined;
    } else {
      if (previousBlank && !blank && offset - lastCut >= chunkSize && startsTopLevelBlock(text)) {
        cuts.push(offset);
        lastCut = offset;
      }
      const open = /^ {0,3}(`{3,}|~{3,})/.exec(text);
      if (open?.[1]) fence = { char: open[1][0] as string, size: open[1].length };
      else html = htmlBlockEnd(text, (text.match(/^ */)?.[0].length ?? 0) > 3);
    }
    previousBlank = blank;
    offset = end;
  }
  cuts.push(source.length);
  return cuts;
}

function startsTopLevelBlock(text: string): boolean {
  if (/^[ \t]/.test(text)) return false;
  if (/^([-*+]|\d{1,9}[.)])([ \t]|$)/.test(text)) return false;
  if (/^(---|\+\+\+)/.test(text)) return false;
  return true;
}

/** For an HTML block of kinds 1–5 opened on this line, the pattern that closes it. */
function htmlBlockEnd(text: string, indented: boolean): RegExp | undefined {
  if (indented) return undefined;
  const t = text.trimStart();
  let end: RegExp | undefined;
  if (/^<(script|pre|style|textarea)(\s|>|$)/i.test(t)) end = /<\/(script|pre|style|textarea)>/i;
  else if (t.startsWith('<!--')) end = /-->/;
  else if (t.startsWith('<?')) end = /\?>/;
  else if (t.startsWith('<![CDATA[')) end = /\]\]>/;
  else if (/^<![A-Za-z]/.test(t)) end = />/;
  if (!end) return undefined;
  // Closed on its opening line: nothing stays open.
  const rest = t.replace(/^<!--|^<\?|^<!\[CDATA\[|^<!|^</, '');
  return end.test(rest) ? undefined : end;
}

/** Every link reference and footnote definition label, as minimal definitions. */
export function collectDefinitions(source: string): string {
  const labels = new Set<string>();
  const pattern = /^ {0,3}\[((?:[^\]\\\n]|\\.){1,999})\]:/gm;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) labels.add(m[1] as string);
  return [...labels].map((label) => (label.startsWith('^') ? `[${label}]: x` : `[${label}]: #`)).join('\n\n');
}

function shift(node: Node, lines: number, offset: number): void {
  const position = node.position;
  if (position) {
    position.start.line += lines;
    position.end.line += lines;
    if (position.start.offset !== undefined) position.start.offset += offset;
    if (position.end.offset !== undefined) position.end.offset += offset;
  }
  const children = (node as { children?: Node[] }).children;
  if (children) for (const child of children) shift(child, lines, offset);
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
