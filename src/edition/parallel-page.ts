import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Messages } from '../i18n/create-messages.js';
import { readAsset } from './assets.js';
import { pageShell, type EditionLink } from './page-shell.js';

/**
 * The page around the rows of a parallel edition (one target or several): the source's chrome,
 * the hint, the rows' grid, the script that links sentences to their counterparts.
 *
 * @param options the source's language and messages, the document title, links and stylesheet
 * @param rows the column heads, notes titles and rows, in order
 * @example parallelPage({ lang: 'en', messages, title: 'A', stylesheet: 'diglot.css', links: [] }, rows)
 */
export function parallelPage(
  options: { lang: string; messages: Messages; title: string; stylesheet: string; links: EditionLink[] },
  rows: ElementContent[],
): string {
  const { messages } = options;
  return pageShell({
    lang: options.lang,
    title: messages.t('nav.parallelTitle', { title: options.title }),
    stylesheet: options.stylesheet,
    navLabel: messages.t('nav.label'),
    links: options.links,
    body: [h('div.parallel-rows', [h('p.parallel-hint', messages.t('nav.parallelHint')), ...rows])],
    bodyClass: 'parallel',
    script: readAsset('parallel.js'),
  });
}
