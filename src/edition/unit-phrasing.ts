import type { PhrasingContent } from 'mdast';
import type { Properties } from 'hast';
import { tokenizeCodedText } from '../segment/coded-text.js';
import type { InlineCode } from '../segment/types.js';
import { hNode, textNode } from './h-node.js';

/** A glossary term to mark: offsets into the unit's plain text (codes stripped), with its note. */
export interface TermSpan {
  start: number;
  end: number;
  entryId: string;
  note?: string | undefined;
}

/** Options of {@link unitPhrasing}. */
export interface UnitPhrasingOptions {
  /** The node for an inline code (see code-node.ts); paired codes get their children filled in. */
  node: (code: InlineCode) => PhrasingContent;
  /** Properties of the wrapper of sentence `k` (e.g. `data-s`, `data-with`), or undefined for no wrapper. */
  sentence: (k: number) => Properties | undefined;
  terms?: readonly TermSpan[] | undefined;
}

type Parent = { children: PhrasingContent[] };

/**
 * Render a unit's coded text as mdast phrasing content with every sentence wrapped.
 *
 * Sentences are slices of the coded text, but markup may span them (`{1}A. B.{/1}`). The
 * text is cut into segments — gap, sentence, gap, sentence, …, gap — and each segment is
 * tokenised on its own. A stack of open paired codes is carried across segments: at the
 * start of a segment every code still open is re-opened (a fresh node of the same kind),
 * so each sentence gets balanced markup of its own (`<em>A.</em> <em>B.</em>`), a sentence
 * wrapper can hold it, and the page stays valid HTML. Glossary terms are marked inside text
 * runs by plain-text offset (a term cut by markup is marked piecewise).
 *
 * @param unit the unit (text, codes, sentences)
 * @param options code nodes, sentence wrapper properties, terms
 * @returns phrasing nodes: sentence wrappers and the text between them
 * @example unitPhrasing(unit, { node: (c) => codeNode(c, {}), sentence: (k) => ({ className: ['s'] }) })
 */
export function unitPhrasing(
  unit: { text: string; codes: readonly InlineCode[]; sentences: ReadonlyArray<{ start: number; end: number }> },
  options: UnitPhrasingOptions,
): PhrasingContent[] {
  const codes = new Map(unit.codes.map((c) => [c.id, c]));
  const out: PhrasingContent[] = [];
  const open: number[] = [];
  const terms = options.terms ?? [];
  let plain = 0;
  let cursor = 0;

  const segment = (start: number, end: number, target: Parent): void => {
    if (end <= start) return;
    const stack: Parent[] = [target];
    for (const id of open) stack.push(attach(stack, id));
    for (const token of tokenizeCodedText(unit.text.slice(start, end))) {
      const top = stack.at(-1) as Parent;
      if (token.type === 'text') {
        top.children.push(...markTerms(token.value, plain, terms));
        plain += token.value.length;
      } else if (token.type === 'ph') {
        const code = codes.get(token.id);
        if (code) top.children.push(options.node(code));
      } else if (token.type === 'open') {
        stack.push(attach(stack, token.id));
        open.push(token.id);
      } else {
        const at = open.lastIndexOf(token.id);
        if (at === -1) continue;
        const depth = open.length - at;
        open.splice(at);
        stack.splice(stack.length - depth);
      }
    }
  };
  const attach = (stack: Parent[], id: number): Parent => {
    const code = codes.get(id);
    const node = code ? options.node(code) : hNode('span', {}, []);
    const parent = node as unknown as Partial<Parent>;
    if (!Array.isArray(parent.children)) parent.children = [];
    (stack.at(-1) as Parent).children.push(node);
    return parent as Parent;
  };

  unit.sentences.forEach((s, k) => {
    segment(cursor, s.start, { children: out });
    const props = options.sentence(k);
    if (props) {
      const wrapper: Parent = { children: [] };
      segment(s.start, s.end, wrapper);
      out.push(hNode('span', props, prune(wrapper.children)));
    } else segment(s.start, s.end, { children: out });
    cursor = Math.max(cursor, s.end);
  });
  segment(cursor, unit.text.length, { children: out });
  return prune(out);
}

function markTerms(value: string, offset: number, terms: readonly TermSpan[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const term of terms) {
    const start = Math.max(term.start - offset, at);
    const end = Math.min(term.end - offset, value.length);
    if (end <= start) continue;
    if (start > at) out.push(textNode(value.slice(at, start)));
    const props: Properties = { className: ['term'], dataTerm: term.entryId };
    if (term.note) props['title'] = term.note;
    out.push(hNode('abbr', props, [textNode(value.slice(start, end))]));
    at = end;
  }
  if (at < value.length) out.push(textNode(value.slice(at)));
  return out;
}

/**
 * Drop paired-code nodes left without content (a code re-opened for a gap that holds nothing),
 * and unwrap those holding only whitespace (`<em> </em>` between two sentences becomes ` `).
 */
function prune(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (!('children' in node)) return [node];
    node.children = prune(node.children as PhrasingContent[]) as typeof node.children;
    if (node.children.length === 0) return node.type === 'link' ? [node] : [];
    const blank = node.children.every((c) => c.type === 'text' && c.value.trim() === '');
    return blank && node.type !== 'link' ? (node.children as PhrasingContent[]) : [node];
  });
}
