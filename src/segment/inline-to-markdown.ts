import type { Parents, PhrasingContent } from 'mdast';
import { toMarkdown, type Handle, type State, type Info } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { InputError } from '../errors.js';
import { tokenizeCodedText, type CodedToken } from './coded-text.js';
import type { InlineCode, Unit } from './types.js';

interface CodeNode {
  type: 'diglotCode';
  code: InlineCode;
  children: PhrasingContent[];
}
interface RawNode {
  type: 'diglotRaw';
  value: string;
}

const LABEL_KINDS: ReadonlySet<string> = new Set(['link', 'linkReference']);

const diglotCode: Handle = (node: CodeNode, _parent: Parents | undefined, state: State, info: Info): string => {
  const { data, dataEnd = '' } = node.code;
  const exit = state.enter(LABEL_KINDS.has(node.code.kind) ? 'label' : 'phrasing');
  const inner = state.containerPhrasing(node as unknown as Parents, { ...info, before: data.at(-1) ?? info.before, after: dataEnd[0] ?? info.after });
  exit();
  return data + inner + dataEnd;
};
const diglotRaw: Handle = (node: RawNode): string => node.value;

/**
 * Serialise a unit's new coded text back to Markdown: text is escaped by
 * mdast-util-to-markdown, codes are restored from their original Markdown (`data`).
 *
 * @param unit the unit whose codes the text must use (each code exactly once, well nested)
 * @param text the new coded text
 * @param where the file name for errors
 * @returns inline Markdown for the unit's span
 * @throws InputError naming the unit when codes are missing, extra or badly nested
 * @example inlineToMarkdown(unit, '{1}Долги России.{/1} Администрация…', 'ru.md')
 */
export function inlineToMarkdown(unit: Unit, text: string, where: string): string {
  const children = buildTree(unit, tokenizeCodedText(text), where);
  // Serialised in its own construct, so that what is unsafe there is escaped: a `|` in a table
  // cell, a `#` closing a heading (`# 1. #` would lose its last `#`).
  const root =
    unit.kind === 'tableCell'
      ? { type: 'tableCell' as const, children }
      : unit.kind === 'heading'
        ? { type: 'heading' as const, depth: unit.depth ?? 1, children }
        : { type: 'paragraph' as const, children };
  const out = toMarkdown(root as never, {
    extensions: [gfmToMarkdown()],
    handlers: { diglotCode, diglotRaw } as never,
  }).replace(/\n$/, '');
  // The heading's own marker is in the source already: only its content is spliced in.
  return unit.kind === 'heading' ? out.replace(/^#{1,6}(?: |$)/, '') : out;
}

function buildTree(unit: Unit, tokens: CodedToken[], where: string): PhrasingContent[] {
  const byId = new Map(unit.codes.map((c) => [c.id, c]));
  const seen = new Set<number>();
  const stack: Array<{ node: CodeNode | undefined; children: PhrasingContent[] }> = [{ node: undefined, children: [] }];
  const fail = (what: string): never => {
    throw new InputError(`Unexpected codes in the translation of unit \`${unit.id}\`: ${what}`, { file: where, line: unit.start.line, column: unit.start.column }, {
      expected: describeCodes(unit.codes),
      actual: what,
    });
  };
  for (const token of tokens) {
    const top = stack.at(-1) as { node: CodeNode | undefined; children: PhrasingContent[] };
    if (token.type === 'text') {
      top.children.push({ type: 'text', value: token.value });
      continue;
    }
    const code = byId.get(token.id);
    if (!code) fail(`code ${token.id} does not exist in the source`);
    const c = code as InlineCode;
    if (token.type === 'close') {
      if (top.node?.code.id !== token.id) fail(`\`{/${token.id}}\` closes a code that is not open`);
      stack.pop();
      continue;
    }
    if (seen.has(token.id)) fail(`code ${token.id} is used twice`);
    seen.add(token.id);
    if ((token.type === 'open') !== (c.type === 'pc')) fail(`code ${token.id} must be written ${c.type === 'pc' ? `{${c.id}}…{/${c.id}}` : `{${c.id}/}`}`);
    if (token.type === 'ph') {
      top.children.push({ type: 'diglotRaw', value: c.data } as unknown as PhrasingContent);
    } else {
      const node: CodeNode = { type: 'diglotCode', code: c, children: [] };
      top.children.push(node as unknown as PhrasingContent);
      stack.push({ node, children: node.children });
    }
  }
  if (stack.length > 1) fail(`code ${stack.at(-1)?.node?.code.id} is not closed`);
  const missing = unit.codes.filter((c) => !seen.has(c.id));
  if (missing.length) fail(`missing ${missing.map((c) => (c.type === 'pc' ? `{${c.id}}…{/${c.id}}` : `{${c.id}/}`)).join(', ')} (${missing.map((c) => c.kind).join(', ')})`);
  return (stack[0] as { children: PhrasingContent[] }).children;
}

function describeCodes(codes: readonly InlineCode[]): string {
  return codes.length === 0 ? 'no codes' : codes.map((c) => (c.type === 'pc' ? `{${c.id}}…{/${c.id}}` : `{${c.id}/}`)).join(' ');
}
