import { createRule } from '../check/create-rule.js';
import { shorten } from '../check/create-rule.js';
import { plainText } from '../check/unit-source-map.js';

/** Tokens that stay Latin in any language: URLs, domains, e-mail addresses, file names. */
const LATIN_BY_NATURE = /\b(?:https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:[\w-]+\.)+[a-z]{2,}(?:\/\S*)?)/giu;
const LATIN = /\p{Script=Latin}/gu;
const LETTER = /\p{L}/gu;
/** A unit is "mostly Latin" from this share of its letters on. */
const LATIN_SHARE = 0.6;
/** …and only with at least this many Latin letters (names and abbreviations stay untouched). */
const MIN_LATIN = 12;

/**
 * `untranslated`: a Russian unit that is empty, identical to its English unit, or written
 * mostly in Latin script (URLs, domains and e-mail addresses aside).
 *
 * @example ok: `Фото: en.wikipedia.org` — not-ok: `The policy of non-recognition`
 */
export const untranslated = createRule('untranslated', (ctx, report) => {
  for (const pair of ctx.pairs) {
    const english = pair.en[0];
    if (!english || pair.en.length !== 1) continue;
    const en = plainText(ctx.en.source, english);
    if (!/\p{L}/u.test(en)) continue;
    for (const unit of pair.ru) {
      const ru = plainText(ctx.ru.source, unit);
      if (ru.trim() === '') {
        report({ key: 'message.untranslated-empty', values: { kind: unit.kind, expected: shorten(en, 60) }, unit, english, expected: en, actual: '' });
        continue;
      }
      if (normalise(ru) === normalise(en) && words(en.replace(LATIN_BY_NATURE, '')) >= 2) {
        report({ key: 'message.untranslated-identical', values: { kind: unit.kind, actual: shorten(ru, 60) }, unit, english, actual: ru });
        continue;
      }
      const rest = ru.replace(LATIN_BY_NATURE, '');
      const latin = rest.match(LATIN)?.length ?? 0;
      const letters = rest.match(LETTER)?.length ?? 0;
      if (latin >= MIN_LATIN && latin / letters >= LATIN_SHARE) {
        const share = String(Math.round((100 * latin) / letters));
        report({ key: 'message.untranslated-latin', values: { kind: unit.kind, actual: shorten(ru, 60), share }, unit, english, actual: ru });
      }
    }
  }
}, { scope: 'pair' });

function normalise(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}

function words(text: string): number {
  return text.match(/\p{L}+/gu)?.length ?? 0;
}
