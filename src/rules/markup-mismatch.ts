import { createRule } from '../check/create-rule.js';
import type { Finding } from '../check/types.js';
import { plainText } from '../check/unit-source-map.js';
import type { CodeKind, InlineCode, Unit } from '../segment/types.js';
import { isTranslatorNoteCall, sourceFootnoteKeys } from '../segment/translator-notes.js';

/** Code kinds compared, and how: by value (what the code points at) or by count. */
// Template tags, MDX expressions and inline JSX are code for a site generator: the same on both sides, as written.
const BY_VALUE: ReadonlySet<CodeKind> = new Set([
  'footnoteReference',
  'link',
  'linkReference',
  'inlineCode',
  'image',
  'imageReference',
  'templateTag',
  'mdxTextExpression',
  'mdxJsxTextElement',
]);
const BY_COUNT: ReadonlySet<CodeKind> = new Set(['emphasis', 'strong', 'delete']);

interface Item {
  kind: CodeKind;
  key: string;
  shown: string;
  unit: Unit;
  code: InlineCode;
}

/**
 * `markup-mismatch`: footnote references, link targets, image sources and inline code must be
 * the same on both sides (by value), emphasis, strong and strikethrough the same in number.
 * Inline code the translator turned into quoted text (`'config/routes.rb'`) is named as such.
 *
 * @example not-ok: English `` `config/routes.rb` ``, Russian `'config/routes.rb'`
 */
export const markupMismatch = createRule(
  'markup-mismatch',
  (ctx, report) => {
    for (const pair of ctx.pairs) {
      if (pair.source.length === 0 || pair.target.length === 0) continue;
      const source = pair.source.flatMap(itemsOf);
      // A translator's note call (`[^tn1]`) exists only in the translation: rule `translator-note` checks it.
      const target = pair.target
        .flatMap(itemsOf)
        .filter((item) => !isTranslatorNoteCall(item.code, sourceFootnoteKeys({ file: '', lang: '', units: pair.source })));
      const english = pair.source[0] as Unit;
      const missing = subtract(source, target);
      const extra = subtract(target, source);
      for (const item of missing) {
        const swap = extra.findIndex((x) => x.kind === item.kind && BY_VALUE.has(x.kind));
        if (swap !== -1) {
          const [other] = extra.splice(swap, 1) as [Item];
          report({
            key: 'message.markup-changed',
            values: { kind: item.kind, actual: other.shown, expected: item.shown },
            unit: other.unit,
            codeId: other.code.id,
            english,
            expected: item.shown,
            actual: other.shown,
          });
          continue;
        }
        const quoted = item.kind === 'inlineCode' ? findQuoted(ctx.target.markdown, pair.target, item.code.value ?? '') : undefined;
        if (quoted) {
          report({
            key: 'message.markup-code-quoted',
            values: { actual: quoted.text, expected: item.shown },
            unit: quoted.unit,
            span: quoted.span,
            english,
            expected: `\`${item.code.value ?? ''}\``,
            actual: quoted.text,
          });
          continue;
        }
        const finding: Finding = {
          key: 'message.markup-missing',
          values: { kind: item.kind, expected: item.shown },
          unit: pair.target[0] as Unit,
          english,
          expected: item.shown,
        };
        report(finding);
      }
      for (const item of extra) {
        report({
          key: 'message.markup-extra',
          values: { kind: item.kind, actual: item.shown },
          unit: item.unit,
          codeId: item.code.id,
          english,
          actual: item.shown,
        });
      }
    }
  },
  { scope: 'pair' },
);

function itemsOf(unit: Unit): Item[] {
  const items: Item[] = [];
  for (const code of unit.codes) {
    if (BY_VALUE.has(code.kind)) {
      const value = (code.value ?? code.data).trim();
      items.push({ kind: code.kind, key: `${code.kind}:${value}`, shown: code.kind === 'footnoteReference' ? `[^${value}]` : value, unit, code });
    } else if (BY_COUNT.has(code.kind)) items.push({ kind: code.kind, key: code.kind, shown: code.data, unit, code });
  }
  return items;
}

/** Items of `a` not matched by an item of `b` with the same key (multiset difference, order kept). */
function subtract(a: readonly Item[], b: readonly Item[]): Item[] {
  const left = new Map<string, number>();
  for (const item of b) left.set(item.key, (left.get(item.key) ?? 0) + 1);
  return a.filter((item) => {
    const n = left.get(item.key) ?? 0;
    if (n > 0) left.set(item.key, n - 1);
    return n === 0;
  });
}

const QUOTES: ReadonlyArray<readonly [string, string]> = [
  ["'", "'"],
  ['"', '"'],
  ['«', '»'],
  ['“', '”'],
  ['„', '“'],
  ['‘', '’'],
];

function findQuoted(source: string, units: readonly Unit[], value: string): { unit: Unit; span: [number, number]; text: string } | undefined {
  if (!value) return undefined;
  for (const unit of units) {
    const text = plainText(source, unit);
    for (const [open, close] of QUOTES) {
      const at = text.indexOf(`${open}${value}${close}`);
      if (at !== -1) return { unit, span: [at, at + value.length + 2], text: `${open}${value}${close}` };
    }
  }
  return undefined;
}
