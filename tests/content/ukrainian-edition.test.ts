/**
 * The Ukrainian edition mirrors the English one: same blocks in the same order, same headings,
 * run-in labels, footnotes (the translator's `tn…` notes aside) and figures, same front-matter
 * keys and poll votes; every numeral of an English block is in its Ukrainian counterpart; the
 * Ukrainian follows Ukrainian typography; and every name and term the English uses is in the
 * Ukrainian block in a form of its glossary rendering (the glossary's `uk` column, inflected by
 * the Hunspell compiler with agreement). Both files are read through their mdast trees.
 */
import { join } from 'node:path';
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildTermIndex } from '../../src/glossary/build-term-index.js';
import { findEnglishTerms, matchTerms } from '../../src/glossary/match-terms.js';
import { resolveForms } from '../../src/glossary/resolve-forms.js';
import { NBSP, parseEdition, readEdition, isTranslatorNote, figureOf, blockKind, footnoteRefs, runInLabel, blockText, romanValue, frontStrings, frontShape, proseTexts, mixedScriptTokens, translatorNoteRefs } from '../support/edition-structure.js';
import { repoRoot } from '../support/paths.js';

/** The numbers of a text: digits, and in Ukrainian Roman century numerals (`XXI` → 21). */
function numeralsOf(text: string, lang: 'en' | 'uk'): string[] {
  const out = (text.match(/\d+/g) ?? []).map((n) => String(Number(n)));
  if (lang === 'uk') for (const m of text.matchAll(/(?<![\p{L}])([IVXLC]+)(?![\p{L}])/gu)) out.push(String(romanValue(m[1] as string)));
  return out;
}

/** Cyrillic initials followed by a plain space (forward order), or with a plain space between them (inverted order in the notes). */
function initialsWithPlainSpace(text: string): string[] {
  const bad: string[] = [];
  for (const m of text.matchAll(/(?<!\p{L})((?:[А-ЯЄІЇҐ][а-яєіїґ]?\.[ \u00A0])+)/gu)) {
    const group = m[1] as string;
    const before = text.slice(0, m.index);
    const after = text.slice((m.index ?? 0) + group.length);
    const inverted = /\p{Lu}\p{Ll}+[ \u00A0]$/u.test(before);
    const checked = inverted ? group.slice(0, -1) : /^\p{Lu}/u.test(after) ? group : '';
    if (checked.includes(' ')) bad.push(group);
  }
  return bad;
}

