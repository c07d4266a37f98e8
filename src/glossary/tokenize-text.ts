import { cyrillicKey, isMixedScript } from './homoglyphs.js';
import { normalizeKey, stemEnglish } from './normalize-key.js';

/**
 * What separates a token from the one before it: nothing (`none`: adjacent, or only
 * placeholders), whitespace or no-break spaces (`space`), a single hyphen (`hyphen`), or
 * anything else (`hard`: a spaced hyphen, several hyphens), which no term spans.
 */
export type Gap = 'none' | 'space' | 'hyphen' | 'hard';

/** A word or punctuation token; offsets into the original text (UTF-16, end exclusive). */
export interface TextToken {
  start: number;
  end: number;
  /** Lookup key: normalised word (English: stemmed), or the punctuation character. */
  key: string;
  /** For mixed-script words: the key with Latin look-alikes read as Cyrillic. */
  fixedKey?: string;
  word: boolean;
  /** The first letter is a capital. */
  cap: boolean;
  gap: Gap;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}\u00AD]/u;
const SPACE = /[\s\u00A0\u2007\u202F]/u;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);
const PLACEHOLDER = /\{\/?\d+\/?\}/y;

/**
 * Tokenise text once for matching: words (letters, digits, combining marks, soft hyphens) and
 * single punctuation characters; whitespace and hyphens become gaps; the placeholders of coded
 * text (`{1}`, `{/1}`, `{2/}`) are skipped and `{{` is a `{`. Offsets refer to the given text.
 *
 * @param text plain or coded text
 * @param lang `en` stems keys (plural endings), anything else normalises only
 * @example tokenizeText('{1}М.{/1} Литвинов', 'ru').map((t) => t.key) // ['м', '.', 'литвинов']
 */
export function tokenizeText(text: string, lang: string): TextToken[] {
  const tokens: TextToken[] = [];
  const english = lang === 'en' || lang.startsWith('en-');
  let gapText = '';
  let i = 0;
  const push = (start: number, end: number, key: string, word: boolean, raw: string): void => {
    const token: TextToken = { start, end, key, word, cap: raw !== raw.toLowerCase() && firstLetterIsCapital(raw), gap: classifyGap(gapText, tokens.length === 0) };
    if (word && !english && isMixedScript(raw)) token.fixedKey = cyrillicKey(key);
    tokens.push(token);
    gapText = '';
  };
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === '{') {
      if (text.charAt(i + 1) === '{') {
        push(i, i + 2, '{', false, '{');
        i += 2;
        continue;
      }
      PLACEHOLDER.lastIndex = i;
      const m = PLACEHOLDER.exec(text);
      if (m) {
        i += m[0].length;
        continue;
      }
    }
    if (wordCharWidth(text, i) > 0) {
      const start = i;
      for (let w = wordCharWidth(text, i); w > 0; w = wordCharWidth(text, i)) i += w;
      const raw = text.slice(start, i);
      const key = normalizeKey(raw);
      push(start, i, english ? stemEnglish(key) : key, true, raw);
      continue;
    }
    if (SPACE.test(c) || HYPHENS.has(c)) {
      gapText += c;
      i++;
      continue;
    }
    const width = c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) < 0xdc00 ? 2 : 1;
    push(i, i + width, text.slice(i, i + width), false, c);
    i += width;
  }
  return tokens;
}

function classifyGap(gap: string, first: boolean): Gap {
  if (first || gap === '') return 'none';
  if (gap.length === 1 && HYPHENS.has(gap)) return 'hyphen';
  for (const c of gap) if (HYPHENS.has(c)) return 'hard';
  return 'space';
}

function firstLetterIsCapital(raw: string): boolean {
  for (const c of raw) {
    if (c.toLowerCase() !== c.toUpperCase()) return c !== c.toLowerCase();
  }
  return false;
}

/** 1 or 2 (astral letters) when a word character starts at `i`, else 0. */
function wordCharWidth(text: string, i: number): number {
  if (i >= text.length) return 0;
  const code = text.codePointAt(i) ?? 0;
  if (code <= 0xffff) return WORD_CHAR.test(text.charAt(i)) ? 1 : 0;
  return WORD_CHAR.test(String.fromCodePoint(code)) ? 2 : 0;
}

/**
 * The gap a form requires before token `k`, as matching reads it: after an initial (`М.`) a
 * space is optional, so `none` and `space` both read as `space` there.
 *
 * @example requiredGap(tokenizeText('М.М. Литвинов', 'ru'), 2) // 'space'
 */
export function requiredGap(tokens: readonly Pick<TextToken, 'key' | 'gap'>[], k: number): Gap {
  const gap = (tokens[k] as TextToken).gap;
  return gap === 'none' && afterInitial(tokens.map((t) => t.key), k) ? 'space' : gap;
}

/** Whether token `k` follows an initial: a one-letter word and a full stop. */
export function afterInitial(keys: readonly string[], k: number): boolean {
  return k >= 2 && keys[k - 1] === '.' && (keys[k - 2] as string).length === 1;
}

/**
 * A comparable key for a whole form: token keys with their gaps, as matching compares them
 * (`ВКП(б)` ≠ `ВКП (б)`, `ленд-лиз` ≠ `ленд лиз`, `М.М.` = `М. М.`).
 *
 * @example formKey('Соединённые  Штаты', 'ru') // 'соединенные штаты'
 */
export function formKey(text: string, lang: string): string {
  const tokens = tokenizeText(text, lang);
  return tokens.map((t, k) => (k === 0 ? '' : { none: '', space: ' ', hyphen: '-', hard: ' - ' }[requiredGap(tokens, k)]) + t.key).join('');
}
