/**
 * The coded-text notation of unit texts: `{N}` opens and `{/N}` closes a paired code,
 * `{N/}` is a standalone code, `{{` is a literal `{`.
 */

/** A piece of coded text. */
export type CodedToken = { type: 'text'; value: string } | { type: 'open' | 'close' | 'ph'; id: number };

const PLACEHOLDER = /\{\{|\{(\/?)(\d+)(\/?)\}/g;

/**
 * Split coded text into text runs and placeholders. Text values are unescaped.
 *
 * @example tokenizeCodedText('{1}M.{/1} {{x') // [open 1, text 'M.', close 1, text ' {x']
 */
export function tokenizeCodedText(text: string): CodedToken[] {
  const tokens: CodedToken[] = [];
  let buffer = '';
  let last = 0;
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    buffer += text.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0] === '{{') {
      buffer += '{';
      continue;
    }
    const [, slash, digits, selfClose] = m;
    if (slash && selfClose) {
      buffer += m[0];
      continue;
    }
    if (buffer) tokens.push({ type: 'text', value: buffer });
    buffer = '';
    tokens.push({ type: slash ? 'close' : selfClose ? 'ph' : 'open', id: Number(digits) });
  }
  buffer += text.slice(last);
  if (buffer) tokens.push({ type: 'text', value: buffer });
  return tokens;
}

/** Escape plain text for use in coded text (`{` → `{{`). */
export function escapeCodedText(value: string): string {
  return value.replaceAll('{', '{{');
}

/**
 * Plain text of coded text: placeholders removed, `{{` unescaped.
 *
 * @example stripCodes('{1}Russia’s debts.{/1} The{2/}') // 'Russia’s debts. The'
 */
export function stripCodes(text: string): string {
  let out = '';
  for (const token of tokenizeCodedText(text)) if (token.type === 'text') out += token.value;
  return out;
}

/** Serialise tokens back into coded text; the inverse of {@link tokenizeCodedText}. */
export function joinCodedText(tokens: readonly CodedToken[]): string {
  return tokens
    .map((t) => (t.type === 'text' ? escapeCodedText(t.value) : t.type === 'open' ? `{${t.id}}` : t.type === 'close' ? `{/${t.id}}` : `{${t.id}/}`))
    .join('');
}
