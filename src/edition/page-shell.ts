import type { ElementContent, Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';

/** A link of the edition switch. */
export interface EditionLink {
  href: string;
  text: string;
  /** Language of the linked page (`hreflang`), if monolingual. */
  hrefLang?: string;
  /** Language of the link text, when it differs from the page's. */
  lang?: string;
  /** A tooltip in the page's language (`Read in Ukrainian` beside `Українська`). */
  title?: string;
  /** The page itself: shown in the switcher as `<strong>`, not as a link. */
  current?: boolean;
}

/** Everything a standalone page needs around its content. */
export interface PageShell {
  lang: string;
  title: string;
  /** Relative URL of dist/diglot.css from this page. */
  stylesheet: string;
  navLabel: string;
  links: EditionLink[];
  /** The sanitised content. */
  body: ElementContent[];
  bodyClass?: string;
  /** An inline script (the parallel edition's highlighter); never content. */
  script?: string;
}

/**
 * Serialise a complete standalone HTML page: one local stylesheet, the edition links, the
 * content, and optionally one inline script. Nothing is loaded from elsewhere. `raw` nodes
 * are written as is: only already-sanitised pieces (cached rows) may be passed that way.
 *
 * @returns HTML text ending in a newline
 * @example pageShell({ lang: 'ru', title: 'Признание', stylesheet: '../diglot.css', navLabel: 'Издания', links: [], body: [] })
 */
export function pageShell(page: PageShell): string {
  // A link's text in another language is a `<span lang>` inside it, so its tooltip keeps the page's language.
  const text = (l: EditionLink): ElementContent => (l.lang && l.title ? h('span', { lang: l.lang }, l.text) : { type: 'text', value: l.text });
  const item = (l: EditionLink): ElementContent =>
    l.current
      ? h('strong', { lang: l.lang }, l.text)
      : h('a', { href: l.href, hrefLang: l.hrefLang, lang: l.title ? undefined : l.lang, title: l.title }, [text(l)]);
  const nav = h('nav.editions', { ariaLabel: page.navLabel }, page.links.map(item));
  const main = h('main.page', [nav, h('article', page.body)]);
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: page.lang }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: 'diglot' }),
          h('title', page.title),
          h('link', { rel: 'stylesheet', href: page.stylesheet }),
        ]),
        h('body', { className: page.bodyClass ? [page.bodyClass] : undefined }, page.script ? [main, h('script', page.script)] : [main]),
      ]),
    ],
  };
  return `${toHtml(tree, { allowDangerousHtml: true })}\n`;
}
