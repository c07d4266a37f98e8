import type { Parents, PhrasingContent } from 'mdast';
import type { Handle, State, Info } from 'mdast-util-to-markdown';
import { InputError } from '../errors.js';
import { inlineWriter } from '../unified/markdown-processor.js';
import { isMdxFile } from '../markdown/markdown-syntax.js';
import { joinCodedText, tokenizeCodedText, type CodedToken } from './coded-text.js';
import type { InlineCode, Unit } from './types.js';
import { CLOSE, CLOSE_END, OPEN, OPEN_END, PH, PH_BLOCKY, PH_END } from './wrap-inline.js';

interface CodeNode {
  type: 'diglotCode';
  code: InlineCode;
  children: PhrasingContent[];
  /** The original Markdown, written as it was (a reference whose text, its label, is unchanged). */
  keep?: string;
  /** The label to name in a full reference (a shortcut or collapsed reference whose text changed). */
  label?: string;
  /** Write the code's Markdown between the marks of wrap-inline.ts. */
  marked?: boolean;
}
interface RawNode {
  type: 'diglotRaw';
  value: string;
}

const LABEL_KINDS: ReadonlySet<string> = new Set(['link', 'linkReference']);
/** Standalone codes that may begin a wrapped line (what else they start is checked on their text). */
const LINE_START_KINDS: ReadonlySet<string> = new Set(['inlineCode', 'image', 'imageReference', 'footnoteReference']);

const diglotCode: Handle = (node: CodeNode, _parent: Parents | undefined, state: State, info: Info): string => {
  if (node.keep !== undefined) return node.marked ? PH + node.keep + PH_END : node.keep;
  const { data } = node.code;
  const dataEnd = node.label === undefined ? (node.code.dataEnd ?? '') : `][${node.label}]`;
  const exit = state.enter(LABEL_KINDS.has(node.code.kind) ? 'label' : 'phrasing');
  const inner = state.containerPhrasing(node as unknown as Parents, { ...info, before: data.at(-1) ?? info.before, after: dataEnd[0] ?? info.after });
  exit();
  return node.marked ? OPEN + data + OPEN_END + inner + CLOSE + dataEnd + CLOSE_END : data + inner + dataEnd;
};
const diglotRaw: Handle = (node: RawNode): string => node.value;

/** diglot's Markdown and MDX processors (their remark-stringify settings and extensions) with the handlers of codes. */
const writer = inlineWriter({ diglotCode, diglotRaw });
const mdxWriter = inlineWriter({ diglotCode, diglotRaw }, { mdx: true });

/** Options of {@link inlineToMarkdown}. */
export interface InlineToMarkdownOptions {
  /** How the heading unit is written in the source: `# …` (default) or underlined (setext). */
  heading?: 'atx' | 'setext';
  /** Labels as written of the unit's shortcut and collapsed references, by code id (see reference-labels.ts). */
  labels?: ReadonlyMap<number, string>;
  /** Write each code's Markdown between the private-use marks of wrap-inline.ts, for `wrapInline`. */
  marked?: boolean;
}

/**
 * Serialise a unit's new coded text back to Markdown: text is escaped by the remark-stringify
 * of diglot's one Markdown processor (src/unified/markdown-processor.ts; its MDX variant for
 * a `where` ending in `.mdx`, so `{` and `<` are escaped there), codes are restored
 * from their original Markdown (`data`). A shortcut or collapsed reference (`[foo]`, `[foo][]`)
 * whose text changed is written as a full reference naming its label (`[фу][foo]`), so it
 * still matches its definition.
 *
 * @param unit the unit whose codes the text must use (each code exactly once, well nested)
 * @param text the new coded text
 * @param where the file name for errors
 * @param options the heading's form in the source and the unit's reference labels
 * @returns inline Markdown for the unit's span (one line for an ATX heading or a table cell)
 * @throws InputError naming the unit when codes are missing, extra or badly nested
 * @example inlineToMarkdown(unit, '{1}Долги России.{/1} Администрация…', 'ru.md')
 */
