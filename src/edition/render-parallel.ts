import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { catalogues, type Messages } from '../i18n/create-messages.js';
import { endonym } from '../i18n/language-names.js';
import { hashOf } from '../util/hash-of.js';
import type { EditionLink } from './page-shell.js';
import { parallelPage } from './parallel-page.js';
import { parallelRows, type Side } from './parallel-rows.js';
import type { RenderCache } from './render-cache.js';
import { renderCell } from './render-cell.js';
import { RENDERER_VERSION } from './renderer-version.js';
import type { RowSpec } from './row-spec.js';
import { CLOBBER_PREFIX } from './sanitize-schema.js';
import type { TermSpan } from './unit-phrasing.js';
import type { Alignment } from '../align/types.js';

export { RENDERER_VERSION };

/** Input of {@link renderParallel}. */
export interface ParallelInput {
  source: Side;
  target: Side;
  alignment: Alignment;
  messages: { source: Messages; target: Messages };
  /** Glossary terms of a plain text, or undefined without a glossary. */
  terms?: ((text: string, lang: string) => TermSpan[]) | undefined;
  /** Hash of the glossary (part of every row's cache key). */
  glossaryHash: string;
  cache: RenderCache;
  /** Links to the two monolingual editions, relative to the parallel page. */
  links: EditionLink[];
  stylesheet: string;
  /** Paths of the stale source units: their rows are marked (`row-stale`, «Перевод устарел» in the target cell). */
  stalePaths?: ReadonlySet<string> | undefined;
}

/**
 * Render the parallel edition: English left, target language right, one grid row per aligned
 * block; every sentence wrapped with the ids of its counterparts; glossary terms marked; each
 * column's notes under it. Rows come from the cache when their content hash is known.
 *
 * @returns the page HTML and the number of rows
 * @example renderParallel({ source, target, alignment, messages, glossaryHash: '', cache, links, stylesheet: 'diglot.css' }).rows
 */
export function renderParallel(input: ParallelInput): { html: string; rows: number } {
  const { source: sm, target: tm } = input.messages;
  const specs = parallelRows(input.source, input.target, input.alignment, input.stalePaths);
  const base = hashOf(RENDERER_VERSION, catalogues, input.glossaryHash);
  const env = (lang: string, messages: Messages) => ({ messages, terms: input.terms, urlPrefix: `${lang}/` });
  const rowHtml = (spec: RowSpec): string =>
    input.cache.get(hashOf(base, spec), () => {
      const [a, b] = spec.cells;
      const mark = spec.stale ? [h('p', { className: ['stale-mark'] }, tm.t('banner.staleUnit'))] : [];
      const cells = [
        cellElement(a.lang, renderCell(spec.kind, a, env(a.lang, sm))),
        cellElement(b.lang, [...mark, ...renderCell(spec.kind, b, env(b.lang, tm))]),
      ];
      const table = spec.cells.some((c) => c.blocks?.some((b) => b.type === 'tableRow'));
      return toHtml(h('div', { className: ['row', `row-${spec.kind}`, ...(table ? ['row-table'] : []), ...(spec.stale ? ['row-stale'] : [])] }, cells));
    });
  const raw = (value: string): ElementContent => ({ type: 'raw', value }) as unknown as ElementContent;
  const body: ElementContent[] = [];
  const heads = h('div', { className: ['row', 'column-heads'], ariaHidden: 'true' }, [
    h('div.cell', { lang: input.source.lang }, endonym(input.source.lang)),
    h('div.cell', { lang: input.target.lang }, endonym(input.target.lang)),
  ]);
  body.push(heads);
  let notesTitle = false;
  for (const spec of specs) {
    if (spec.kind === 'notes' && !notesTitle) {
      notesTitle = true;
      body.push(
        h('div', { className: ['row', 'notes-title'] }, [
          h('div.cell', { lang: input.source.lang }, [h('h2', { id: `${CLOBBER_PREFIX}${input.source.lang}-footnote-label` }, sm.t('footnotes.label'))]),
          h('div.cell', { lang: input.target.lang }, [h('h2', { id: `${CLOBBER_PREFIX}${input.target.lang}-footnote-label` }, tm.t('footnotes.label'))]),
        ]),
      );
    }
    body.push(raw(rowHtml(spec)));
  }
  const html = parallelPage(
    { lang: input.source.lang, messages: sm, title: input.source.frontMatter.title ?? '', stylesheet: input.stylesheet, links: input.links },
    body,
  );
  return { html, rows: specs.length };
}

function cellElement(lang: string, children: ElementContent[]): ElementContent {
  return h('div.cell', { lang }, children);
}
