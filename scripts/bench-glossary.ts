/**
 * Benchmark of the glossary engine (a script, not a test): compile time of the article glossary
 * (or the fixture glossary) and matching 100,000 Russian sentences after tokenising.
 * Run: npx tsx scripts/bench-glossary.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildTermIndex } from '../src/glossary/build-term-index.js';
import { compileGlossary } from '../src/glossary/compile-glossary.js';
import { loadGlossary } from '../src/glossary/load-glossary.js';
import { matchTermTokens } from '../src/glossary/match-terms.js';
import { tokenizeText, type TextToken } from '../src/glossary/tokenize-text.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = existsSync(`${root}glossary/article.yaml`) ? `${root}glossary` : `${root}tests/fixtures/glossary-match/glossary`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const compileTimes: number[] = [];
let forms = await compileGlossary(loadGlossary(dir)); // first run loads the dictionaries
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  forms = await compileGlossary(loadGlossary(dir));
  compileTimes.push(performance.now() - t);
}
const index = buildTermIndex(forms);

const flores = readFileSync(fileURLToPath(new URL('../../shared/corpora/flores200-devtest/rus_Cyrl.devtest', import.meta.url)), 'utf8')
  .split('\n')
  .filter(Boolean);
const fixture = (readFileSync(`${root}tests/fixtures/glossary-match/sentences.yaml`, 'utf8').match(/text: "([^"]*)"/g) ?? []).map((m) => m.slice(7, -1));
const pool = [...flores, ...fixture];
const sentences = Array.from({ length: 100_000 }, (_, i) => pool[i % pool.length] as string);

let t = performance.now();
const tokenised = sentences.map((s) => tokenizeText(s, 'ru'));
const tokeniseMs = performance.now() - t;

const matchTimes: number[] = [];
let hits = 0;
for (let run = 0; run < 5; run++) {
  hits = 0;
  t = performance.now();
  for (let i = 0; i < sentences.length; i++) hits += matchTermTokens(index, sentences[i] as string, tokenised[i] as TextToken[], 'ru').length;
  matchTimes.push(performance.now() - t);
}
const formCount = Object.values(forms.entries).reduce(
  (n, e) => n + Object.values(e.targets).reduce((m, x) => m + Object.keys(x.approved).length + Object.keys(x.forbidden).length, 0),
  0,
);
console.log(`glossary: ${dir.replace(root, '')} — ${Object.keys(forms.entries).length} entries, ${formCount} forms`);
console.log(`compile (dictionaries loaded): median ${median(compileTimes).toFixed(0)} ms over ${compileTimes.length} runs`);
console.log(`tokenise 100,000 sentences: ${tokeniseMs.toFixed(0)} ms (once)`);
console.log(`match 100,000 tokenised sentences: median ${median(matchTimes).toFixed(0)} ms over ${matchTimes.length} runs (${hits} hits)`);
