import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { PhrasingContent, Root } from 'mdast';
import type { Messages } from '../i18n/create-messages.js';
import { parseMarkdown } from '../markdown/parse-markdown.js';
import { transformFigures } from './figure-node.js';
import { headerNodes, type HeaderFields } from './header-nodes.js';
import { textNode } from './h-node.js';
import type { ImageLocator } from './image-locator.js';
import { markRunInLabels } from './mark-run-in-labels.js';
import { pageShell, type EditionLink } from './page-shell.js';
import { pollNodes } from './poll-nodes.js';
import { readFrontMatter } from './read-front-matter.js';
import { toSafeHast } from './to-safe-hast.js';
import { appendTranslatorNotes, takeTranslatorNotes, translatorNoteList } from './translator-notes-page.js';

/** Input of {@link renderPage}. */
export interface PageInput {
  source: string;
  /** The tree of `source` when the caller parsed it already (it is cloned, never changed). */
  tree?: Root;
  messages: Messages;
  images: ImageLocator;
  /** Links to the other editions, relative to this page. */
  links: EditionLink[];
  stylesheet: string;
  /**
   * A page of a translation: its `[^tn…]` footnotes are translator's notes (see
   * translator-notes-page.ts), except those whose key the source has too (`sourceFootnoteKeys`).
   */
  translatorNotes?: { sourceFootnotes: ReadonlySet<string> } | undefined;
  /** A banner at the top of the article (a stale or partial translation: stale-banner.ts). */
  banner?: ElementContent[] | undefined;
}

/**
 * Render one language edition of an article as a standalone HTML page: header from the
 * front matter (with the translator's line, `translation:`), body with figures, run-in labels
 * and footnotes (“Notes” / «Примечания»), the poll before the notes; raw HTML sanitised. On a
 * translation's page (`translatorNotes`) the `[^tn…]` notes are marked `*`, `**`… and end
 * with the language's label («— Примеч. пер.»), after the author's notes.
 *
 * @returns the HTML text
 * @example renderPage({ source, messages: createMessages('ru'), images: imageLocator('content/ru'), links: [], stylesheet: '../diglot.css' })
 */
export function renderPage(input: PageInput): string {
  const tree = input.tree ? structuredClone(input.tree) : parseMarkdown(input.source);
  const fm = readFrontMatter(tree);
  tree.children = tree.children.filter((n) => n.type !== 'yaml');
  const notes = input.translatorNotes ? takeTranslatorNotes(tree, input.translatorNotes.sourceFootnotes) : [];
  markRunInLabels(tree);
  transformFigures(tree, input.messages, input.images);
  const text = (value: string | undefined): PhrasingContent[] | undefined => (value === undefined ? undefined : [textNode(value)]);
  const fields: HeaderFields = {};
  for (const key of ['title', 'subtitle', 'summary', 'author', 'authorTitle', 'publisher', 'translation'] as const) {
    const value = text(fm[key]);
    if (value) fields[key] = value;
  }
  const header = toSafeHast({ type: 'root', children: headerNodes(fields, fm.date, input.messages) }, { messages: input.messages });
  const body = toSafeHast(tree, { messages: input.messages });
  const poll: HastRoot | undefined = fm.poll
    ? toSafeHast(
        {
          type: 'root',
          children: pollNodes(
            { question: [textNode(fm.poll.question)], options: fm.poll.options.map((o) => ({ text: [textNode(o.text)], votes: o.votes })) },
            input.messages,
          ),
        },
        { messages: input.messages },
      )
    : undefined;
  const noteList =
    notes.length > 0
      ? (toSafeHast({ type: 'root', children: translatorNoteList(notes, input.messages) }, { messages: input.messages }).children as ElementContent[])
      : [];
  const content = appendTranslatorNotes(
    insertBeforeFootnotes(body.children as ElementContent[], (poll?.children ?? []) as ElementContent[]),
    noteList,
    input.messages.t('footnotes.label'),
  );
  return pageShell({
    lang: input.messages.lang,
    title: fm.title ?? '',
    stylesheet: input.stylesheet,
    navLabel: input.messages.t('nav.label'),
    links: input.links,
    body: [...(input.banner ?? []), ...(header.children as ElementContent[]), ...content],
  });
}

/** Put `extra` before the footnotes section (or at the end when there are no footnotes). */
export function insertBeforeFootnotes(children: ElementContent[], extra: ElementContent[]): ElementContent[] {
  const at = children.findIndex((c) => c.type === 'element' && isFootnotes(c));
  if (at === -1) return [...children, ...extra];
  return [...children.slice(0, at), ...extra, ...children.slice(at)];
}

function isFootnotes(element: Element): boolean {
  return element.tagName === 'section' && element.properties['dataFootnotes'] !== undefined;
}
