import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { BlockContent, DefinitionContent, FootnoteDefinition, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Messages } from '../i18n/create-messages.js';
import { footnoteKey, isTranslatorNoteLabel } from '../segment/translator-notes.js';
import { hNode, textNode } from './h-node.js';
import { translatorNoteLabel, translatorNoteMark } from './translator-note-label.js';

/** A translator's note taken out of a page's tree, with its mark. */
export interface PageTranslatorNote {
  /** The footnote key (`tn1`), used in element ids. */
  key: string;
  /** `*`, `**`, … in the order of first call (notes never called come last). */
  mark: string;
  children: Array<BlockContent | DefinitionContent>;
}

/**
 * Take the translator's notes (`[^tn…]`) out of a target page's tree, so that GFM numbers only
 * the author's notes (which keep the numbers of the original): every call becomes a superscript
 * mark linking to the note (`*`, `**`, …), every definition is removed and returned. Changes
 * `tree` in place (pass a clone). A definition no call names is still returned: never lost.
 *
 * @param tree the mdast tree of a target page
 * @param source the footnote keys of the source (`sourceFootnoteKeys`): a `tn` note the source has too is the author's
 * @returns the notes in the order of their marks
 * @example takeTranslatorNotes(tree).map((n) => n.mark) // ['*', '**']
 */
export function takeTranslatorNotes(tree: Root, source?: ReadonlySet<string>): PageTranslatorNote[] {
  const definitions = new Map<string, FootnoteDefinition>();
  visit(tree, 'footnoteDefinition', (node, index, parent) => {
    if (!parent || index === undefined || !isTranslatorNoteLabel(node.label ?? node.identifier, source)) return undefined;
    const key = footnoteKey(node.label ?? node.identifier);
    if (!definitions.has(key)) definitions.set(key, node);
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  const calls: Array<{ parent: Parent; index: number; key: string }> = [];
  visit(tree, 'footnoteReference', (node, index, parent) => {
    if (parent && index !== undefined && isTranslatorNoteLabel(node.label ?? node.identifier, source))
      calls.push({ parent, index, key: footnoteKey(node.label ?? node.identifier) });
  });
  const marks = new Map<string, string>();
  const repeats = new Map<string, number>();
  for (const call of calls) {
    if (!definitions.has(call.key)) continue;
    const mark = marks.get(call.key) ?? translatorNoteMark(marks.size + 1);
    marks.set(call.key, mark);
    const repeat = repeats.get(call.key) ?? 0;
    repeats.set(call.key, repeat + 1);
    const link = hNode(
      'a',
      { href: `#tn-${encodeURIComponent(call.key)}`, id: `tnref-${encodeURIComponent(call.key)}${repeat > 0 ? `-${repeat + 1}` : ''}`, dataFootnoteRef: true },
      [textNode(mark)],
    );
    call.parent.children[call.index] = hNode('sup', { className: ['tn-call'] }, [link]) as PhrasingContent;
  }
  for (const key of definitions.keys()) if (!marks.has(key)) marks.set(key, translatorNoteMark(marks.size + 1));
  return [...marks].map(([key, mark]) => ({ key, mark, children: structuredClone((definitions.get(key) as FootnoteDefinition).children) }));
}

/**
 * The list of a page's translator's notes (mdast, for toSafeHast): each note with its mark,
 * its text, the language's label («— Примеч. пер.») and a link back to its first call.
 *
 * @example translatorNoteList(takeTranslatorNotes(tree), createMessages('ru'))
 */
export function translatorNoteList(notes: readonly PageTranslatorNote[], messages: Messages): RootContent[] {
  const label = translatorNoteLabel(messages);
  const items = notes.map((note) => {
    const children = note.children.map((c) => structuredClone(c));
    const id = encodeURIComponent(note.key);
    const back = hNode(
      'a',
      { href: `#tnref-${id}`, className: ['data-footnote-backref'], ariaLabel: messages.t('footnotes.backLabel', { reference: note.mark }) },
      [textNode('↩')],
    );
    const tail: PhrasingContent[] = [hNode('span', { className: ['tn-label'] }, [textNode(`\u00A0${label}`)]), textNode(' '), back];
    const first = children[0];
    const last = children.at(-1);
    if (first?.type === 'paragraph') first.children.unshift(hNode('span', { className: ['tn-mark'] }, [textNode(note.mark)]), textNode(' '));
    if (last?.type === 'paragraph') last.children.push(...tail);
    else children.push({ type: 'paragraph', children: tail });
    return hNode('li', { id: `tn-${id}`, className: ['translator-note'] }, children as unknown as PhrasingContent[]);
  });
  return [hNode('ul', { className: ['translator-notes'] }, items) as unknown as RootContent];
}

/**
 * Put the translator's notes (sanitised hast) after the author's notes in the footnotes
 * section, or in a footnotes section of their own at the end when the page has none.
 *
 * @param children the page's body
 * @param notes the sanitised list from {@link translatorNoteList}
 * @param heading the section heading («Примечания») when a section must be made
 */
export function appendTranslatorNotes(children: ElementContent[], notes: ElementContent[], heading: string): ElementContent[] {
  if (notes.length === 0) return children;
  const at = children.findIndex((c) => c.type === 'element' && c.tagName === 'section' && c.properties['dataFootnotes'] !== undefined);
  if (at !== -1) {
    const section = children[at] as Element;
    return [...children.slice(0, at), { ...section, children: [...section.children, ...notes] }, ...children.slice(at + 1)];
  }
  return [...children, h('section', { className: ['footnotes', 'translator-notes-only'], dataFootnotes: true }, [h('h2', heading), ...notes])];
}
