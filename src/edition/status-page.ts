import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Messages } from '../i18n/create-messages.js';
import { endonym } from '../i18n/language-names.js';
import { formatIsoDate } from './header-nodes.js';
import { pageShell } from './page-shell.js';
import type { LanguageStatus, ProjectStatus, StaleSince } from './status-types.js';

/** The file name of the status page in the output folder. */
export const STATUS_PAGE = 'status.html';

/**
 * The status page: a plain HTML table (no script needed) of every document in every target
 * language — state, out-of-date passages and since when, untranslated passages, findings at
 * error level, links to the page, the parallel edition and the source file — after the totals
 * per language; documents sorted by slug, languages in the config's order; the chrome in the
 * source language (`messages`).
 *
 * @param status from `collectStatus`
 * @param messages the interface strings of the page's language
 * @param stylesheet the stylesheet's address from the page
 * @returns the HTML text
 * @example renderStatusPage(await collectStatus(config, slugs, { useCache: true }), createMessages('en'), 'diglot.css')
 */
export function renderStatusPage(status: ProjectStatus, messages: Messages, stylesheet: string): string {
  const { t } = messages;
  const number = (n: number | undefined): string => (n === undefined ? t('status.notChecked') : messages.intl.formatNumber(n));
  const th = (text: string): ElementContent => h('th', text);
  const totals = h('table', { className: ['status-table', 'status-totals'] }, [
    h('thead', [
      h('tr', [
        th(t('status.language')),
        th(t('status.documents')),
        th(t('status.translated')),
        th(t('status.stale')),
        th(t('status.partial')),
        th(t('status.missing')),
        th(t('status.staleUnits')),
        th(t('status.untranslatedUnits')),
        th(t('status.errors')),
      ]),
    ]),
    h(
      'tbody',
      status.totals.map((row) =>
        h('tr', [
          h('td', { lang: row.lang }, endonym(row.lang)),
          h('td', number(row.documents)),
          h('td', number(row.translated)),
          h('td', number(row.stale)),
          h('td', number(row.partial)),
          h('td', number(row.missing + row.unreadable)),
          h('td', number(row.staleUnits)),
          h('td', number(row.untranslatedUnits)),
          h('td', number(row.errors)),
        ]),
      ),
    ),
  ]);
  const documents = [...status.documents].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  const rows: ElementContent[] = [];
  for (const doc of documents) {
    const name = (span: number): ElementContent =>
      h('th', { rowSpan: span > 1 ? span : undefined }, [
        h('a', { href: doc.sourcePage, hrefLang: status.sourceLanguage }, doc.slug),
        h('br'),
        h('a', { href: doc.sourceHref }, t('status.source')),
      ]);
    if (doc.error !== undefined) {
      rows.push(h('tr', [name(1), h('td', { colSpan: 7 }, doc.error)]));
      continue;
    }
    doc.languages.forEach((entry, i) => {
      const cells: ElementContent[] = i === 0 ? [name(doc.languages.length)] : [];
      cells.push(
        h('td', { lang: entry.lang }, endonym(entry.lang)),
        h('td', { className: [`state-${entry.state}`] }, stateText(entry, messages)),
        h('td', entry.state === 'missing' || entry.state === 'unreadable' ? '—' : `${number(entry.staleUnits)} / ${number(entry.units)}`),
        h('td', sinceText(entry, messages)),
        h('td', entry.state === 'unreadable' ? '—' : `${number(entry.untranslatedUnits)} / ${number(entry.units)}`),
        h('td', entry.state === 'missing' ? '—' : number(entry.errors)),
        h('td', links(entry, messages)),
      );
      rows.push(h('tr', cells));
    });
  }
  const table = h('table', { className: ['status-table', 'status-documents'] }, [
    h('thead', [
      h('tr', [
        th(t('status.document')),
        th(t('status.language')),
        th(t('status.state')),
        th(t('status.staleUnits')),
        th(t('status.since')),
        th(t('status.untranslatedUnits')),
        th(t('status.errors')),
        th(t('status.links')),
      ]),
    ]),
    h('tbody', rows),
  ]);
  const body: ElementContent[] = [h('h1', t('status.title')), h('p', t('status.intro'))];
  if (status.checkProblem) body.push(h('p', `diglot check: ${status.checkProblem}`));
  body.push(h('h2', t('status.totals')), totals, h('h2', t('status.documents')), table);
  return pageShell({
    lang: messages.lang,
    title: t('status.title'),
    stylesheet,
    navLabel: t('nav.label'),
    links: [],
    body: [h('div', { className: ['status'] }, body)],
  });
}

function stateText(entry: LanguageStatus, messages: Messages): ElementContent[] {
  const state: ElementContent = { type: 'text', value: messages.t(`status.${entry.state}`) };
  // Without recorded pairs nothing can be stale: the state says so instead of claiming “current”.
  return entry.locked || entry.state === 'missing' || entry.state === 'unreadable'
    ? [state]
    : [state, h('br'), { type: 'text', value: messages.t('status.noLock') }];
}

function sinceText(entry: LanguageStatus, messages: Messages): ElementContent[] {
  if (entry.staleUnits === 0) return [{ type: 'text', value: '—' }];
  const since: StaleSince | undefined = entry.since;
  if (since === undefined) return [{ type: 'text', value: messages.t('status.unknownDate') }];
  const date = h('time', { dateTime: since.date }, formatIsoDate(since.date, messages));
  const slots = { date: '\u0000date\u0000', commit: '\u0000commit\u0000' };
  if (since.from === 'lock') return slotted(messages.t('status.sinceLock', slots), { [slots.date]: date });
  if (since.from === 'recorded') return slotted(messages.t('status.sinceRecorded', slots), { [slots.date]: date });
  return slotted(messages.t('status.sinceCommit', slots), { [slots.date]: date, [slots.commit]: h('code', (since.commit ?? '').slice(0, 12)) });
}

/** A message whose slot markers (`\u0000name\u0000`) are replaced by nodes, wherever the language puts them. */
function slotted(message: string, nodes: Record<string, ElementContent>): ElementContent[] {
  return (
    message
      // eslint-disable-next-line no-control-regex -- NUL marks the placeholders this function inserted
      .split(/(\u0000[a-z]+\u0000)/)
      .filter((part) => part !== '')
      .map((part): ElementContent => nodes[part] ?? { type: 'text', value: part })
  );
}

function links(entry: LanguageStatus, messages: Messages): ElementContent[] {
  const out: ElementContent[] = [];
  if (entry.page) out.push(h('a', { href: entry.page, hrefLang: entry.lang }, messages.t('status.page')));
  if (entry.parallel) out.push({ type: 'text', value: ' · ' }, h('a', { href: entry.parallel }, messages.t('status.parallel')));
  return out.length ? out : [{ type: 'text', value: '—' }];
}
