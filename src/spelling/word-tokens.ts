/** A word of a text to spell-check: its spelling and its span (UTF-16 offsets, end exclusive). */
export interface WordToken {
  word: string;
  start: number;
  end: number;
}

/** Letters and digits, joined by apostrophes and hyphens inside a word (`l'homme`, `по-русски`). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ-][\p{L}\p{M}\p{N}]+)*/gu;
/** Runs that are not prose: URLs, e-mail addresses, file names and paths, dotted abbreviations (`т.е.`, `z.B.`). */
const NOT_PROSE = /\S*[\p{L}\p{N}][./@_:\\][\p{L}\p{N}]\S*|https?:\S+|www\.\S+/gu;
/** Template tags and markup left in plain text: `{{ x }}`, `{% x %}`, `<x>`. */
const TAGS = /\{\{.*?\}\}|\{%.*?%\}|<[^<>\n]*>/gu;
/** Longest all-capital word taken as an abbreviation (`СССР`, `NKVD`, `ВКП`). */
const MAX_ABBREVIATION = 5;
/** Longest word before a dot taken as an abbreviation (`др.`, `англ.`, `usw.`, `Nr.`). */
const MAX_DOTTED = 4;

/** Options of {@link spellingTokens}. */
export interface TokenOptions {
  /** ISO 15924 script of the language (`Cyrl`, `Latn`): words with no letter of it are names or code, not checked. */
  script?: string | undefined;
  /** Offsets where an inline code (placeholder) stood: a word never spans one. */
  boundaries?: readonly number[];
}

/**
 * The words of a text that a spelling check should look at. Left out: words with digits
 * (`1930-х`, `h2`), URLs, e-mail addresses, file names and paths, template tags, single
 * letters (initials), all-capital words of up to five letters (abbreviations: `СССР`, `NKVD`),
 * words with a capital after a small letter (`SaaS`, `iPhone`),
 * words of up to four letters before a dot (`др.`, `англ.`, `usw.`) and dotted abbreviations (`т.е.`),
 * words not in the language's script (Latin names in a Cyrillic text) and words mixing scripts
 * (the `mixed-script` rule's). Inline code, HTML and footnote calls are not in a unit's plain
 * text at all; `boundaries` keeps the words around them apart.
 *
 * @param text plain text (a unit's, or any text)
 * @param options the language's script, placeholder offsets
 * @returns the words, in order
 * @example spellingTokens('См. https://x.org и т.е. СССР', { script: 'Cyrl' }).map((t) => t.word) // ['и']
 */
export function spellingTokens(text: string, options: TokenOptions = {}): WordToken[] {
  const masked = new Uint8Array(text.length);
  for (const pattern of [NOT_PROSE, TAGS]) for (const m of text.matchAll(pattern)) masked.fill(1, m.index, m.index + m[0].length);
  const own = options.script ? safeScript(options.script) : undefined;
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    for (const piece of splitAt(m[0], m.index, options.boundaries ?? [])) {
      const { word, start, end } = piece;
      if (masked[start] === 1 || /\p{N}/u.test(word)) continue;
      const letters = word.replace(/['’ʼ-]/g, '');
      if ([...letters].length < 2) continue;
      if (own && (!own.test(letters) || hasOtherScript(letters, own))) continue;
      if (letters.length <= MAX_ABBREVIATION && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) continue;
      if (/\p{Ll}\p{Lu}/u.test(letters)) continue; // mixed case: a brand or code name (`SaaS`, `iPhone`, `McDonald`)
      if (text[end] === '.' && letters.length <= MAX_DOTTED) continue;
      out.push(piece);
    }
  }
  return out;
}

/** Cut a word at the placeholder offsets inside it. */
function splitAt(word: string, start: number, boundaries: readonly number[]): WordToken[] {
  const cuts = boundaries.filter((b) => b > start && b < start + word.length);
  if (cuts.length === 0) return [{ word, start, end: start + word.length }];
  const out: WordToken[] = [];
  let from = start;
  for (const cut of [...cuts, start + word.length]) {
    const piece = word.slice(from - start, cut - start).replace(/^['’ʼ-]+|['’ʼ-]+$/g, '');
    if (piece !== '') {
      const at = word.indexOf(piece, from - start) + start;
      out.push({ word: piece, start: at, end: at + piece.length });
    }
    from = cut;
  }
  return out;
}

function safeScript(script: string): RegExp | undefined {
  try {
    return new RegExp(`\\p{sc=${script}}`, 'u');
  } catch {
    return undefined;
  }
}

/** Whether a word holds a letter of another script than its own (`Литвинoв` with a Latin `o`). */
function hasOtherScript(letters: string, own: RegExp): boolean {
  for (const c of letters) if (/\p{L}/u.test(c) && !own.test(c) && !/\p{sc=Zyyy}|\p{sc=Zinh}/u.test(c)) return true;
  return false;
}
