import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildTermIndex } from '../../src/glossary/build-term-index.js';
import { compileGlossary } from '../../src/glossary/compile-glossary.js';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { matchTerms } from '../../src/glossary/match-terms.js';
import { conditionHolds } from '../../src/glossary/rendering-context.js';

const shared = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
const articleDir = fileURLToPath(new URL('../../glossary/', import.meta.url));
const fixtureDir = fileURLToPath(new URL('../fixtures/glossary-match/glossary/', import.meta.url));
const useArticle = existsSync(`${articleDir}article.yaml`);

/**
 * Entries of the article glossary that are general vocabulary: their occurrences in unrelated
 * text (news, software guides) are genuine uses of the term, not false hits.
 */
const GENERAL = new Set(['us', 'united-states', 'ussr', 'soviet-union', 'president', 'white-house', 'world-war-1', 'world-war-2', 'cold-war']);

/** Mixed-script words that really are in FLORES-200 (a Latin letter inside a Russian word). */
const REAL_HOMOGLYPHS = ['cлучаях', 'cкатать', 'Meжду', 'Officе', 'aнтичных'];

function corpora(): Array<[string, string]> {
  const texts: Array<[string, string]> = [];
  for (const dir of ['md-12factor/ru', 'md-opensource-guide/ru']) {
    for (const f of readdirSync(`${shared}${dir}`).sort()) texts.push([`${dir}/${f}`, readFileSync(`${shared}${dir}/${f}`, 'utf8')]);
  }
  readFileSync(`${shared}flores200-devtest/rus_Cyrl.devtest`, 'utf8')
    .split('\n')
    .forEach((line, i) => texts.push([`flores200-devtest/rus_Cyrl.devtest:${i + 1}`, line]));
  return texts;
}

const glossaries: Array<[string, string]> = [...(useArticle ? [['article', articleDir] as [string, string]] : []), ['fixture', fixtureDir]];

describe.each(glossaries)('false hits of the %s glossary on unrelated Russian text', (name, dir) => {
  it('reports only genuine term occurrences and real homoglyphs', async () => {
    const index = buildTermIndex(await compileGlossary(loadGlossary(dir)));
    const texts = corpora();
    let genuine = 0;
    const homoglyphs: string[] = [];
    const falseHits: string[] = [];
    for (const [file, text] of texts) {
      for (const hit of matchTerms(index, text, 'ru')) {
        // A conditional rendering (`Там же` opening a note) counts only where its condition holds: this is body text.
        if (hit.kind === 'term' && hit.when && !conditionHolds(hit.when, { text, start: hit.start, end: hit.end, inNote: false, lang: 'ru', tags: hit.tags })) continue;
        const span = text.slice(hit.start, hit.end);
        if (hit.kind === 'mixedScript' && hit.entryId === undefined) homoglyphs.push(span);
        else if (hit.kind === 'term' && GENERAL.has(hit.entryId)) genuine++;
        else falseHits.push(`${file}: ${hit.entryId ?? '?'} \`${span}\` in …${text.slice(Math.max(0, hit.start - 30), hit.end + 30).replace(/\s+/g, ' ')}…`);
      }
    }
    console.log(`${name} glossary on corpora: ${texts.length} texts, ${genuine} genuine term hits (general vocabulary: США, СССР, президент …), ${homoglyphs.length} mixed-script words, ${falseHits.length} false hits`);
    for (const f of falseHits) console.log(`  false hit: ${f}`);
    expect(homoglyphs.sort()).toEqual([...REAL_HOMOGLYPHS].sort());
    expect(falseHits).toEqual([]);
  });
});
