import { definitionLimit, INPUT_LIMITS, limitError, type InputLimit } from './input-limits.js';

/**
 * Refuse Markdown beyond {@link INPUT_LIMITS} before it is parsed, in one linear scan: every
 * command parses through parseMarkdown, parseRemembered or segmentMarkdown, which call this, so
 * none hangs, overflows the stack or runs out of memory on pathological input. The scan
 * follows Markdown closely enough to measure real structure (fenced code and HTML comments are
 * skipped, code spans and escapes are not markup) and errs on the side of counting more.
 *
 * @param source the Markdown text
 * @param file the file name for the error
 * @throws InputError at the first place a limit is exceeded, naming the limit, with the limit as
 *   `expected` and what was found as `actual`
 * @example checkInputLimits('> '.repeat(500) + 'deep', 'a.md') // throws: a.md:1:201: Blockquotes and list items nest too deeply …
 */
export function checkInputLimits(source: string, file: string): void {
  new LimitScan(source, file).run();
}

/**
 * A block whose lines are not Markdown (fenced code, an HTML comment): what closes it, and the
 * `>` marks and column it starts at — a line with fewer marks or less indentation ends it too
 * (it leaves the container), which errs on the side of scanning more.
 */
interface Raw {
  close: (content: string) => boolean;
  quotes: number;
  column: number;
}

const HTML_ELEMENTS = new Set(
  (
    'a abbr address article aside audio b bdi bdo blockquote body button canvas caption center cite code colgroup data datalist del details dfn dialog div dl em fieldset ' +
    'figcaption figure font footer form h1 h2 h3 h4 h5 h6 header html i iframe ins kbd label legend main map mark math menu meter nav noscript object ol optgroup output ' +
    'picture pre progress q rp rt ruby s samp section select slot small span strike strong sub summary sup svg table tbody template textarea tfoot thead time tt u ul var video'
  ).split(' '),
);

class LimitScan {
  private line = 1;
  private lineStart = 0;
  private raw: Raw | undefined;
  private previousBlank = true;
  /** Content columns of the list items open, innermost last. */
  private readonly lists: number[] = [];
  private table: { rows: number } | undefined;
  private previousLine = '';
  private runs = 0;
  private brackets = 0;
  private emphasis = 0;
  private html = 0;
  private definitions = 0;

  constructor(
    private readonly source: string,
    private readonly file: string,
  ) {}

  run(): void {
    const { source } = this;
    if (source.length > INPUT_LIMITS.documentLength) this.fail('documentLength', source.length);
    let offset = this.frontmatter();
    while (offset < source.length) {
      const newline = source.indexOf('\n', offset);
      const end = newline === -1 ? source.length : newline;
      this.lineStart = offset;
      this.scanLine(source.slice(offset, end).replace(/\r$/, ''));
      offset = end + 1;
      this.line++;
    }
  }

  /** Check the front matter, if any; returns the offset of its closing line. */
  private frontmatter(): number {
    const match = /^\uFEFF?---[ \t]*\r?\n/.exec(this.source);
    if (!match) return 0;
    const start = match[0].length;
    const found = /^(?:---|\.\.\.)[ \t]*\r?$/m.exec(this.source.slice(start));
    // Without a closing line it is no front matter: the document is Markdown from the start.
    if (!found) return 0;
    this.line = 2;
    this.lineStart = start;
    if (found.index > INPUT_LIMITS.frontmatterLength) this.fail('frontmatterLength', found.index);
    const body = this.source.slice(start, start + found.index);
    let depth = 0;
    let quote = '';
    for (let i = 0; i < body.length; i++) {
      const c = body[i] as string;
      if (c === '\n') {
        this.line++;
        this.lineStart = start + i + 1;
      } else if (quote) {
        if (c === '\\' && quote === '"') i++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '[' || c === '{') {
        if (++depth > INPUT_LIMITS.frontmatterNesting) this.fail('frontmatterNesting', depth, start + i);
      } else if ((c === ']' || c === '}') && depth > 0) depth--;
    }
    return start + found.index;
  }

