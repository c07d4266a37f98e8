import type { ElementContent, Properties } from 'hast';
import type { PhrasingContent, RootContent } from 'mdast';
import type { Messages } from '../i18n/create-messages.js';
import { codeNode } from './code-node.js';
import { cellFigures, figureNode } from './figure-node.js';
import { headerNodes, type HeaderFields } from './header-nodes.js';
import { hNode, textNode } from './h-node.js';
import { messageWithNodes, slot } from './message-with-nodes.js';
import { pollNodes } from './poll-nodes.js';
import { cellBlockNode } from './cell-block-node.js';
import type { CellSpec, CellUnit, RowKind } from './row-spec.js';
import { footnoteHandlers } from './footnote-handlers.js';
import { toSafeHast } from './to-safe-hast.js';
import { translatorNoteLabel } from './translator-note-label.js';
import { inBlockContext } from './in-block-context.js';
import { unitPhrasing, type TermSpan } from './unit-phrasing.js';

/** What rendering a cell needs besides its spec. */
export interface CellEnv {
  messages: Messages;
  /** Glossary terms of a unit's plain text. */
  terms?: ((text: string, lang: string) => TermSpan[]) | undefined;
  /** Prefix of local image URLs from the parallel page (`en/`). */
  urlPrefix: string;
}

/**
 * Render one cell of the parallel edition to sanitised hast: units with every sentence
 * wrapped (`<span class="s" data-s data-with tabindex="0">`) and glossary terms marked.
 *
 * @param kind the row kind (header fields, body blocks, poll, date, notes)
 * @param spec the cell's data
 * @param env interface strings, glossary, image URL prefix
 * @example renderCell('body', spec, { messages: createMessages('ru'), urlPrefix: 'ru/' })
 */
export function renderCell(kind: RowKind, spec: CellSpec, env: CellEnv): ElementContent[] {
  const phrasing = (unit: CellUnit): PhrasingContent[] =>
    unitPhrasing(unit, {
      node: (code) => {
        const node = codeNode(code, spec.definitions, spec.footnotes);
        // A local image inside a sentence leads from the parallel page, as a figure's does.
        if (node.type === 'image' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(node.url)) node.url = env.urlPrefix + node.url;
        if (node.type === 'footnoteReference') {
          const data = node.data as Record<string, unknown>;
          data['diglotRepeat'] = unit.repeats?.[code.id] ?? 0;
          const mark = spec.translatorNotes?.[node.identifier];
          if (mark !== undefined) data['diglotMark'] = mark;
        }
        return node;
      },
      sentence: (k) => {
        const s = unit.sentences[k];
        return s && { className: ['s'], dataS: `${spec.lang}:${s.id}`, dataWith: s.with.join(' ') || undefined, tabIndex: 0 };
      },
      terms: env.terms?.(plainOf(unit), spec.lang),
    });
  const nodes: RootContent[] = [];
  if (kind === 'header') nodes.push(...headerNodes(headerFields(spec.units, phrasing), undefined, env.messages));
  else if (kind === 'date') nodes.push(...headerNodes(spec.translation ? { translation: [textNode(spec.translation)] } : {}, spec.date, env.messages));
  else if (kind === 'poll') {
    const question = spec.units.find((u) => u.path === 'frontmatter/poll.question');
    const options = (spec.votes ?? []).map((votes, i) => {
      const unit = spec.units.find((u) => u.path === `frontmatter/poll.options[${i}].text`);
      return { text: unit ? phrasing(unit) : [], votes };
    });
    nodes.push(...pollNodes({ question: question ? phrasing(question) : [], options }, env.messages));
  } else if (spec.blocks)
    nodes.push(
      ...spec.blocks.map((block) => cellBlockNode(block.type === 'plain' ? { ...block, node: cellFigures(block.node, env.messages) } : block, phrasing)),
    );
  else nodes.push(...blocks(spec, phrasing, env));
  const prefix = `${spec.lang}-`;
  return toSafeHast({ type: 'root', children: nodes }, { messages: env.messages, idPrefix: prefix, handlers: footnoteHandlers(prefix, env.messages) })
    .children as ElementContent[];
}

