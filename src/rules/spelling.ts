import { createRule } from '../check/create-rule.js';
import type { CheckContext } from '../check/types.js';
import { plainText } from '../check/unit-source-map.js';
import { tokenizeCodedText } from '../segment/coded-text.js';
import type { Unit } from '../segment/types.js';
import { findMisspellings } from '../spelling/find-misspellings.js';
import { anyOf, glossaryForms, knownWords, type KnownWords } from '../spelling/known-words.js';
import { spellChecker } from '../spelling/spell-checker.js';

/**
 * `spelling`: a word of the translation that the target language's Hunspell dictionary
 * (`dictionary-<lang>` package) does not accept, with up to three suggestions as `expected`.
 * Known words are never flagged: every form the glossary has for the language, the project
 * word list (`glossary/words.txt`), and every word of the source document (names and code
 * kept as written). Numbers, URLs, file names, inline code, template tags, abbreviations and
 * words in another script are not checked (see src/spelling/word-tokens.ts). A language
 * without a dictionary is not checked; `diglot check` says so.
 *
 * @example not-ok (ru): `Обмен вербальнми нотами` → expected `вербальными`
 */
export const spelling = createRule('spelling', (ctx, report) => {
  const checker = spellChecker(ctx.target.lang);
  if (!checker) return;
  const known = documentKnownWords(ctx);
  for (const pair of ctx.pairs) {
    const english = pair.source[0];
    for (const unit of pair.target) {
      const text = plainText(ctx.target.markdown, unit);
      for (const miss of findMisspellings(text, checker, { known, boundaries: placeholderOffsets(unit, text) })) {
        const expected = miss.suggestions;
        const key = expected.length > 0 ? 'message.spelling' : 'message.spelling-unknown';
        report({
          key,
          values: { actual: miss.word, expected: expected.join('`, `'), language: ctx.target.lang },
          unit,
          span: [miss.start, miss.end],
          ...(english ? { english } : {}),
          expected,
          actual: miss.word,
        });
      }
    }
  }
});

/**
 * The words the check accepts in this document: glossary forms and the project word list (one set
 * per glossary and language), the source's words and inline code (one set per source document,
 * shared by all its targets in a run).
 */
function documentKnownWords(ctx: CheckContext): KnownWords {
  let source = sourceWords.get(ctx.source.doc);
  if (!source) {
    const texts: string[] = [];
    for (const unit of ctx.source.doc.units)
      texts.push(plainText(ctx.source.markdown, unit), ...unit.codes.flatMap((code) => (code.kind === 'inlineCode' && code.value ? [code.value] : [])));
    source = knownWords(texts);
    sourceWords.set(ctx.source.doc, source);
  }
  if (!ctx.terms) return anyOf(source);
  const byLang = glossaryWords.get(ctx.terms) ?? new Map<string, Set<string>>();
  glossaryWords.set(ctx.terms, byLang);
  let glossary = byLang.get(ctx.target.lang);
  if (!glossary) {
    glossary = knownWords([...glossaryForms(ctx.terms.forms, ctx.target.lang), ...(ctx.terms.words ?? [])]);
    byLang.set(ctx.target.lang, glossary);
  }
  return anyOf(source, glossary);
}

const sourceWords = new WeakMap<object, Set<string>>();
const glossaryWords = new WeakMap<object, Map<string, Set<string>>>();

/** Where the standalone codes of a unit (inline code, HTML, footnote calls) stood in its plain text. */
function placeholderOffsets(unit: Unit, plain: string): number[] {
  const out: number[] = [];
  let at = 0;
  for (const token of tokenizeCodedText(unit.text)) {
    if (token.type === 'text') at += token.value.length;
    else if (token.type === 'ph') out.push(at);
  }
  return at === plain.length ? out : [];
}
