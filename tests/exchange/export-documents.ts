import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExchange, type PairInfo } from '../../src/exchange/build-exchange.js';
import type { ExchangeDocument } from '../../src/exchange/exchange-types.js';
import { pairDocuments } from '../../src/exchange/pair-documents.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import type { SegmentedDocument } from '../../src/segment/types.js';
import { InputError } from '../../src/errors.js';

/** The shared folder beside the repository (specs, corpora, schemas: never copied into it). */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));

/**
 * The Markdown inputs of the CommonMark / GFM spec examples (between lines of 32 backticks
 * followed by " example"; the input ends at a line holding "."; "→" stands for a tab).
 */
export function specExamples(): Array<{ name: string; markdown: string }> {
  const out: Array<{ name: string; markdown: string }> = [];
  const fence = '`'.repeat(32);
  for (const spec of ['commonmark-spec.txt', 'gfm-spec.txt', 'gfm-extensions.txt']) {
    const lines = readFileSync(join(SHARED, 'specs', spec), 'utf8').split('\n');
    let input: string[] | undefined;
    let inMarkdown = false;
    for (const line of lines) {
      if (input === undefined) {
        if (line.startsWith(`${fence} example`)) {
          input = [];
          inMarkdown = true;
        }
      } else if (line === fence) {
        out.push({ name: `${spec.replace(/\.txt$/, '')}-${out.length + 1}`, markdown: input.join('\n').replace(/→/g, '\t') });
        input = undefined;
      } else if (inMarkdown && line === '.') inMarkdown = false;
      else if (inMarkdown) input.push(line);
    }
  }
  return out;
}

/**
 * Exchange documents of every spec example: odd ones untranslated, even ones "translated"
 * into themselves (so targets, target codes and states are written too).
 */
export function specExchangeDocuments(): { docs: Array<{ name: string; doc: ExchangeDocument }>; refused: string[] } {
  const docs: Array<{ name: string; doc: ExchangeDocument }> = [];
  const refused: string[] = [];
  specExamples().forEach(({ name, markdown }, i) => {
    let en: SegmentedDocument;
    try {
      en = segmentMarkdown(markdown, { file: `${name}.md`, lang: 'en' });
    } catch (error) {
      // A document diglot refuses as input (e.g. "---" read as invalid front matter) is never exported.
      if (!(error instanceof InputError)) throw error;
      refused.push(name);
      return;
    }
    const pairs = i % 2 === 0 ? pairDocuments(en, segmentMarkdown(markdown, { file: `${name}.md`, lang: 'ru' }), { lang: 'ru' }) : new Map();
    docs.push({ name, doc: buildExchange(en, { original: `content/en/${name}.md`, targetLanguage: 'ru', pairs }) });
  });
  return { docs, refused };
}

/** Exchange documents of every real English document of the corpora with each of its translations. */
export function corpusExchangeDocuments(): Array<{ name: string; doc: ExchangeDocument }> {
  const out: Array<{ name: string; doc: ExchangeDocument }> = [];
  for (const corpus of ['md-12factor', 'md-opensource-guide']) {
    const root = join(SHARED, 'corpora', corpus);
    for (const lang of readdirSync(root).filter((l) => l !== 'en' && existsSync(join(root, l, '.')) && /^[a-z]{2}$/.test(l))) {
      for (const file of readdirSync(join(root, 'en')).filter((f) => f.endsWith('.md'))) {
        if (!existsSync(join(root, lang, file))) continue;
        const en = segmentMarkdown(readFileSync(join(root, 'en', file), 'utf8'), { file, lang: 'en' });
        const tr = segmentMarkdown(readFileSync(join(root, lang, file), 'utf8'), { file, lang });
        // A translation diglot refuses to align is exported as untranslated (the English units alone).
        const pairs = alignedOrNothing(() => pairDocuments(en, tr, { lang }));
        out.push({
          name: `${corpus}-${lang}-${file.replace(/\.md$/, '')}`,
          doc: buildExchange(en, { original: `content/en/${file}`, targetLanguage: lang, pairs }),
        });
      }
    }
  }
  return out;
}

function alignedOrNothing(pair: () => Map<string, PairInfo>): Map<string, PairInfo> {
  try {
    return pair();
  } catch (error) {
    if (error instanceof InputError) return new Map();
    throw error;
  }
}
