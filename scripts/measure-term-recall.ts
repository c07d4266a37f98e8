/**
 * Held-out measurement of glossary term matching: recall and precision of the matcher the
 * `glossary-term` rule uses (`compileGlossary` → `buildTermIndex` → `matchTerms`) against hand
 * annotations of real translated units in ../shared/corpora, for every target language.
 *
 * Usage: `npx tsx scripts/measure-term-recall.ts [fixture dir]`
 * (default `tests/fixtures/term-heldout`: `glossary/*.yaml` and `annotations.yaml`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildTermIndex } from '../src/glossary/build-term-index.js';
import { compileGlossary } from '../src/glossary/compile-glossary.js';
import { loadGlossary } from '../src/glossary/load-glossary.js';
import { matchTerms } from '../src/glossary/match-terms.js';
import type { TermHit } from '../src/glossary/types.js';

/** One annotated unit: where it is in the corpora, every glossary occurrence as `id: surface`. */
export interface AnnotatedUnit {
  at: string;
  hits: string[];
  note?: string;
}

/** The figures of one target language. */
export interface LanguageFigures {
  lang: string;
  units: number;
  /** annotated occurrences */
  gold: number;
  /** occurrences the matcher reported (term hits of the held-out entries) */
  found: number;
  truePositives: number;
  recall: number;
  precision: number;
  /** `unit  id: surface` of annotated occurrences the matcher did not report */
  misses: string[];
  /** `unit  id: surface` of reported occurrences nobody annotated */
  falseHits: string[];
}

/**
 * The text of a cited unit: `file:line` in `corporaDir`; a Markdown file gives the block from
 * that line to the next blank line, any other file the line itself.
 *
 * @example readUnit('/work/shared/corpora/', 'flores200-devtest/rus_Cyrl.devtest:72') // 'Премьер-министр Стивен Харпер …'
 */
export function readUnit(corporaDir: string, at: string): string {
  const [, file, lineNumber] = /^(.+):(\d+)$/.exec(at) ?? [];
  if (!file || !lineNumber) throw new Error(`${at}: expected file:line`);
  const lines = readFileSync(corporaDir + file, 'utf8').split('\n');
  const first = Number(lineNumber) - 1;
  const line = lines[first];
  if (line === undefined || line.trim() === '') throw new Error(`${at}: no text on that line`);
  if (!file.endsWith('.md')) return line;
  if (first > 0 && (lines[first - 1] ?? '').trim() !== '') throw new Error(`${at}: not the first line of a block`);
  let last = first;
  while (last + 1 < lines.length && (lines[last + 1] ?? '').trim() !== '') last++;
  return lines.slice(first, last + 1).join('\n');
}

/** Count of each string in a list. */
function tally(items: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/**
 * Measure every language of the annotations against the matcher compiled from the glossary.
 * An annotated surface that is not in its unit, or an unknown entry id, throws: annotations
 * stay tied to the corpora.
 *
 * @example (await measureTermRecall('tests/fixtures/term-heldout', '../shared/corpora/')).map((f) => [f.lang, f.recall])
 */
export async function measureTermRecall(fixtureDir: string, corporaDir: string): Promise<LanguageFigures[]> {
  const forms = await compileGlossary(loadGlossary(`${fixtureDir}/glossary`));
  const index = buildTermIndex(forms);
  const annotations = parse(readFileSync(`${fixtureDir}/annotations.yaml`, 'utf8')) as Record<string, AnnotatedUnit[]>;
  return Object.entries(annotations).map(([lang, units]) => {
    const figures: LanguageFigures = { lang, units: units.length, gold: 0, found: 0, truePositives: 0, recall: 0, precision: 0, misses: [], falseHits: [] };
    for (const unit of units) {
      const text = readUnit(corporaDir, unit.at);
      for (const hit of unit.hits) {
        const [id, surface] = hit.split(': ');
        if (!id || !surface || !forms.entries[id]?.targets[lang]) throw new Error(`${unit.at}: \`${hit}\` names no ${lang} entry of the glossary`);
        if (!text.includes(surface)) throw new Error(`${unit.at}: \`${surface}\` is not in the unit`);
      }
      const found = matchTerms(index, text, lang)
        .filter((h): h is TermHit => h.kind === 'term')
        .map((h) => `${h.entryId}: ${text.slice(h.start, h.end)}`);
      const gold = tally(unit.hits);
      const reported = tally(found);
      for (const [key, count] of gold) {
        const matched = Math.min(count, reported.get(key) ?? 0);
        figures.truePositives += matched;
        for (let k = matched; k < count; k++) figures.misses.push(`${unit.at}  ${key}`);
      }
      for (const [key, count] of reported) for (let k = gold.get(key) ?? 0; k < count; k++) figures.falseHits.push(`${unit.at}  ${key}`);
      figures.gold += unit.hits.length;
      figures.found += found.length;
    }
    figures.recall = figures.gold ? figures.truePositives / figures.gold : 0;
    figures.precision = figures.found ? figures.truePositives / figures.found : 0;
    return figures;
  });
}

/**
 * The figures as a Markdown table, misses and false hits listed below it.
 *
 * @example formatFigures(await measureTermRecall(dir, corpora))
 */
export function formatFigures(all: readonly LanguageFigures[]): string {
  const rows = all.map((f) => `| ${f.lang} | ${f.units} | ${f.gold} | ${f.found} | ${f.recall.toFixed(3)} | ${f.precision.toFixed(3)} |`);
  const details = all.flatMap((f) => [...f.misses.map((m) => `${f.lang} missed     ${m}`), ...f.falseHits.map((m) => `${f.lang} false hit  ${m}`)]);
  return ['| language | units | annotated | reported | recall | precision |', '|---|---|---|---|---|---|', ...rows, '', ...details].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const fixture = process.argv[2] ?? `${root}tests/fixtures/term-heldout`;
  console.log(formatFigures(await measureTermRecall(fixture, `${root}../shared/corpora/`)));
}
