import type { PhrasingContent, RootContent } from 'mdast';
import type { Messages } from '../i18n/create-messages.js';
import { hNode, textNode } from './h-node.js';

/** A poll ready to render: question and options as rich text, with vote counts. */
export interface PollContent {
  question: PhrasingContent[];
  options: Array<{ text: PhrasingContent[]; votes: number }>;
}

/**
 * Render a poll: each option with its localised vote count and the percentage computed from
 * the votes (“33 votes (31%)”, «33 голоса (31 %)»), then the total.
 *
 * @param poll question and options
 * @param messages interface strings and formatting of the page's language
 * @returns mdast nodes for {@link toSafeHast}
 * @example pollNodes({ question: [textNode('Right?')], options: [{ text: [textNode('Yes')], votes: 33 }] }, createMessages('ru'))
 */
export function pollNodes(poll: PollContent, messages: Messages): RootContent[] {
  const { t, intl } = messages;
  const total = poll.options.reduce((sum, o) => sum + o.votes, 0);
  const votes = (count: number, key: 'poll.votes' | 'poll.total'): string => t(key, { count, formatted: intl.formatNumber(count) });
  const items = poll.options.map((option) => {
    const percent = intl.formatNumber(total === 0 ? 0 : option.votes / total, { style: 'percent', maximumFractionDigits: 0 });
    const result = t('poll.result', { votes: votes(option.votes, 'poll.votes'), percent });
    return hNode('li', { className: ['poll-option'] }, [
      hNode('span', { className: ['poll-text'] }, option.text),
      textNode(' '),
      hNode('span', { className: ['poll-result'] }, [textNode(result)]),
    ]);
  });
  return [
    hNode('div', { className: ['poll'] }, [
      hNode('h2', {}, [textNode(t('poll.label'))]),
      hNode('p', { className: ['poll-question'] }, poll.question),
      hNode('ul', { className: ['poll-options'] }, items),
      hNode('p', { className: ['poll-total'] }, [textNode(votes(total, 'poll.total'))]),
    ]) as unknown as RootContent,
  ];
}
