import { InputError } from '../errors.js';
import type { Messages } from '../i18n/create-messages.js';
import { multiParallelFile, switcherLinks, type EditionSet } from './edition-switcher.js';
import type { TermFinder } from './load-term-finder.js';
import { multiRows } from './multi-rows.js';
import type { Side } from './parallel-rows.js';
import type { RenderCache } from './render-cache.js';
import { renderMultiParallel } from './render-multi-parallel.js';
import type { RowSpec } from './row-spec.js';

/** What {@link multiParallel} needs from the article's build. */
export interface MultiParallelPage {
  editions: EditionSet;
  source: Side;
  /** The rows of each pair that was aligned (`parallelRows`), in target order. */
  pairRows: RowSpec[][];
  messages: (lang: string) => Messages;
  terms: TermFinder | undefined;
  cache: RenderCache;
  /** The stylesheet's URL from the page. */
  stylesheet: string;
}

/**
 * The page with the source beside every aligned target (`<slug>.parallel-all.html`), or an
 * error naming the article when the pairs cannot be merged through the source (the pairs'
 * own parallel editions are built all the same).
 *
 * @example multiParallel({ editions, source: en, pairRows: [ruRows, ukRows], messages, terms, cache, stylesheet: 'diglot.css' })
 */
export function multiParallel(input: MultiParallelPage): { html: string; rows: number } | InputError {
  const file = multiParallelFile(input.editions.slug);
  const entry = input.editions.parallels.find((p) => p.file === file);
  const place = { file: input.source.doc.file };
  if (!entry || entry.languages.length !== input.pairRows.length + 1) {
    return new InputError(
      `Cannot build \`${file}\`: a translation of \`${input.editions.slug}\` could not be aligned (see its error); the other pairs' parallel editions were built`,
      place,
      { expected: 'every target aligned with the source', actual: `${input.pairRows.length} of ${(entry?.languages.length ?? 1) - 1} aligned` },
    );
  }
  const rows = multiRows(input.pairRows);
  if (rows === undefined) {
    return new InputError(
      `Cannot lay out \`${file}\`: the parallel editions of \`${input.editions.slug}\` do not show the source's blocks alike; the pairs' parallel editions were built`,
      place,
      { expected: 'the same source blocks beside every target', actual: 'different source layouts' },
    );
  }
  const { terms } = input;
  return renderMultiParallel({
    languages: entry.languages,
    rows,
    title: input.source.frontMatter.title ?? '',
    messages: input.messages,
    terms: terms ? (text, l) => terms.find(text, l) : undefined,
    glossaryHash: terms?.hash ?? '',
    cache: input.cache,
    links: switcherLinks(input.editions, { parallel: file }, input.messages(input.source.lang)),
    stylesheet: input.stylesheet,
  });
}
