import type { Root, RootContent } from 'mdast';
import type { Node } from 'unist';

/**
 * Parse a large Markdown document in chunks cut at top-level block boundaries.
 *
 * micromark is superlinear on one large document; chunks keep it linear. A cut is made only
 * before a line that starts a new top-level block for certain: the line before it is blank,
 * it starts in column 1, is not a list item (that would split one list in two), not a `---`
 * line (front matter or thematic break), and it is outside fenced code and HTML blocks.
 * Link reference and footnote definitions are collected document-wide; those a chunk refers to
 * are appended to it, so references resolve as in a whole parse; the appended nodes are dropped.
 *
 * @param source the whole document
 * @param chunkSize the target chunk size in characters
 * @param parse the whole-document parser used for each chunk
 * @returns one root whose positions refer to `source`
 */
export function parseInChunks(source: string, chunkSize: number, parse: (text: string) => Root): Root {
  const children: RootContent[] = [];
  for (const chunk of chunkTrees(source, chunkSize, parse)) children.push(...chunk);
  return documentRoot(children, source);
}

/** The root of a document parsed in chunks: its top-level nodes, spanning the whole source. */
export function documentRoot(children: RootContent[], source: string): Root {
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: countLines(source) + 1, column: source.length - source.lastIndexOf('\n'), offset: source.length },
    },
  };
}

/**
 * The top-level nodes of a large document, chunk by chunk, positions referring to `source`.
 * A consumer that does not keep the nodes (segmentation) holds one chunk's tree at a time.
 *
 * @example for (const nodes of chunkTrees(source, 32_000, parseWhole)) count += nodes.length;
 */
export function* chunkTrees(source: string, chunkSize: number, parse: (text: string) => Root): Generator<RootContent[]> {
  for (const chunk of chunksAt(source, findCuts(source, chunkSize))) {
    const nodes: RootContent[] = [];
    for (const node of parse(chunk.text).children) {
      if ((node.position?.start.offset ?? 0) >= chunk.length) continue;
      shift(node, chunk.lines, chunk.start);
      nodes.push(node);
    }
    yield nodes;
  }
}

/** A chunk of a document, to be parsed on its own. */
export interface Chunk {
  /** Offset of its first character in the document. */
  start: number;
  /** Lines of the document before it. */
  lines: number;
  /** Its length in the document. */
  length: number;
  /** What to parse: the chunk, then the link and footnote definitions it refers to (nodes at or after `length` are theirs). */
  text: string;
}

/**
 * The chunks of a document between `cuts` (from findCuts or findContentCuts), each with the
 * document-wide definitions it refers to appended, so that its references resolve as in a
 * whole parse — the one way every chunked parse cuts and prepares its chunks.
 *
 * @example for (const c of chunksAt(source, findContentCuts(source))) parseWhole(c.text);
 */
export function* chunksAt(source: string, cuts: readonly number[]): Generator<Chunk> {
  const definitions = collectDefinitions(source);
  let lines = 0;
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i] as number;
    const chunk = source.slice(start, cuts[i + 1]);
    const needed = definitionsUsedIn(chunk, definitions);
    yield { start, lines, length: chunk.length, text: needed ? `${chunk}\n\n${needed}` : chunk };
    lines += countLines(chunk);
  }
}

/** Offsets where chunks start, plus the end of the source. */
export function findCuts(source: string, chunkSize: number): number[] {
  return cutsWhere(source, (size) => size >= chunkSize);
}

/** On average one top-level block in this many starts a chunk in {@link findContentCuts}. */
export const CONTENT_CHUNK_BLOCKS = 4;

/**
 * Offsets where chunks start, chosen by content alone (content-defined chunking): a chunk
 * starts before every top-level block whose first 40 characters hash to 0 mod
 * {@link CONTENT_CHUNK_BLOCKS}. Whether a cut falls before a block depends only on the block's
 * opening words — not on sizes, not on other cuts — so an edit changes at most the chunk it
 * is in (and splits or joins it with the next when it changes a block's opening words): every
 * other chunk of the edited document is the same text as before, which lets per-chunk results
 * be remembered between runs.
 *
 * @example findContentCuts(source).length - 1 // number of chunks
 */
export function findContentCuts(source: string): number[] {
  return cutsWhere(source, (size, line) => size > 0 && lineHash(line.slice(0, 40)) % CONTENT_CHUNK_BLOCKS === 0);
}

function lineHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Offsets where chunks start: before each line that certainly starts a top-level block and for
 * which `cut(size of the chunk so far, the line)` says yes; plus the end of the source.
 */
function cutsWhere(source: string, cut: (size: number, line: string) => boolean): number[] {
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
      if (previousBlank && !blank && startsTopLevelBlock(text) && cut(offset - lastCut, text)) {
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

/** Every link reference and footnote definition label of a document, by normalised label. */
export function collectDefinitions(source: string): Map<string, string> {
  const labels = new Map<string, string>();
  const pattern = /^ {0,3}\[((?:[^\]\\\n]|\\.){1,999})\]:/gm;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    const label = m[1] as string;
    const key = normaliseLabel(label);
    if (!labels.has(key)) labels.set(key, label.startsWith('^') ? `[${label}]: x` : `[${label}]: #`);
  }
  return labels;
}

/**
 * The minimal definitions a chunk can refer to: those whose label appears in brackets in it
 * (`[label]`, `[text][label]`, `[^label]`). Appending only these keeps each chunk small.
 */
export function definitionsUsedIn(chunk: string, definitions: ReadonlyMap<string, string>): string {
  if (definitions.size === 0) return '';
  const used: string[] = [];
  const seen = new Set<string>();
  const pattern = /\[((?:[^\]\\]|\\.){1,999})\]/g;
  for (let m = pattern.exec(chunk); m; m = pattern.exec(chunk)) {
    const key = normaliseLabel(m[1] as string);
    const definition = definitions.get(key);
    if (definition && !seen.has(key)) {
      seen.add(key);
      used.push(definition);
    }
    // Brackets nest (`[![img][a]][b]`): look inside this match too.
    pattern.lastIndex = m.index + 1;
  }
  return used.join('\n\n');
}

function normaliseLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Move a node parsed from a chunk (and its descendants) to the chunk's place in the document. */
export function shift(node: Node, lines: number, offset: number): void {
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

/** Number of line breaks in `text`. */
export function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