function blocks(spec: CellSpec, phrasing: (unit: CellUnit) => PhrasingContent[], env: CellEnv): RootContent[] {
  const out: RootContent[] = [];
  spec.units.forEach((unit, i) => {
    const inline = phrasing(unit);
    switch (unit.kind) {
      case 'heading':
        out.push({ type: 'heading', depth: clampDepth(unit.depth), children: inline });
        return;
      case 'alt': {
        const next = spec.units[i + 1];
        const credit = next?.kind === 'imageTitle' && next.path.replace(/title$/, 'alt') === unit.path ? phrasing(next) : undefined;
        const url = unit.context.image ?? '';
        out.push(
          figureNode(
            { url, alt: plainOf(unit), caption: inline, credit, showImage: unit.imageAvailable === true, urlPrefix: env.urlPrefix },
            env.messages,
          ) as unknown as RootContent,
        );
        return;
      }
      case 'imageTitle': {
        const prev = spec.units[i - 1];
        if (prev?.kind === 'alt' && unit.path.replace(/title$/, 'alt') === prev.path) return;
        out.push(
          hNode(
            'p',
            { className: ['figure-credit'] },
            messageWithNodes(env.messages.t('figure.credit', { credit: slot('credit') }), { credit: inline }),
          ) as unknown as RootContent,
        );
        return;
      }
      case 'footnote':
        out.push(
          hNode('div', footnoteProps(spec, unit), [
            hNode('p', {}, [...noteNumber(spec, unit), ...inline, ...translatorLabel(spec, unit, env.messages), ...backReference(spec, unit, env.messages)]),
          ]) as unknown as RootContent,
        );
        return;
      case 'tableCell':
        out.push(hNode('p', { className: ['table-cell'] }, inline) as unknown as RootContent);
        return;
      case 'frontmatter':
        out.push({ type: 'paragraph', children: inline });
        return;
      default:
        out.push(wrap(unit, inline));
    }
  });
  return out;
}

function wrap(unit: CellUnit, inline: PhrasingContent[]): RootContent {
  const first = inline[0];
  const markRunIn = (node: PhrasingContent | undefined): void => {
    if (node?.type === 'strong') node.data = { hProperties: { className: ['run-in'] } };
    else if (node && 'children' in node && (node.data as { hName?: string } | undefined)?.hName === 'span') markRunIn(node.children[0] as PhrasingContent);
  };
  if (unit.text.startsWith('{1}') && unit.codes[0]?.kind === 'strong') markRunIn(first);
  return inBlockContext({ type: 'paragraph', children: inline }, unit.context);
}

function headerFields(units: CellUnit[], phrasing: (unit: CellUnit) => PhrasingContent[]): HeaderFields {
  const fields: HeaderFields = {};
  for (const unit of units) {
    const key = unit.path.replace(/^frontmatter\//, '');
    if (key === 'title' || key === 'subtitle' || key === 'summary' || key === 'author' || key === 'authorTitle' || key === 'publisher')
      fields[key] = phrasing(unit);
    else if (key === 'description') fields.summary = phrasing(unit);
  }
  return fields;
}

function footnoteProps(spec: CellSpec, unit: CellUnit): Properties {
  const label = unit.label ?? '';
  const firstParagraph = /paragraph\[0\]$/.test(unit.path);
  const props: Properties = { className: spec.translatorNotes?.[noteId(label)] === undefined ? ['fn-item'] : ['fn-item', 'translator-note'] };
  if (firstParagraph) props['id'] = `${spec.lang}-fn-${safeId(label)}`;
  return props;
}

/** The language's label after a translator's note («— Примеч. пер.»), at the end of its last paragraph. */
function translatorLabel(spec: CellSpec, unit: CellUnit, messages: Messages): PhrasingContent[] {
  if (spec.translatorNotes?.[noteId(unit.label ?? '')] === undefined) return [];
  const last = spec.units.filter((u) => u.kind === 'footnote' && u.label === unit.label).at(-1);
  return last === unit ? [hNode('span', { className: ['tn-label'] }, [textNode(`\u00A0${translatorNoteLabel(messages)}`)])] : [];
}

function backReference(spec: CellSpec, unit: CellUnit, messages: Messages): PhrasingContent[] {
  const label = unit.label ?? '';
  const mark = spec.translatorNotes?.[noteId(label)];
  const n = mark ?? spec.footnotes[noteId(label)];
  if (n === undefined || !/paragraph\[0\]$/.test(unit.path)) return [];
  const back = hNode(
    'a',
    {
      href: `#${spec.lang}-fnref-${safeId(label)}`,
      className: ['data-footnote-backref'],
      ariaLabel: messages.t('footnotes.backLabel', { reference: String(n) }),
    },
    [textNode('↩')],
  );
  return [textNode(' '), back];
}

function noteNumber(spec: CellSpec, unit: CellUnit): PhrasingContent[] {
  const mark = spec.translatorNotes?.[noteId(unit.label ?? '')];
  const n = mark ?? spec.footnotes[noteId(unit.label ?? '')];
  return n === undefined || !/paragraph\[0\]$/.test(unit.path) ? [] : [textNode(mark === undefined ? `${n}. ` : `${mark} `)];
}

/** A footnote identifier as used in element ids. */
export function safeId(label: string): string {
  return encodeURIComponent(noteId(label));
}

function noteId(label: string): string {
  return label.toLowerCase();
}

function plainOf(unit: CellUnit): string {
  return unit.text.replace(/\{\{|\{\/?\d+\/?\}/g, (m) => (m === '{{' ? '{' : ''));
}

function clampDepth(depth: number | undefined): 1 | 2 | 3 | 4 | 5 | 6 {
  return Math.min(6, Math.max(1, depth ?? 2)) as 1 | 2 | 3 | 4 | 5 | 6;
}
