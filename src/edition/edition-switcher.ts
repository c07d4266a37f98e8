import { posix } from 'node:path';
import type { Messages } from '../i18n/create-messages.js';
import { endonym, languageList, languageName } from '../i18n/language-names.js';
import { outputNames } from './find-articles.js';
import type { EditionLink } from './page-shell.js';

/** A parallel edition of a document: its file (relative to the output folder) and languages, source first. */
export interface ParallelEdition {
  file: string;
  languages: string[];
}

/** Every edition of one document: the language pages and the parallel editions. */
export interface EditionSet {
  slug: string;
  /** The languages that have the document, source first, then the targets in config order. */
  languages: string[];
  /** The source beside each target that has the document, then (two targets or more) the multi-target view. */
  parallels: ParallelEdition[];
}

/** Which page of an {@link EditionSet} a switcher is on. */
export type EditionPlace = { lang: string } | { parallel: string };

/**
 * The file of the view with the source beside every target: `<slug>.parallel-all.html` (the
 * pairs keep `<slug>.parallel.html` and `<slug>.<lang>.parallel.html`).
 *
 * @example multiParallelFile('sub/a') // 'sub/a.parallel-all.html'
 */
export function multiParallelFile(slug: string): string {
  return `${slug}.parallel-all.html`;
}

/**
 * The editions of a document, from the languages that have it.
 *
 * @param source the source language; `targets` the config's target languages, in order
 * @param has whether a language has the document
 * @example editionSet('a', 'en', ['ru', 'uk'], () => true).parallels.map((p) => p.file) // ['a.parallel.html', 'a.uk.parallel.html', 'a.parallel-all.html']
 */
export function editionSet(slug: string, source: string, targets: readonly string[], has: (lang: string) => boolean): EditionSet {
  const present = targets.filter(has);
  const languages = has(source) ? [source, ...present] : present;
  if (!has(source)) return { slug, languages, parallels: [] };
  const parallels = targets.flatMap((lang, index) => (has(lang) ? [{ file: outputNames(slug, source, lang, index).parallel, languages: [source, lang] }] : []));
  if (present.length >= 2) parallels.push({ file: multiParallelFile(slug), languages });
  return { slug, languages, parallels };
}

/**
 * The page file of a place in the output folder (`ru/a.html`, `a.parallel.html`).
 *
 * @example placeFile(set, { lang: 'uk' }) // 'uk/a.html'
 */
export function placeFile(set: EditionSet, place: EditionPlace): string {
  return 'lang' in place ? `${place.lang}/${set.slug}.html` : place.parallel;
}

/**
 * The language switcher of a page: every language that has the document, each under its own
 * name (`Українська`, with `lang` and `hreflang`, and a tooltip in the page's language, `Read
 * in Ukrainian`), then every parallel edition (`Parallel edition: English and Ukrainian`,
 * language names in the language of the page's interface strings, from `Intl.DisplayNames`); the page itself is marked
 * as current instead of linked. Links are relative to the page.
 *
 * @param set the document's editions
 * @param here the page the switcher is on
 * @param messages the page's interface strings
 * @example switcherLinks(set, { lang: 'ru' }, createMessages('ru')).map((l) => l.text) // ['English', 'Русский', 'Українська', 'Параллельный текст: английский и русский', …]
 */
export function switcherLinks(set: EditionSet, here: EditionPlace, messages: Messages): EditionLink[] {
  const from = posix.dirname(placeFile(set, here));
  const href = (file: string): string => posix.relative(from, file);
  // Language names go into the interface strings: in their language (English for a language without a catalogue).
  const page = messages.chromeLang;
  const links: EditionLink[] = set.languages.map((lang) => {
    const current = 'lang' in here && here.lang === lang;
    const link: EditionLink = {
      href: href(placeFile(set, { lang })),
      hrefLang: lang,
      lang,
      text: endonym(lang),
      title: messages.t('nav.readIn', { language: languageName(lang, page) }),
    };
    return current ? { ...link, current } : link;
  });
  const single = set.parallels.length === 1;
  for (const parallel of set.parallels) {
    const text = single ? messages.t('nav.parallel') : messages.t('nav.parallelOf', { languages: languageList(parallel.languages, page) });
    const link: EditionLink = { href: href(parallel.file), text };
    links.push('parallel' in here && here.parallel === parallel.file ? { ...link, current: true } : link);
  }
  return links;
}
