import { createRule } from '../check/create-rule.js';
import { shorten } from '../check/create-rule.js';
import { plainText } from '../check/unit-source-map.js';
import { LATIN_BY_NATURE, readsAsSource } from '../language/identify-language.js';
import { profileOf } from '../language/language-profile.js';

/** A unit is "mostly in the source's script" from this share of its letters on… */
const SCRIPT_SHARE = 0.6;
/** …and only with at least this many such letters (names and abbreviations stay untouched). */
const MIN_SCRIPT_LETTERS = 12;
const LETTER = /\p{L}/gu;

/**
 * `untranslated`: a translation unit that is empty, identical to its source unit, or not in
 * the target language. A target written in another script than the source (English → Russian)
 * is untranslated when mostly in the source's script; one in the same script (English →
 * German) when language identification (eld) reads it as the source language. Short units,
 * names, code, URLs and numbers are left alone (see src/language/identify-language.ts).
 * Every message names the target language.
 *
 * @example ok: `Фото: en.wikipedia.org` — not-ok (de): `The policy of non-recognition continued for years.`
 */
export const untranslated = createRule(
  'untranslated',
  (ctx, report) => {
    const source = profileOf(ctx.source.lang);
    const target = profileOf(ctx.target.lang);
    const sameScript = source.script === target.script || target.script === undefined;
    const language = target.tag;
    for (const pair of ctx.pairs) {
      const english = pair.source[0];
      // Empty or identical: against a single source unit with letters; the language: of any unit, paired or not.
      const sourceText = english && pair.source.length === 1 ? plainText(ctx.source.markdown, english) : '';
      const comparable = /\p{L}/u.test(sourceText);
      const cause = english ? { english } : {};
      for (const unit of pair.target) {
        const targetText = plainText(ctx.target.markdown, unit);
        if (comparable && targetText.trim() === '') {
          report({
            key: 'message.untranslated-empty',
            values: { kind: unit.kind, expected: shorten(sourceText, 60), language },
            unit,
            ...cause,
            expected: sourceText,
            actual: '',
          });
          continue;
        }
        const identical = comparable && normalise(targetText) === normalise(sourceText) && words(sourceText.replace(LATIN_BY_NATURE, '')) >= 2;
        if (identical && (!sameScript || readsAsSource(targetText, source.language, target.language))) {
          report({
            key: 'message.untranslated-identical',
            values: { kind: unit.kind, actual: shorten(targetText, 60), source: source.tag, language },
            unit,
            ...cause,
            actual: targetText,
          });
          continue;
        }
        if (!sameScript && source.script) {
          const rest = targetText.replace(LATIN_BY_NATURE, '');
          const inSource = rest.match(new RegExp(`\\p{Script=${source.script}}`, 'gu'))?.length ?? 0;
          const letters = rest.match(LETTER)?.length ?? 0;
          if (inSource >= MIN_SCRIPT_LETTERS && inSource / letters >= SCRIPT_SHARE) {
            const share = String(Math.round((100 * inSource) / letters));
            report({
              key: 'message.untranslated-latin',
              values: { kind: unit.kind, actual: shorten(targetText, 60), share, script: source.script, language },
              unit,
              ...cause,
              actual: targetText,
            });
          }
          continue;
        }
        if (sameScript && target.identifiable && readsAsSource(targetText, source.language, target.language)) {
          report({
            key: 'message.untranslated-language',
            values: { kind: unit.kind, actual: shorten(targetText, 60), detected: source.tag, language },
            unit,
            ...cause,
            expected: language,
            actual: targetText,
          });
        }
      }
    }
  },
  { scope: 'pair' },
);

function normalise(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .toLowerCase();
}

function words(text: string): number {
  return text.match(/\p{L}+/gu)?.length ?? 0;
}
