/**
 * Hard-wrapping of a unit's serialised inline Markdown (the `wrap` config key).
 *
 * The serialiser ({@link inlineToMarkdown} with `marked`) writes every code's Markdown between
 * private-use marks, so that the wrapper knows which bytes are markup it must not break (a code
 * span, a link destination, an autolink, an HTML or template tag) without re-parsing Markdown.
 * A line is broken only at a space or soft line break of the text, never just inside a code's
 * opening or closing delimiter, never after a backslash (that would make a hard break), and
 * never where the new line would start a block construct.
 */

/** Around the opening Markdown of a paired code (`[`, `*`). */
export const OPEN = '\uE000';
export const OPEN_END = '\uE001';
/** Around the closing Markdown of a paired code (`](url)`, `*`). */
export const CLOSE = '\uE002';
export const CLOSE_END = '\uE003';
/** Around a standalone code that may start a line (inline code, image, footnote reference, a reference kept as written). */
export const PH = '\uE004';
/** Around a standalone code that must not start a line (HTML, template tag, MDX, hard break). */
export const PH_BLOCKY = '\uE006';
export const PH_END = '\uE005';
/** Any of the marks: a text holding one is not wrapped (the marks would be ambiguous). */
export const MARKS = /[\uE000-\uE006]/;

type PieceKind = 'text' | 'open' | 'close' | 'ph' | 'phBlocky';
interface Piece {
  kind: PieceKind;
  text: string;
}

const END_OF: Record<string, [PieceKind, string]> = {
  [OPEN]: ['open', OPEN_END],
  [CLOSE]: ['close', CLOSE_END],
  [PH]: ['ph', PH_END],
  [PH_BLOCKY]: ['phBlocky', PH_END],
};

/** The Markdown without its marks. */
export function stripMarks(marked: string): string {
  return marked.replace(/[\uE000-\uE006]/g, '');
}

function pieces(marked: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < marked.length) {
    const mark = END_OF[marked[i] as string];
    if (mark) {
      const end = marked.indexOf(mark[1], i + 1);
      out.push({ kind: mark[0], text: marked.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    let j = i;
    while (j < marked.length && !END_OF[marked[j] as string]) j++;
    out.push({ kind: 'text', text: marked.slice(i, j) });
    i = j;
  }
  return out;
}

/**
 * Whether a line may start with `text` inside a paragraph without starting a block: an ATX
 * heading, a block quote, a list item, a setext underline or thematic break, a fence, an HTML
 * block, a table row, an MDX or template block. Conservative: `-`, `=`, `|`, `<`, `{` never start one.
 */
export function safeLineStart(text: string): boolean {
  if (/^[#>=|<{\-+]/.test(text)) return false;
  if (/^[*_](?:[ \t]|$|[*_]{2})/.test(text)) return false;
  if (/^(?:`{3,}|~{3,})/.test(text)) return false;
  if (/^\d{1,9}[.)]/.test(text)) return false;
  return !/^[ \t]/.test(text);
}

interface Word {
  text: string;
}

/** Width of a string in characters (code points). */
function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * Wrap marked inline Markdown to `columns`, greedily.
 *
 * @param marked the unit's Markdown with its codes between marks (see {@link OPEN})
 * @param columns the longest line wanted, counting the container prefix
 * @param firstColumn characters before the unit on its first line (its container's prefix and marker)
 * @param prefixWidth characters of the prefix that will start each continuation line
 * @returns the Markdown, without marks, with `\n` at the chosen breaks (the caller adds the prefix)
 * @example wrapInline('a b c', 3, 0, 0) // 'a b\nc'
 */
export function wrapInline(marked: string, columns: number, firstColumn: number, prefixWidth: number): string {
  // Atoms: words (text between whitespace, or a code's Markdown) and the whitespace runs of the text.
  const atoms: Array<{ gap: boolean; text: string; kind: PieceKind }> = [];
  for (const piece of pieces(marked)) {
    if (piece.kind !== 'text') {
      atoms.push({ gap: false, text: piece.text, kind: piece.kind });
      continue;
    }
    for (const part of piece.text.split(/([ \n]+)/)) if (part) atoms.push({ gap: /^[ \n]/.test(part), text: part, kind: 'text' });
  }
  // Words joined across the gaps where no break may go; `gaps[i]` precedes `words[i + 1]`.
  const words: Word[] = [];
  const gaps: string[] = [];
  let current = '';
  let started = false;
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i]!;
    if (!atom.gap) {
      current += atom.text;
      started = true;
      continue;
    }
    const before = atoms[i - 1];
    const after = atoms[i + 1];
    let next = '';
    for (let j = i + 1; j < atoms.length && !atoms[j]!.gap; j++) next += atoms[j]!.text;
    const breakable =
      started &&
      before !== undefined &&
      after !== undefined &&
      before.kind !== 'open' &&
      after.kind !== 'close' &&
      after.kind !== 'phBlocky' &&
      !before.text.endsWith('\\') &&
      !before.text.endsWith('\n') &&
      safeLineStart(next);
    if (breakable) {
      words.push({ text: current });
      gaps.push(atom.text.includes('\n') ? ' ' : atom.text);
      current = '';
    } else {
      current += atom.text.includes('\n') && started && after !== undefined ? ' ' : atom.text;
    }
  }
  words.push({ text: current });
  let out = '';
  let column = firstColumn;
  const advance = (from: number, text: string): number => {
    const lastBreak = text.lastIndexOf('\n');
    return lastBreak === -1 ? from + width(text) : prefixWidth + width(text.slice(lastBreak + 1));
  };
  words.forEach((word, i) => {
    const firstLine = word.text.split('\n', 1)[0] as string;
    if (i === 0) {
      out = word.text;
      column = advance(column, word.text);
      return;
    }
    const gap = gaps[i - 1] as string;
    if (column + width(gap) + width(firstLine) > columns) {
      out += `\n${word.text}`;
      column = advance(prefixWidth, word.text);
    } else {
      out += gap + word.text;
      column = advance(column + width(gap), word.text);
    }
  });
  return out;
}