  private scanLine(text: string): void {
    // Container prefix: `>` marks and list markers, with their columns.
    let i = 0;
    let column = 0;
    let quotes = 0;
    const markers: number[] = [];
    let indent = -1;
    for (;;) {
      while (text[i] === ' ' || text[i] === '\t') {
        column += text[i] === '\t' ? 4 - (column % 4) : 1;
        i++;
      }
      if (indent === -1) indent = column;
      if (text[i] === '>') {
        quotes++;
        i++;
        column++;
        const depth = quotes + this.listsOpenAt(indent, markers);
        if (depth > INPUT_LIMITS.containerDepth) this.fail('containerDepth', depth, this.lineStart + i - 1);
        continue;
      }
      // Inside code, `- ` is code: only `>` marks count.
      if (this.raw) break;
      const marker = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/.exec(text.slice(i, i + 11));
      if (!marker) break;
      i += marker[0].length;
      column += marker[0].length;
      markers.push(column + 1);
      const depth = quotes + this.listsOpenAt(indent, markers);
      if (depth > INPUT_LIMITS.containerDepth) this.fail('containerDepth', depth, this.lineStart + i - marker[0].length);
    }
    const content = text.slice(i);
    const blank = content.trim() === '' && markers.length === 0;
    if (this.raw) {
      const raw = this.raw;
      if (blank) return;
      if (quotes >= raw.quotes && column >= raw.column) {
        if (raw.close(content)) this.raw = undefined;
        return;
      }
      // The line leaves the container the raw block is in: the block ends, the line is Markdown.
      this.raw = undefined;
    }
    // Lists: a marker, or a line after a blank one, closes the items it is not indented into.
    if (markers.length > 0 || (!blank && this.previousBlank)) {
      while ((this.lists.at(-1) ?? -1) > indent) this.lists.pop();
      for (const m of markers) this.lists.push(m);
    }
    if (blank) {
      this.previousBlank = true;
      this.table = undefined;
      this.runs = 0;
      this.brackets = 0;
      this.emphasis = 0;
      this.previousLine = '';
      return;
    }
    const open = /^(`{3,}|~{3,})/.exec(content);
    if (open?.[1] && !(open[1][0] === '`' && content.slice(open[1].length).includes('`'))) {
      const fence = open[1];
      const closing = new RegExp(`^${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      this.raw = { close: (line) => closing.test(line), quotes, column };
      this.previousBlank = false;
      return;
    }
    if (content.startsWith('<!--') && !content.includes('-->')) {
      this.raw = { close: (line) => line.includes('-->'), quotes, column };
      this.previousBlank = false;
      return;
    }
    if (/^ {0,3}\[(?:[^\]\\]|\\.)+\]:/.test(content) && ++this.definitions > definitionLimit(this.source.length)) {
      this.fail('definitions', this.definitions, this.lineStart + i, definitionLimit(this.source.length));
    }
    this.tableRow(content, i);
    if (this.table) {
      // Table cells are parsed one by one: what counts is one row.
      this.runs = 0;
      this.brackets = 0;
      this.emphasis = 0;
    }
    this.inline(content, i);
    this.previousBlank = false;
    this.previousLine = content;
  }

  /** How many list items are open on this line so far: those it is indented into, then its own markers. */
  private listsOpenAt(indent: number, markers: readonly number[]): number {
    let open = this.lists.length;
    while (open > 0 && (this.lists[open - 1] as number) > indent) open--;
    return open + markers.length;
  }

  private tableRow(content: string, at: number): void {
    if (this.table) {
      if (++this.table.rows > INPUT_LIMITS.tableRows) this.fail('tableRows', this.table.rows, this.lineStart + at);
      return;
    }
    if (this.previousLine.includes('|') && /^\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/.test(content) && content.includes('|'))
      this.table = { rows: 0 };
  }

