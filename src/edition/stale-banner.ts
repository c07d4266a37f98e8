import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Messages } from '../i18n/create-messages.js';
import { languageName } from '../i18n/language-names.js';
import { formatIsoDate } from './header-nodes.js';
import type { LanguageStatus, StaleSince } from './status-types.js';

/** What the banner of one translation page says: plain data (part of the page's cache key). */
export interface StaleNotice {
  stale: boolean;
  partial: boolean;
  since?: StaleSince;
  /** The source language (the original's). */
  sourceLang: string;
  /** The original's page, relative to the translation's page. */
  originalHref: string;
}

/**
 * The notice of a translation, or undefined when its page needs no banner (translated and
 * current, or missing).
 *
 * @param status the translation's status
 * @param sourceLang the source language
 * @param originalHref the source page, relative to the translation's page
 * @example staleNotice(status, 'en', '../en/a.html') // { stale: true, partial: false, since: {…}, … }
 */
export function staleNotice(status: LanguageStatus, sourceLang: string, originalHref: string): StaleNotice | undefined {
  const stale = status.staleUnits > 0;
  const partial = status.untranslatedUnits > 0 && status.state !== 'missing' && status.state !== 'unreadable';
  if (!stale && !partial) return undefined;
  return { stale, partial, ...(status.since ? { since: status.since } : {}), sourceLang, originalHref };
}

/**
 * The banner at the top of a stale or partial translation, in the page's language: that the
 * original changed (on the day of the git commit that changed it, «Перевод устарел: английский
 * текст изменился 12 марта 2026 г.»; with the lock file's day when git cannot date it; with no
 * date when neither can), that part is untranslated, and a link to the original.
 *
 * @returns hast content for the top of the page's `<article>`
 * @example staleBanner({ stale: true, partial: false, since: { from: 'git', date: '2026-03-12' }, sourceLang: 'en', originalHref: '../en/a.html' }, createMessages('ru'))
 */
export function staleBanner(notice: StaleNotice, messages: Messages): ElementContent[] {
  const { t } = messages;
  const language = languageName(notice.sourceLang, messages.lang);
  const sentences: ElementContent[][] = [];
  if (notice.stale) {
    const since = notice.since;
    const key = since === undefined ? 'banner.stale' : since.from === 'git' ? 'banner.staleOn' : 'banner.staleLock';
    sentences.push(withDate(t(key, { language, date: DATE_SLOT }), since, messages));
  }
  if (notice.partial) sentences.push([{ type: 'text', value: t('banner.partial', { language }) }]);
  const link = h('a', { href: notice.originalHref, hrefLang: notice.sourceLang }, t('banner.readOriginal'));
  const children = sentences.flatMap((s, i) => (i === 0 ? s : [{ type: 'text', value: ' ' } as ElementContent, ...s]));
  return [h('p', { className: ['stale-banner'] }, [...children, { type: 'text', value: ' ' }, link])];
}

const DATE_SLOT = '\u0000date\u0000';

/** A message with its date slot replaced by a `<time>` of the date in the page's language. */
function withDate(message: string, since: StaleSince | undefined, messages: Messages): ElementContent[] {
  const [before = '', after = ''] = message.split(DATE_SLOT);
  if (since === undefined || !message.includes(DATE_SLOT)) return [{ type: 'text', value: message }];
  const formatted = formatIsoDate(since.date, messages);
  const time = h('time', { dateTime: since.date }, formatted);
  // A date that ends with an abbreviation's period («12 марта 2026 г.») also ends the sentence: one period, not two.
  const rest = formatted.endsWith('.') && after.startsWith('.') ? after.slice(1) : after;
  return [{ type: 'text', value: before }, time, { type: 'text', value: rest }];
}
