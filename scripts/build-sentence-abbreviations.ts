/**
 * Derive per-language sentence data from CLDR and the shared corpora, and write
 * src/segment/sentence-rules/abbreviation-data.ts (committed; re-run after a CLDR update).
 *
 *   npx tsx scripts/build-sentence-abbreviations.ts
 *
 * - Abbreviations: CLDR's sentence-break suppressions (npm `cldr-segments-full`), minus what
 *   the corpora show to be ordinary words (the stem seen without a full stop: "All", "Link",
 *   "Joe"), single letters (initials have their own rule) and one-word acronyms in capitals
 *   ("PC", "OK": they end sentences); plus tokens the corpora show followed by a full stop and
 *   then a lowercase word at least twice and never without the full stop ("approx", "np").
 * - Sentence starters: words that open a sentence in the Markdown corpora at least twice and
 *   are rarely capitalised inside one (so names are left out). FLORES is not used for
 *   starters: it is the test set the splitter is scored on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomic } from '../src/util/write-atomic.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const corpora = join(root, '..', 'shared', 'corpora');
const require = createRequire(import.meta.url);

/** Language tag → FLORES file. */
const FLORES: Record<string, string> = { en: 'eng_Latn', ru: 'rus_Cyrl', uk: 'ukr_Cyrl', de: 'deu_Latn', fr: 'fra_Latn', pl: 'pol_Latn' };
/** Languages with a CLDR suppression list worth using (alphabetic scripts). */
const CLDR = ['de', 'el', 'en', 'es', 'fi', 'fr', 'it', 'pt', 'ru', 'sv'];
const LANGUAGES = [...new Set([...CLDR, ...Object.keys(FLORES)])].sort();

function cldrSuppressions(lang: string): string[] {
  try {
    const data = require(`cldr-segments-full/segments/${lang}/suppressions.json`) as {
      segments: { segmentations: { SentenceBreak: { standard: Array<{ suppression: string }> } } };
    };
    return data.segments.segmentations.SentenceBreak.standard.map((s) => s.suppression.replace(/\.$/u, ''));
  } catch {
    return [];
  }
}

function markdownText(lang: string): string {
  let text = '';
  for (const set of ['md-12factor', 'md-opensource-guide']) {
    const dir = join(corpora, set, lang);
    let files: string[];
    try {
      files = readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.md'));
    } catch {
      continue;
    }
    for (const file of files.sort()) text += `${readFileSync(join(dir, file), 'utf8').replace(/```[\s\S]*?```/gu, '\n\n')}\n\n`;
  }
  return text;
}

function floresText(lang: string): string {
  const file = FLORES[lang];
  return file ? readFileSync(join(corpora, 'flores200-devtest', `${file}.devtest`), 'utf8') : '';
}

function count<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Words seen without a full stop right after them (lowercased). */
function bareWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}.])\p{L}+(?![\p{L}\p{N}.])/gu)) words.add(match[0].toLowerCase());
  return words;
}

/** Tokens seen as `token. lowercase` (abbreviation evidence), with counts. */
function dottedBeforeLowercase(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const match of text.matchAll(/(?<![\p{L}\p{N}./@_-])(\p{L}{2,6}(?:\.\s?\p{L}{1,4})*)\.\s+\p{Ll}/gu)) count(found, match[1] as string);
  return found;
}

function sentenceStarters(text: string): string[] {
  const initial = new Map<string, number>();
  const inside = new Map<string, number>();
  for (const paragraph of text.split(/\n\s*\n/u)) {
    if (/^\s*(?:#|<|\||!\[|\[[^\]]*\]:)/u.test(paragraph)) continue; // headings, HTML, tables, images, link definitions
    const plain = paragraph
      .replace(/^\s*(?:[#>*+-]+|\d+\.)\s*/gmu, '')
      .replace(/\s+/gu, ' ')
      .trim();
    const pattern = /(^|[.!?]\s+|\s+)["“«„(]?(\p{Lu}\p{Ll}*)(?=['’]\p{L}|[^\p{L}\p{N}.'’]|$)/gu;
    for (const match of plain.matchAll(pattern)) {
      const opening = match[1] === '' || /[.!?]/u.test(match[1] as string);
      count(opening ? initial : inside, match[2] as string);
    }
  }
  return [...initial]
    .filter(([word, n]) => n >= 2 && (inside.get(word) ?? 0) * 4 <= n && word.length <= 14)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 200)
    .map(([word]) => word)
    .sort();
}

const data: Record<string, { abbreviations: string[]; starters: string[] }> = {};
for (const lang of LANGUAGES) {
  const markdown = markdownText(lang);
  const all = `${markdown}\n${floresText(lang)}`;
  const bare = bareWords(all);
  const abbreviations = new Set<string>();
  for (const item of cldrSuppressions(lang)) {
    const single = !/[.\s-]/u.test(item);
    if (single && [...item].length === 1) continue;
    if (single && /^\p{Lu}+$/u.test(item)) continue;
    if (single && bare.has(item.toLowerCase())) continue;
    abbreviations.add(item);
  }
  for (const [token, n] of dottedBeforeLowercase(all)) {
    const single = !token.includes('.');
    if (n < 2 || (single && bare.has(token.toLowerCase())) || /^\p{Lu}+$/u.test(token)) continue;
    abbreviations.add(token);
  }
  if (abbreviations.size === 0 && !markdown) continue;
  data[lang] = { abbreviations: [...abbreviations].sort(), starters: markdown ? sentenceStarters(markdown) : [] };
}

const header = `/**
 * Generated by scripts/build-sentence-abbreviations.ts from CLDR ${require('cldr-segments-full/package.json').version as string}
 * sentence-break suppressions (cldr-segments-full, Unicode licence) and the shared corpora. Do not edit: re-run the script.
 * Per language: \`abbreviations\` (no final full stop; may end a sentence only before a starter) and \`starters\`.
 */
import type { LearnedSentenceData } from './types.js';

export const learnedSentenceData: Readonly<Record<string, LearnedSentenceData>> = `;
const out = join(root, 'src', 'segment', 'sentence-rules', 'abbreviation-data.ts');
writeFileAtomic(out, `${header}${JSON.stringify(data, null, 2)};\n`);
for (const [lang, { abbreviations, starters }] of Object.entries(data))
  console.log(`${lang}: ${abbreviations.length} abbreviations, ${starters.length} starters`);