  /** Count delimiter runs, open brackets and emphasis, and open HTML elements on a line's content. */
  private inline(content: string, at: number): void {
    const spans = codeSpanEnds(content);
    for (let i = 0; i < content.length; i++) {
      const c = content[i] as string;
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === '`') {
        const end = spans.get(i);
        if (end !== undefined) i = end - 1;
        else while (content[i + 1] === '`') i++;
        continue;
      }
      if (c === '[') {
        if (++this.brackets + this.emphasis > INPUT_LIMITS.inlineNesting) this.fail('inlineNesting', this.brackets + this.emphasis, this.lineStart + at + i);
      } else if (c === ']') {
        if (this.brackets > 0) this.brackets--;
      } else if (c === '*' || c === '_' || c === '~') {
        let j = i + 1;
        while (content[j] === c) j++;
        this.delimiterRun(content, i, j, at);
        i = j - 1;
      } else if (c === '<') {
        const tag = /^<(\/?)([a-z][a-z0-9]*)(?=[\s/>])[^<>]*?(\/?)>/.exec(content.slice(i, i + 512));
        if (!tag || !HTML_ELEMENTS.has(tag[2] as string) || tag[3]) continue;
        if (tag[1]) {
          if (this.html > 0) this.html--;
        } else if (++this.html > INPUT_LIMITS.htmlDepth) this.fail('htmlDepth', this.html, this.lineStart + at + i);
        i += tag[0].length - 1;
      }
    }
  }

  /** A run of `*`, `_` or `~` from `start` to `end`: flanking as CommonMark defines it. */
  private delimiterRun(content: string, start: number, end: number, at: number): void {
    const before = content[start - 1] ?? ' ';
    const after = content[end] ?? ' ';
    const space = (ch: string): boolean => /\s/u.test(ch);
    const punct = (ch: string): boolean => /[\p{P}\p{S}]/u.test(ch);
    const left = !space(after) && (!punct(after) || space(before) || punct(before));
    const right = !space(before) && (!punct(before) || space(after) || punct(after));
    if (!left && !right) return;
    if (content[start] === '_' && left && right && !punct(before) && !punct(after)) return;
    if (++this.runs > INPUT_LIMITS.delimiterRuns) this.fail('delimiterRuns', this.runs, this.lineStart + at + start);
    // Each delimiter of a run can open or close one level: `***` opens three.
    const size = end - start;
    if (right && this.emphasis > 0) this.emphasis = Math.max(0, this.emphasis - size);
    else if (left && (this.emphasis += size) + this.brackets > INPUT_LIMITS.inlineNesting) {
      this.fail('inlineNesting', this.brackets + this.emphasis, this.lineStart + at + start);
    }
  }

  /** Refuse the document: `limit` exceeded, `found` so far, at `offset` of the current line (the document's start when undefined). */
  private fail(limit: InputLimit, found: number, offset?: number, max?: number): never {
    const point = offset === undefined ? { line: 1, column: 1 } : { line: this.line, column: offset - this.lineStart + 1 };
    throw limitError(limit, found, { file: this.file, ...point }, max);
  }
}

/**
 * Code spans of a line: for each opening backtick run, the index after its closing run (a run
 * of the same length). Linear: each length's runs are paired in order.
 */
function codeSpanEnds(content: string): Map<number, number> {
  const ends = new Map<number, number>();
  if (!content.includes('`')) return ends;
  const open = new Map<number, number>();
  for (let i = 0; i < content.length; i++) {
    if (content[i] === '\\') {
      i++;
      continue;
    }
    if (content[i] !== '`') continue;
    let j = i + 1;
    while (content[j] === '`') j++;
    const size = j - i;
    const start = open.get(size);
    if (start === undefined) open.set(size, i);
    else {
      ends.set(start, j);
      open.delete(size);
      // Runs opened inside this span are text.
      for (const [s, at] of open) if (at > start) open.delete(s);
    }
    i = j - 1;
  }
  return ends;
}