/** Straight or English curly double quotes (the nested „…“ pair is allowed), or `--`. */
function straightQuotes(text: string): boolean {
  return /["“”]/u.test(text.replace(/„[^“]*“/gu, '')) || text.includes('--');
}

/** A number followed by a plain space before `р.`/`рр.` (year, years). */
function yearsWithPlainSpace(text: string): string[] {
  return [...text.matchAll(/\d(?:-[хі])? рр?\./gu)].map((m) => m[0]);
}

/** Apostrophes other than U+2019 inside words (U+0027, U+02BC, U+2018). */
function otherApostrophes(text: string): string[] {
  return [...text.matchAll(/\p{L}['\u02BC\u2018]\p{L}/gu)].map((m) => m[0]);
}

const en = readEdition('en');
const uk = readEdition('uk');

describe('Ukrainian edition: structure mirrors the English', () => {
  it('has the same blocks in the same order (paragraphs, headings by depth, figures, footnotes)', () => {
    const ukKinds = uk.blocks.map(blockKind);
    expect(ukKinds).toEqual(en.blocks.map(blockKind));
    const count = (pick: (k: string) => boolean) => ukKinds.filter(pick).length;
    expect(count((k) => k === 'figure')).toBe(5);
    expect(count((k) => k === 'heading2')).toBe(4);
    expect(count((k) => k.startsWith('footnoteDefinition'))).toBe(15);
  });

  it('has the same footnote references in the same paragraphs, and ten translator’s notes, each called once', () => {
    expect(uk.blocks.map(footnoteRefs)).toEqual(en.blocks.map(footnoteRefs));
    expect(uk.blocks.flatMap(footnoteRefs)).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
    const calls = translatorNoteRefs(uk.tree);
    const definitions = uk.tree.children.filter(isTranslatorNote).map((n) => (n.type === 'footnoteDefinition' ? n.identifier : ''));
    expect(calls).toEqual(Array.from({ length: 10 }, (_, i) => `tn${i + 1}`));
    expect(definitions).toEqual(calls);
    expect(translatorNoteRefs(en.tree)).toEqual([]);
  });

  it('has run-in labels in the same paragraphs', () => {
    expect(uk.blocks.map((b) => runInLabel(b) !== undefined)).toEqual(en.blocks.map((b) => runInLabel(b) !== undefined));
    const labels = uk.blocks.map(runInLabel).filter((l): l is string => l !== undefined);
    expect(labels).toHaveLength(9);
    for (const label of labels) expect(label, label).toMatch(/^\p{Lu}[^]*\p{Script=Cyrillic}[^]*\.$/u);
  });

  it('has figures with a translated caption, the same image, and a credit where the English has one', () => {
    const pairs = en.blocks.map((b, i) => [figureOf(b), figureOf(uk.blocks[i] as RootContent)] as const).filter(([e]) => e !== undefined);
    expect(pairs).toHaveLength(5);
    for (const [e, u] of pairs) {
      expect(u?.url).toBe(e?.url);
      expect(u?.alt ?? '').toMatch(/\p{Script=Cyrillic}/u);
      expect(u?.title === null || u?.title === undefined).toBe(e?.title === null || e?.title === undefined);
    }
    expect(pairs.map(([, u]) => u?.title ?? null)).toContain('РІА Новини');
  });

  it('has the same front-matter keys plus `translation`, the same poll votes, date and source, and lang uk', () => {
    expect(frontShape(uk.front).filter((k) => k !== 'translation')).toEqual(frontShape(en.front));
    expect(uk.front.translation).toMatch(/^Переклад з англійської\. Оригінал: .*An Anniversary of Late Recognition/u);
    const votes = (f: Record<string, unknown>) => ((f.poll as { options: Array<{ votes: number }> }).options ?? []).map((o) => o.votes);
    expect(votes(uk.front)).toEqual(votes(en.front));
    expect(votes(uk.front)).toEqual([33, 30, 24, 21]);
    expect(uk.front.lang).toBe('uk');
    expect(uk.front.date).toBe(en.front.date);
    expect(uk.front.source).toBe(en.front.source);
    expect(uk.front.author).toBe('Валерій Гарбузов');
    for (const [path, text] of frontStrings(uk.front)) if (!['source', 'date', 'lang'].includes(path)) expect(text, path).toMatch(/\p{Script=Cyrillic}/u);
  });
});

describe('Ukrainian edition: content', () => {
  it('renders every numeral of each English block in its Ukrainian counterpart', () => {
    const missing: string[] = [];
    en.blocks.forEach((block, i) => {
      const ukNumbers = new Set(numeralsOf(blockText(uk.blocks[i] as RootContent), 'uk'));
      for (const n of numeralsOf(blockText(block), 'en')) if (!ukNumbers.has(n)) missing.push(`block ${i + 1}: ${n}`);
    });
    // The English dates the trade agreement 13 June 1935; the Ukrainian says 13 July (note tn6): no number is lost.
    expect(missing).toEqual([]);
  });

  it('corrects the English source where it is wrong', () => {
    const text = uk.blocks.map(blockText).join('\n');
    expect(text).toContain(`Б.${NBSP}Є.${NBSP}Сквирським`);
    expect(text).not.toMatch(/Свирськ/u);
    expect(text).toContain(`О.${NBSP}Ф.${NBSP}Керенського`);
    expect(text).toContain('Політбюро ЦК ВКП(б)');
    expect(text).toContain(`13${NBSP}липня 1935${NBSP}р.`);
    expect(text).toContain(`Печатнов${NBSP}В.${NBSP}О., Маныкин${NBSP}А.${NBSP}С. История внешней политики США. М., 2012.`);
    expect(text).not.toMatch(/Печарнов|вербальн|РКП\(б\)/u);
  });

  it('writes every name and term the English block uses in a form of its glossary rendering (recall on the article)', async () => {
    const { forms, stale } = await resolveForms(join(repoRoot, 'glossary'));
    expect(stale).toBe(false);
    const index = buildTermIndex(forms);
    let used = 0;
    const missing: string[] = [];
    en.blocks.forEach((block, i) => {
      const enText = blockText(block);
      const ukText = blockText(uk.blocks[i] as RootContent);
      const found = new Set(matchTerms(index, ukText, 'uk').flatMap((h) => (h.kind === 'term' && h.status === 'approved' ? [h.entryId] : [])));
      const notes = block.type === 'footnoteDefinition';
      // A trigger restricted to the notes (`P.`, `M.`) or the body counts only there.
      const counts = (h: { when?: { in?: string } }) => !h.when?.in || (h.when.in === 'notes') === notes;
      for (const id of new Set(findEnglishTerms(index, enText).filter(counts).map((h) => h.entryId))) {
        used++;
        if (!found.has(id)) missing.push(`block ${i + 1}: ${id}`);
      }
    });
    // The deliberate misses: "notes verbales" were signed notes (translator's note tn2, a suppressed term-missing),
    // and note 7 cites the Russian title «… между СССР и США» (a suppressed term-forbidden).
    console.log(`uk article: ${used} English term uses, ${used - missing.length} found in the Ukrainian block (recall ${((used - missing.length) / used).toFixed(3)}); missed ${missing.join(', ')}`);
    const blockOf = (pattern: RegExp) => en.blocks.findIndex((b) => pattern.test(blockText(b))) + 1;
    expect(missing).toEqual([`block ${blockOf(/notes verbales/u)}: note-verbale`, `block ${blockOf(/50 years of diplomatic/iu)}: ussr`]);
    expect(used).toBeGreaterThan(150);
  });

  it('finds the inflected multi-word names the compiler once froze, and never a non-agreeing one', async () => {
    const { forms } = await resolveForms(join(repoRoot, 'glossary'));
    const index = buildTermIndex(forms);
    const all = uk.blocks.map(blockText).join('\n');
    const hit = (form: string) => matchTerms(index, all, 'uk').filter((h) => h.kind === 'term' && h.form === form && h.status === 'approved').map((h) => h.entryId);
    expect(hit('Першої світової війни')).toEqual(['world-war-1', 'world-war-1']);
    expect(hit('Другої світової війни')).toEqual(['world-war-2']);
    expect(hit('Міжнародній економічній конференції')).toEqual(['london-conference']);
    expect(hit('Архангельська')).toEqual(['arkhangelsk']);
    expect(hit(`С.${NBSP}М.${NBSP}Кірова`)).toEqual(['kirov']);
    const approved = (id: string) => Object.keys(forms.entries[id]?.targets.uk?.approved ?? {});
    expect(approved('world-war-1')).not.toContain('Перша світовому війна');
    expect(approved('world-war-1')).toHaveLength(5);
    expect(forms.entries['world-war-1']?.targets.uk?.review).toBeUndefined();
  });
});

describe('Ukrainian edition: typography', () => {
  const texts = proseTexts(uk);
  const all = texts.map((t) => t.text).join('\n');

  it('reads every piece of prose (sanity: the walk finds the text)', () => {
    expect(texts.length).toBeGreaterThan(90);
    expect(all).toContain('Литвинов');
  });

  it('uses « » quotes, never straight double quotes, and no `--`', () => {
    expect(texts.filter((t) => straightQuotes(t.text))).toEqual([]);
    expect(all).toContain('«Про Америку»');
  });

  it('writes the apostrophe as U+2019 everywhere', () => {
    expect(texts.flatMap((t) => otherApostrophes(t.text).map((a) => `${t.where}: ${a}`))).toEqual([]);
    expect(all).toContain('зв’язків');
    expect(all).toContain('З’їзд');
  });

  it('has no Latin look-alike letters inside Cyrillic words', () => {
    expect(texts.flatMap((t) => mixedScriptTokens(t.text).map((tok) => `${t.where}: ${tok}`))).toEqual([]);
  });

  it('puts a no-break space after each initial', () => {
    expect(texts.flatMap((t) => initialsWithPlainSpace(t.text).map((m) => `${t.where}: «${m}»`))).toEqual([]);
    expect(all).toContain(`М.${NBSP}М.${NBSP}Литвинов`);
    expect(all).toContain(`Дж.${NBSP}Девіс`);
  });

  it('puts a no-break space between a number and «р.» / «рр.»', () => {
    expect(texts.flatMap((t) => yearsWithPlainSpace(t.text).map((m) => `${t.where}: «${m}»`))).toEqual([]);
    expect(all).toContain(`16${NBSP}листопада 1933${NBSP}р.`);
    expect(all).toContain(`1920-х${NBSP}рр.`);
  });

  it('writes dashes as em dashes with a no-break space before, and amounts and percents the Ukrainian way', () => {
    expect(texts.filter((t) => / - /u.test(t.text))).toEqual([]);
    const dashes = [...all.matchAll(/(.)—/gu)].map((m) => m[1]);
    expect(dashes.length).toBeGreaterThan(5);
    expect(dashes.filter((c) => c !== NBSP)).toEqual([]);
    expect(all).toContain(`150${NBSP}млн доларів`);
    expect(all).toContain(`4${NBSP}%`);
    expect(all).not.toMatch(/\d%|\$/u);
  });
});

describe('the checks of this test can fail', () => {
  it('notices a dropped footnote, a lost numeral, a straight quote, a homoglyph, a plain space after an initial or before «р.», a wrong apostrophe', () => {
    const broken = parseEdition("---\ntitle: \"x\"\n---\n\nУ 1933 р. М. М. Литвинoв сказав \"так\" про зв'язки[^1][^tn1].\n\n[^1]: Печатнов В. О. Указ. праця.\n\n[^tn1]: Прим.\n");
    const para = broken.blocks[0] as RootContent;
    expect(footnoteRefs(para)).toEqual(['1']);
    expect(translatorNoteRefs(broken.tree)).toEqual(['tn1']);
    expect(broken.blocks.map(blockKind)).toEqual(['paragraph', 'footnoteDefinition[1]']);
    expect(numeralsOf(toString(para), 'uk')).toEqual(['1933']);
    expect(numeralsOf('XXI століття', 'uk')).toEqual(['21']);
    expect(mixedScriptTokens(toString(para))).toEqual(['Литвинoв']);
    expect(initialsWithPlainSpace(toString(para))).toEqual(['М. М. ']);
    expect(initialsWithPlainSpace('Печатнов В. О. История')).toEqual(['В. О. ']);
    expect(proseTexts(broken).filter((t) => straightQuotes(t.text)).map((t) => t.where)).toEqual(['line 5']);
    expect(yearsWithPlainSpace(toString(para))).toEqual(['3 р.']);
    expect(otherApostrophes(toString(para))).toEqual(["в'я"]);
  });
});
