import { createRule } from '../check/create-rule.js';
import { fixMixedScript } from '../check/look-alikes.js';
import { plainText } from '../check/unit-source-map.js';
import type { MixedScriptHit } from '../glossary/types.js';

const WORD = /\p{L}+/gu;

/**
 * `mixed-script`: a Cyrillic word holding Latin look-alike letters (`Литвинoв` with a Latin
 * `o`), or a Latin word holding Cyrillic ones. When the glossary knows the word, its approved
 * spelling is the expected text (the glossary engine's mixed-token hits).
 *
 * @example not-ok: `Рузвельт` typed with a Latin `y`
 */
export const mixedScript = createRule(
  'mixed-script',
  (ctx, report) => {
    for (const pair of ctx.pairs) {
      const english = pair.source[0];
      for (const unit of pair.target) {
        const text = plainText(ctx.target.markdown, unit);
        const known = (ctx.terms?.target(text, ctx.target.lang) ?? []).filter((h): h is MixedScriptHit => h.kind === 'mixedScript' && h.form !== undefined);
        for (const m of text.matchAll(WORD)) {
          const fix = fixMixedScript(m[0]);
          if (!fix) continue;
          const start = m.index;
          const end = start + m[0].length;
          const hit = known.find((h) => h.start === start && h.end === end);
          const expected = hit?.form ?? fix.fixed;
          const key = !expected ? 'message.mixed-script-mixed' : fix.script === 'cyrillic' ? 'message.mixed-script-cyrillic' : 'message.mixed-script-latin';
          report({
            key,
            values: { actual: m[0], expected: expected ?? '' },
            unit,
            span: [start, end],
            ...(english ? { english } : {}),
            ...(expected ? { expected } : {}),
            actual: m[0],
          });
        }
      }
    }
  },
  { scope: 'pair' },
);
