import { InputError } from '../errors.js';
import { oneLine } from './one-line.js';
import { tokenizeCodedText } from '../segment/coded-text.js';
import type { InlineCode } from '../segment/types.js';

/**
 * Check that a translation carries exactly the codes it must: every paired code opened and
 * closed once, in order, every standalone code once, and no other code.
 *
 * @param text the translation (coded text)
 * @param codes the codes it must carry
 * @param where unit ID, file and line, for the message
 * @throws InputError naming the unit and the first missing, extra or misplaced code
 * @example checkCodes('{1}a{/1}', [{ id: 1, type: 'pc', kind: 'link', data: '[' }], { unit: 'u-1', file: 'ru.po' })
 */
export function checkCodes(text: string, codes: readonly InlineCode[], where: { unit: string; file: string; line?: number }): void {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const opened = new Set<number>();
  const closed = new Set<number>();
  const placed = new Set<number>();
  const fail: (message: string) => never = (message) => {
    throw new InputError(
      `Cannot import unit \`${where.unit}\`: ${message}; nothing was written`,
      { file: where.file, ...(where.line !== undefined ? { line: where.line } : {}) },
      {
        expected: codes.map(describe).join(' ') || 'no codes',
        actual: oneLine(text),
      },
    );
  };
  for (const token of tokenizeCodedText(text)) {
    if (token.type === 'text') continue;
    const code = byId.get(token.id);
    if (!code) fail(`Unexpected code \`${show(token)}\`, expected only the codes of the source`);
    if (token.type === 'ph') {
      if (code.type !== 'ph') fail(`Unexpected \`${show(token)}\` for the paired code ${describe(code)}`);
      if (placed.has(token.id)) fail(`Unexpected second \`${show(token)}\`, expected each code once`);
      placed.add(token.id);
    } else if (token.type === 'open') {
      if (code.type !== 'pc') fail(`Unexpected \`${show(token)}\` for the standalone code ${describe(code)}`);
      if (opened.has(token.id)) fail(`Unexpected second \`${show(token)}\`, expected each code once`);
      opened.add(token.id);
    } else {
      if (!opened.has(token.id)) fail(`Unexpected \`${show(token)}\` before \`{${token.id}}\`, expected the code opened first`);
      if (closed.has(token.id)) fail(`Unexpected second \`${show(token)}\`, expected each code once`);
      closed.add(token.id);
    }
  }
  for (const code of codes) {
    const done = code.type === 'ph' ? placed.has(code.id) : opened.has(code.id) && closed.has(code.id);
    if (!done) fail(`Unexpected translation without code ${describe(code)}, expected every code of the source (a deleted link or note reference?)`);
  }
}

function show(token: { type: 'open' | 'close' | 'ph'; id: number }): string {
  return token.type === 'open' ? `{${token.id}}` : token.type === 'close' ? `{/${token.id}}` : `{${token.id}/}`;
}

function describe(code: InlineCode): string {
  const placeholder = code.type === 'ph' ? `{${code.id}/}` : `{${code.id}}…{/${code.id}}`;
  return `\`${placeholder}\` (${code.kind}${code.value !== undefined ? ` \`${code.value}\`` : ''})`;
}
