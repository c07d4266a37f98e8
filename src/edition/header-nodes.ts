import type { PhrasingContent, RootContent } from 'mdast';
import type { Messages } from '../i18n/create-messages.js';
import { hNode } from './h-node.js';
import { messageWithNodes, slot } from './message-with-nodes.js';

/** The rich-text fields of an article header (plain text or sentence-wrapped nodes). */
export interface HeaderFields {
  title?: PhrasingContent[];
  subtitle?: PhrasingContent[];
  summary?: PhrasingContent[];
  author?: PhrasingContent[];
  authorTitle?: PhrasingContent[];
  publisher?: PhrasingContent[];
  /** The translator's line (front matter `translation:` of a translation). */
  translation?: PhrasingContent[];
}

/**
 * The article header: title, subtitle, lede, by-line (“By …” / «Автор: …»), author title,
 * publisher, the localised publication date (via formatjs, time zone of `messages`) and the
 * translator's line («Перевод с английского…»).
 *
 * @param fields the header fields
 * @param date `YYYY-MM-DD`, or undefined
 * @returns mdast nodes for {@link toSafeHast}
 * @example headerNodes({ title: [textNode('Recognition')] }, '1933-11-16', createMessages('ru'))
 */
export function headerNodes(fields: HeaderFields, date: string | undefined, messages: Messages): RootContent[] {
  const { t } = messages;
  const out: PhrasingContent[] = [];
  const p = (className: string, children: PhrasingContent[]): void => void out.push(hNode('p', { className: [className] }, children));
  if (fields.title) out.push(hNode('h1', {}, fields.title));
  if (fields.subtitle) p('subtitle', fields.subtitle);
  if (fields.summary) p('lede', fields.summary);
  if (fields.author) p('byline', messageWithNodes(t('meta.by', { author: slot('author') }), { author: fields.author }));
  if (fields.authorTitle) p('author-title', fields.authorTitle);
  if (fields.publisher) p('publisher', messageWithNodes(t('meta.publisher', { publisher: slot('publisher') }), { publisher: fields.publisher }));
  const when = date === undefined ? undefined : formatIsoDate(date, messages);
  if (when && date) {
    const time = hNode('time', { dateTime: date }, [{ type: 'text', value: when }]);
    p('published', messageWithNodes(t('meta.published', { date: slot('date') }), { date: [time] }));
  }
  if (fields.translation) p('translation-line', fields.translation);
  return [hNode('header', { className: ['article-header'] }, out) as unknown as RootContent];
}

/**
 * Format a `YYYY-MM-DD` date in the language of `messages` (“November 16, 1933”, «16 ноября 1933 г.»).
 *
 * @returns the formatted date, or the input unchanged when it is not a valid date
 * @example formatIsoDate('1933-11-16', createMessages('en')) // 'November 16, 1933'
 */
export function formatIsoDate(date: string, messages: Messages): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(time)) return date;
  return messages.intl.formatDate(time, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
