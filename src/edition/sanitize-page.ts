import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { type Options as Schema } from 'rehype-sanitize';
import { unified } from 'unified';
import { readAsset, STYLESHEET_NAME } from './assets.js';
import { CLOBBER_PREFIX, sanitizeSchema } from './sanitize-schema.js';

/** What {@link sanitizePage} did to a page. */
export interface SanitizedPage {
  /** The page to write: the input, unchanged, when it was clean. */
  html: string;
  /** What was removed (`a <script> element`, `the attribute onclick of <img>`…); empty when the page was clean. */
  removed: string[];
}

/** Classes of the page shell and of the parallel edition's layout (besides the renderer's). */
const SHELL_CLASSES = [
  'editions',
  'page',
  'parallel',
  'parallel-rows',
  'parallel-hint',
  'row',
  'row-table',
  'column-heads',
  'notes-title',
  'cell',
  /^row-[a-z]+$/,
];
const VIEWPORT = 'width=device-width, initial-scale=1';

/**
 * The schema of a whole page: the content schema plus exactly the shell that `pageShell` and
 * the parallel edition emit (the `<html>`/`<head>` elements, the one stylesheet, the edition
 * links, the parallel layout's classes, focusable sentences). Clobbering is checked separately
 * ({@link prefixClobbering}): the content's ids carry their prefix already.
 */
const pageSchema: Schema = {
  ...sanitizeSchema,
  clobber: [],
  allowDoctypes: true,
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'iframe', 'object', 'embed', 'select', 'math', 'svg'],
  tagNames: [...(sanitizeSchema.tagNames ?? []), 'html', 'head', 'body', 'meta', 'title', 'link', 'nav', 'main', 'article', 'script'],
  ancestors: { ...sanitizeSchema.ancestors, meta: ['head'], title: ['head'], link: ['head'], script: ['body'] },
  attributes: {
    ...sanitizeSchema.attributes,
    html: [['lang', /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/]],
    meta: [
      ['charSet', 'utf-8'],
      ['name', 'viewport', 'generator'],
      ['content', VIEWPORT, 'diglot'],
    ],
    // The stylesheet from any depth of a nested document (`../../diglot.css` for `en/sub/x.html`).
    link: [
      ['rel', 'stylesheet'],
      ['href', new RegExp(`^(?:\\.\\./)*${STYLESHEET_NAME.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)],
    ],
    nav: [['className', 'editions'], 'ariaLabel'],
    body: [['className', 'parallel']],
    span: [...(sanitizeSchema.attributes?.['span'] ?? []), ['tabIndex', 0, '0']],
    script: [],
    '*': [
      ...(sanitizeSchema.attributes?.['*'] ?? []).map((rule) => (Array.isArray(rule) && rule[0] === 'className' ? [...rule, ...SHELL_CLASSES] : rule)),
    ] as NonNullable<Schema['attributes']>['*'],
  },
};

const parser = unified().use(rehypeParse);
const sanitizer = unified().use(rehypeSanitize, pageSchema);

const CLOBBERED = ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'];

/**
 * Sanitise a complete page after it is assembled (from freshly rendered parts or from the
 * cache): parse it as a browser would, keep only what diglot's page template and renderer
 * produce — the shell, the content schema (no scripts, event handlers, `javascript:` URLs,
 * iframes, objects or styles), and diglot's own parallel script, recognised by its exact
 * text — and prefix any id or name that lacks `user-content-`. A clean page is returned
 * unchanged (same bytes); a page that needed changes is returned sanitised, with a list
 * of what was removed.
 *
 * @param html the page as assembled
 * @returns the page to write and what was removed
 * @example sanitizePage('<!doctype html><html>…<script>alert(1)</script>…').removed // ['a <script> element']
 */
export function sanitizePage(html: string): SanitizedPage {
  const tree = parser.parse(html);
  const removed: string[] = [];
  dropForeignScripts(tree, removed);
  prefixClobbering(tree, removed);
  const clean = sanitizer.runSync(tree);
  if (removed.length === 0 && sameTree(tree, clean)) return { html, removed: [] };
  const after = toHtml(clean);
  if (removed.length === 0) removed.push('content the page template does not produce');
  // The parser moves the page's final newline into <body>; put it back after </html>.
  return { html: `${after.replace(/\n<\/body><\/html>$/, '</body></html>')}\n`, removed };
}

/** True when two trees hold the same nodes (positions aside). */
function sameTree(a: Root | RootContent, b: Root | RootContent): boolean {
  if (a.type !== b.type) return false;
  if ('value' in a && (!('value' in b) || a.value !== b.value)) return false;
  if (a.type === 'element' && (b.type !== 'element' || a.tagName !== b.tagName || !sameProperties(a.properties, b.properties))) return false;
  const ac = 'children' in a ? a.children : [];
  const bc = 'children' in b ? b.children : [];
  return ac.length === bc.length && ac.every((child, i) => sameTree(child, bc[i] as RootContent));
}

function sameProperties(a: Element['properties'], b: Element['properties']): boolean {
  const keys = Object.keys(a).filter((k) => a[k] !== undefined);
  if (keys.length !== Object.keys(b).filter((k) => b[k] !== undefined).length) return false;
  return keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/** Remove every `<script>` but diglot's own parallel script (exact text, no attributes). */
function dropForeignScripts(node: Root | Element, removed: string[]): void {
  node.children = (node.children as RootContent[]).filter((child) => {
    if (child.type !== 'element') return true;
    if (child.tagName === 'script' && !isOwnScript(child)) {
      removed.push('a <script> element');
      return false;
    }
    dropForeignScripts(child, removed);
    return true;
  }) as typeof node.children;
}

let ownScript: string | undefined;

function isOwnScript(element: Element): boolean {
  const [text, ...rest] = element.children;
  return Object.keys(element.properties).length === 0 && rest.length === 0 && text?.type === 'text' && text.value === (ownScript ??= readAsset('parallel.js'));
}

/** Give every id, name and aria reference the content prefix (the page shell has none without it). */
function prefixClobbering(node: Root | Element, removed: string[]): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    // `<meta name>` names no DOM property (its values are fixed by the schema).
    if (child.tagName !== 'meta')
      for (const key of CLOBBERED) {
        const value = child.properties[key];
        if (value === undefined || value === null) continue;
        const values = Array.isArray(value) ? value.map(String) : [String(value)];
        if (values.every((v) => v.startsWith(CLOBBER_PREFIX))) continue;
        removed.push(`an unprefixed \`${key}\` on <${child.tagName}>`);
        child.properties[key] = Array.isArray(value)
          ? values.map((v) => (v.startsWith(CLOBBER_PREFIX) ? v : CLOBBER_PREFIX + v))
          : CLOBBER_PREFIX + String(value);
      }
    prefixClobbering(child, removed);
  }
}
