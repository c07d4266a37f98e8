import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { catalogues, type Messages } from '../i18n/create-messages.js';
import { endonym } from '../i18n/language-names.js';
import { hashOf } from '../util/hash-of.js';
import type { MultiRow } from './multi-rows.js';
import type { EditionLink } from './page-shell.js';
import { parallelPage } from './parallel-page.js';
import type { RenderCache } from './render-cache.js';
import { renderCell } from './render-cell.js';
import { RENDERER_VERSION } from './renderer-version.js';
import { CLOBBER_PREFIX } from './sanitize-schema.js';
import type { TermSpan } from './unit-phrasing.js';

/** Input of {@link renderMultiParallel}. */
export interface MultiParallelInput {
  /** The source language, then the targets, in column order. */
  languages: string[];
  /** The rows from `multiRows`. */
  rows: MultiRow[];
  /** The page title (the source's `title`). */
  title: string;
  /** Interface strings of each language. */
  messages: (lang: string) => Messages;
  terms?: ((text: string, lang: string) => TermSpan[]) | undefined;
  /** Hash of the glossary (part of every row's cache key). */
  glossaryHash: string;
  cache: RenderCache;
  /** The edition switcher's links, relative to this page. */
  links: EditionLink[];
  stylesheet: string;
}

/**
 * Render the view with the source beside two or more targets: one grid row per multi row
 * (`multiRows`), one column per language under its own name (`English`, `Русский`,
 * `Українська`); every sentence linked to its counterparts in every language, so hovering one
 * highlights its translations in all the other columns. The chrome is the source's. Rows come
 * from the row cache when their content hash is known.
 *
 * @returns the page HTML and the number of rows
 * @example renderMultiParallel({ languages: ['en', 'ru', 'uk'], rows, title, messages, glossaryHash: '', cache, links: [], stylesheet: 'diglot.css' }).rows
 */
export function renderMultiParallel(input: MultiParallelInput): { html: string; rows: number } {
  const [sourceLang = ''] = input.languages;
  const sm = input.messages(sourceLang);
  const base = hashOf(RENDERER_VERSION, catalogues, input.glossaryHash, 'multi', input.languages);
  const cell = (lang: string, content: ElementContent[]): ElementContent => h('div.cell', { lang }, content);
  const rowHtml = (row: MultiRow): string =>
    input.cache.get(hashOf(base, row), () => {
      const cells = row.columns.map((parts, i) => {
        const lang = input.languages[i] ?? '';
        const env = { messages: input.messages(lang), terms: input.terms, urlPrefix: `${lang}/` };
        return cell(
          lang,
          parts.flatMap((part) => renderCell(part.kind, part.cell, env)),
        );
      });
      const table = row.columns.some((parts) => parts.some((p) => p.cell.blocks?.some((b) => b.type === 'tableRow')));
      return toHtml(h('div', { className: ['row', 'row-multi', `row-${row.kind}`, ...(table ? ['row-table'] : [])] }, cells));
    });
  const raw = (value: string): ElementContent => ({ type: 'raw', value }) as unknown as ElementContent;
  const body: ElementContent[] = [];
  body.push(
    h(
      'div',
      { className: ['row', 'row-multi', 'column-heads'], ariaHidden: 'true' },
      input.languages.map((lang) => cell(lang, [{ type: 'text', value: endonym(lang) }])),
    ),
  );
  let notesTitle = false;
  for (const row of input.rows) {
    if (row.kind === 'notes' && !notesTitle) {
      notesTitle = true;
      const titles = input.languages.map((lang) =>
        cell(lang, [h('h2', { id: `${CLOBBER_PREFIX}${lang}-footnote-label` }, input.messages(lang).t('footnotes.label'))]),
      );
      body.push(h('div', { className: ['row', 'row-multi', 'notes-title'] }, titles));
    }
    body.push(raw(rowHtml(row)));
  }
  const html = parallelPage({ lang: sourceLang, messages: sm, title: input.title, stylesheet: input.stylesheet, links: input.links }, body);
  return { html, rows: input.rows.length };
}