export function inlineToMarkdown(unit: Unit, text: string, where: string, options: InlineToMarkdownOptions = {}): string {
  const setext = unit.kind === 'heading' && options.heading === 'setext';
  const oneLine = unit.kind === 'tableCell' || (unit.kind === 'heading' && !setext);
  const children = buildTree(unit, tokenizeCodedText(text), where, { labels: options.labels ?? new Map(), oneLine, marked: options.marked === true });
  // Serialised in its own construct, so that what is unsafe there is escaped: a `|` in a table
  // cell, a `#` closing a heading (`# 1. #` would lose its last `#`). A setext heading's lines
  // are a paragraph's: what would start a block or underline it (`\>`, `\---`) is escaped.
  const root =
    unit.kind === 'tableCell'
      ? { type: 'tableCell' as const, children }
      : unit.kind === 'heading' && !setext
        ? { type: 'heading' as const, depth: unit.depth ?? 1, children }
        : { type: 'paragraph' as const, children };
  const out = (isMdxFile(where) ? mdxWriter : writer).stringify(root as never).replace(/\n$/, '');
  // The heading's own marker is in the source already: only its content is spliced in.
  return unit.kind === 'heading' && !setext ? out.replace(/^#{1,6}(?: |$)/, '') : out;
}

/** A line ending written as a character reference: it keeps a one-line construct on one line and reads back as itself. */
const LINE_ENDING = /\r\n|\r|\n/;

function textNodes(value: string, oneLine: boolean): PhrasingContent[] {
  if (!oneLine || !LINE_ENDING.test(value)) return [{ type: 'text', value }];
  const nodes: PhrasingContent[] = [];
  value.split(/(\r\n|\r|\n)/).forEach((part, i) => {
    if (i % 2 === 1) nodes.push({ type: 'diglotRaw', value: [...part].map((c) => `&#${c.charCodeAt(0)};`).join('') } as unknown as PhrasingContent);
    else if (part) nodes.push({ type: 'text', value: part });
  });
  return nodes;
}

/** The coded text inside each paired code of `tokens`, by code id. */
function innerTexts(tokens: readonly CodedToken[]): Map<number, string> {
  const inner = new Map<number, string>();
  const open: Array<{ id: number; at: number }> = [];
  tokens.forEach((token, i) => {
    if (token.type === 'open') open.push({ id: token.id, at: i + 1 });
    else if (token.type === 'close' && open.at(-1)?.id === token.id) {
      const { id, at } = open.pop() as { id: number; at: number };
      inner.set(id, joinCodedText(tokens.slice(at, i)));
    }
  });
  return inner;
}

function buildTree(
  unit: Unit,
  tokens: CodedToken[],
  where: string,
  how: { labels: ReadonlyMap<number, string>; oneLine: boolean; marked: boolean },
): PhrasingContent[] {
  const before = how.labels.size > 0 ? innerTexts(tokenizeCodedText(unit.text)) : new Map<number, string>();
  const after = how.labels.size > 0 ? innerTexts(tokens) : new Map<number, string>();
  const byId = new Map(unit.codes.map((c) => [c.id, c]));
  const seen = new Set<number>();
  const stack: Array<{ node: CodeNode | undefined; children: PhrasingContent[] }> = [{ node: undefined, children: [] }];
  const fail = (what: string): never => {
    throw new InputError(
      `Unexpected codes in the translation of unit \`${unit.id}\`: ${what}`,
      { file: where, line: unit.start.line, column: unit.start.column },
      {
        expected: describeCodes(unit.codes),
        actual: what,
      },
    );
  };
  for (const token of tokens) {
    const top = stack.at(-1) as { node: CodeNode | undefined; children: PhrasingContent[] };
    if (token.type === 'text') {
      top.children.push(...textNodes(token.value, how.oneLine));
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
      const value = how.marked ? (LINE_START_KINDS.has(c.kind) ? PH : PH_BLOCKY) + c.data + PH_END : c.data;
      top.children.push({ type: 'diglotRaw', value } as unknown as PhrasingContent);
    } else {
      const node: CodeNode = { type: 'diglotCode', code: c, children: [], ...(how.marked ? { marked: true } : {}) };
      const label = how.labels.get(c.id);
      if (label !== undefined) {
        // The text of `[foo]` / `[foo][]` is its label: unchanged, the reference keeps its bytes; changed, it names the label.
        if (before.get(c.id) === after.get(c.id)) node.keep = c.data + label + (c.dataEnd ?? '');
        else node.label = label;
      }
      top.children.push(node as unknown as PhrasingContent);
      stack.push({ node, children: node.children });
    }
  }
  if (stack.length > 1) fail(`code ${stack.at(-1)?.node?.code.id} is not closed`);
  const missing = unit.codes.filter((c) => !seen.has(c.id));
  if (missing.length)
    fail(`missing ${missing.map((c) => (c.type === 'pc' ? `{${c.id}}…{/${c.id}}` : `{${c.id}/}`)).join(', ')} (${missing.map((c) => c.kind).join(', ')})`);
  return (stack[0] as { children: PhrasingContent[] }).children;
}

function describeCodes(codes: readonly InlineCode[]): string {
  return codes.length === 0 ? 'no codes' : codes.map((c) => (c.type === 'pc' ? `{${c.id}}…{/${c.id}}` : `{${c.id}/}`)).join(' ');
}
