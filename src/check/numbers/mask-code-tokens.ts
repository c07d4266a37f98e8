/**
 * Code-like tokens (hashes, versions, identifiers, addresses) are not quantities. A token is a
 * run of letters, digits and `_` joined by single `.`, `-`, `:`, `/` or `+` (`v1.2.3`,
 * `1.2.3-beta.1`, `localhost:8080`, `x86_64`). It is code when:
 *
 * - a piece (between joiners) has a letter right before a digit (`v2`, `utf8`, `h264`,
 *   `ES2015`, `a3f1`) or a letter between digits (`4e117b0`, `0x1F`), or `_` and a digit;
 * - three or more numeric pieces are joined by `.` (`2.1.0`, `192.168.0.1`), unless they
 *   are one number grouped the locale's way (`1.234.567` where `.` groups thousands);
 * - a numeric piece is joined by `.` to a wildcard `x` (`1.x`, `2.x.x`);
 * - a word is joined by `:` to a number (`localhost:8080`).
 *
 * Digits followed by letters at the end of a piece stay quantities: `117B`, `5MB`, `16th`,
 * `1930s`, `1933г`. Times and ratios (`10:30`, `1:1000`) and ranges (`1923-1932`) stay too.
 */

const RUN = /[\p{L}\p{N}_]+(?:[.\-:/+][\p{L}\p{N}_]+)*/gu;
const LETTER_DIGIT = /\p{L}\p{N}|\p{N}\p{L}+\p{N}|_\p{N}|\p{N}_/u;
const NUMERIC = /^\p{N}+$/u;

/**
 * Blank out (with spaces, keeping offsets) the code-like tokens of a text.
 *
 * @param text plain text
 * @param groupSigns the locale's thousands separators (a `.` among them makes `1.234.567` a number)
 * @returns the text with code-like tokens replaced by spaces of the same length
 * @example maskCodeTokens('v2.1.0 costs $5', [',']) // '       costs $5'
 */
export function maskCodeTokens(text: string, groupSigns: readonly string[]): string {
  return text.replace(RUN, (run) => (isCodeLike(run, groupSigns) ? ' '.repeat(run.length) : run));
}

/**
 * Whether one run (see {@link maskCodeTokens}) is code rather than prose.
 *
 * @example isCodeLike('2.1.0', [',']) // true
 */
export function isCodeLike(run: string, groupSigns: readonly string[]): boolean {
  if (!/\p{N}/u.test(run)) return false;
  const pieces = run.split(/([.\-:/+])/);
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i] as string;
    if (LETTER_DIGIT.test(piece)) return true;
    const joiner = pieces[i + 1];
    const next = pieces[i + 2];
    if (next === undefined) continue;
    if (joiner === ':' && /\p{L}/u.test(piece) && NUMERIC.test(next)) return true;
    if (joiner === '.' && ((NUMERIC.test(piece) && /^x$/i.test(next)) || (/^x$/i.test(piece) && NUMERIC.test(next)))) return true;
  }
  return dottedChains(pieces).some((chain) => chain.length >= 3 && !isGrouped(chain, groupSigns));
}

/** Maximal sequences of numeric pieces joined by `.`. */
function dottedChains(pieces: readonly string[]): string[][] {
  const chains: string[][] = [];
  let chain: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i] as string;
    if (NUMERIC.test(piece)) chain.push(piece);
    else chain = [];
    if (chain.length === 1) chains.push(chain);
    if (pieces[i + 1] !== '.') chain = [];
  }
  return chains;
}

function isGrouped(chain: readonly string[], groupSigns: readonly string[]): boolean {
  return groupSigns.includes('.') && (chain[0] as string).length <= 3 && chain.slice(1).every((piece) => piece.length === 3);
}
