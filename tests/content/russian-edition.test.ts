/**
 * The Russian edition mirrors the English one: same blocks in the same order, same headings,
 * run-in labels, footnotes and figures, same front-matter keys and poll votes; every numeral of
 * an English block is in its Russian counterpart; and the Russian follows Russian typography.
 * Both files are read through their mdast trees (unified + remark-parse + remark-gfm +
 * remark-frontmatter); text is taken from nodes, never by regex surgery on the Markdown.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { NBSP, parseEdition, readEdition, figureOf, blockKind, footnoteRefs, runInLabel, blockText, romanValue, frontStrings, frontShape, proseTexts, mixedScriptTokens } from '../support/edition-structure.js';

/**
 * The numbers written in a text, normalised: `$150 million` → 150, `1923-1932` → 1923 and 1932,
 * `21st` → 21, `#11` → 11, `4%` → 4; in Russian also Roman century numerals (`XXI` → 21).
 */
function numeralsOf(text: string, lang: 'en' | 'ru'): string[] {
  const out = (text.match(/\d+/g) ?? []).map((n) => String(Number(n)));
  if (lang === 'ru') {
    for (const m of text.matchAll(/(?<![\p{L}])([IVXLC]+)(?![\p{L}])/gu)) out.push(String(romanValue(m[1] as string)));
  }
  return out;
}

/**
 * Initials separated by a plain space instead of U+00A0. Forward order (`М. М. Литвинов`): every
 * space after an initial must be no-break. Inverted order in the notes (`Маныкин А. С. История…`):
 * the spaces between the initials must be no-break; the one after the last initial ends the name.
 */
function initialsWithPlainSpace(text: string): string[] {
  const bad: string[] = [];
  for (const m of text.matchAll(/(?<!\p{L})((?:\p{Lu}\p{Ll}?\.[ \u00A0])+)/gu)) {
    const group = m[1] as string;
    const before = text.slice(0, m.index);
    const after = text.slice((m.index ?? 0) + group.length);
    const inverted = /\p{Lu}\p{Ll}+[ \u00A0]$/u.test(before);
    const checked = inverted ? group.slice(0, -1) : /^\p{Lu}/u.test(after) ? group : '';
    if (checked.includes(' ')) bad.push(group);
  }
  return bad;
}

/** Straight or English curly double quotes left in Russian text (the nested „…“ pair is allowed). */
function straightQuotes(text: string): boolean {
  return /["“”]/u.test(text.replace(/„[^“]*“/gu, '')) || text.includes('--');
}

/** A number followed by a plain space before `г.`/`гг.` (year, years). */
function yearsWithPlainSpace(text: string): string[] {
  return [...text.matchAll(/\d(?:-[ех])? гг?\./gu)].map((m) => m[0]);
}

const en = readEdition('en');
const ru = readEdition('ru');

describe('Russian edition: structure mirrors the English', () => {
  it('has the same blocks in the same order (paragraphs, headings by depth, figures, footnotes)', () => {
    const enKinds = en.blocks.map(blockKind);
    const ruKinds = ru.blocks.map(blockKind);
    expect(ruKinds).toEqual(enKinds);
    // Figures (5), ## headings (4), footnotes (15) are counted, not only ordered.
    const count = (kinds: string[], pick: (k: string) => boolean) => kinds.filter(pick).length;
    expect(count(ruKinds, (k) => k === 'figure')).toBe(5);
    expect(count(ruKinds, (k) => k === 'heading2')).toBe(4);
    expect(count(ruKinds, (k) => k.startsWith('footnoteDefinition'))).toBe(15);
  });

  it('has the same footnote references in the same paragraphs', () => {
    const enRefs = en.blocks.map(footnoteRefs);
    const ruRefs = ru.blocks.map(footnoteRefs);
    expect(ruRefs).toEqual(enRefs);
    expect(ruRefs.flat()).toEqual(Array.from({ length: 15 }, (_, i) => String(i + 1)));
  });

  it('has run-in labels (strong at paragraph start) in the same paragraphs', () => {
    const enLabels = en.blocks.map((b) => runInLabel(b) !== undefined);
    const ruLabels = ru.blocks.map((b) => runInLabel(b) !== undefined);
    expect(ruLabels).toEqual(enLabels);
    expect(ruLabels.filter(Boolean)).toHaveLength(9);
    for (const label of ru.blocks.map(runInLabel).filter((l): l is string => l !== undefined)) {
      expect(label, label).toMatch(/^\p{Lu}[^]*\.$/u);
      expect(label).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it('has figures with a translated caption, the same image, and a credit where the English has one', () => {
    const pairs = en.blocks.map((b, i) => [figureOf(b), figureOf(ru.blocks[i] as RootContent)] as const).filter(([e]) => e !== undefined);
    expect(pairs).toHaveLength(5);
    for (const [e, r] of pairs) {
      expect(r?.url).toBe(e?.url);
      expect(r?.alt ?? '').toMatch(/\p{Script=Cyrillic}/u);
      expect(r?.title === null || r?.title === undefined).toBe(e?.title === null || e?.title === undefined);
    }
    const credits = pairs.map(([, r]) => r?.title ?? null);
    expect(credits).toContain('РИА Новости');
  });

  it('has the same front-matter keys, the same poll votes, date and source, and lang ru', () => {
    // The translator's line exists only in the translation.
    expect(frontShape(ru.front).filter((k) => k !== 'translation')).toEqual(frontShape(en.front));
    expect(ru.front.translation).toMatch(/^Перевод с английского\. Оригинал: .*An Anniversary of Late Recognition/u);
    const votes = (f: Record<string, unknown>) => ((f.poll as { options: Array<{ votes: number }> }).options ?? []).map((o) => o.votes);
    expect(votes(ru.front)).toEqual(votes(en.front));
    expect(votes(ru.front)).toEqual([33, 30, 24, 21]);
    expect(ru.front.lang).toBe('ru');
    expect(ru.front.date).toBe(en.front.date);
    expect(ru.front.source).toBe(en.front.source);
    expect(ru.front.author).toBe('Валерий Гарбузов');
    expect(ru.front.authorTitle).toBe('доктор исторических наук, член РСМД');
    for (const [path, text] of frontStrings(ru.front)) {
      if (['source', 'date', 'lang'].includes(path)) continue;
      expect(text, path).toMatch(/\p{Script=Cyrillic}/u);
    }
  });
});

describe('Russian edition: content', () => {
  it('renders every numeral of each English block in its Russian counterpart', () => {
    const missing: string[] = [];
    en.blocks.forEach((block, i) => {
      const ruNumbers = new Set(numeralsOf(blockText(ru.blocks[i] as RootContent), 'ru'));
      for (const n of numeralsOf(blockText(block), 'en')) if (!ruNumbers.has(n)) missing.push(`block ${i + 1}: ${n} («${blockText(block).slice(0, 50)}…»)`);
    });
    for (const [path, text] of frontStrings(en.front)) {
      const ruText = frontStrings(ru.front).find(([p]) => p === path)?.[1] ?? '';
      for (const n of numeralsOf(text, 'en')) if (!numeralsOf(ruText, 'ru').includes(n)) missing.push(`front matter ${path}: ${n}`);
    }
    expect(missing).toEqual([]);
  });

  it('corrects the English source where it is wrong', () => {
    const text = ru.blocks.map(blockText).join('\n');
    expect(text).toContain(`Б.${NBSP}Е.${NBSP}Сквирским`);
    expect(text).not.toMatch(/Свирск/u);
    expect(text).toContain(`А.${NBSP}Ф.${NBSP}Керенского`);
    expect(text).toContain('Политбюро ЦК ВКП(б)');
    expect(text).toContain(`13${NBSP}июля 1935${NBSP}г.`);
    expect(text).toContain(`Печатнов${NBSP}В.${NBSP}О., Маныкин${NBSP}А.${NBSP}С. История внешней политики США. М., 2012.`);
    expect(text).not.toMatch(/Печарнов|вербальн/u);
  });
});

describe('Russian edition: typography', () => {
  const texts = proseTexts(ru);
  const all = texts.map((t) => t.text).join('\n');

  it('reads every piece of prose (sanity: the walk finds the text)', () => {
    expect(texts.length).toBeGreaterThan(90);
    expect(all).toContain('Литвинов');
  });

  it('uses « » quotes, never straight double quotes, and no `--`', () => {
    const bad = texts.filter((t) => straightQuotes(t.text));
    expect(bad).toEqual([]);
    expect(all).toContain('«Об Америке»');
  });

  it('has no Latin look-alike letters inside Cyrillic words', () => {
    const bad = texts.flatMap((t) => mixedScriptTokens(t.text).map((tok) => `${t.where}: ${tok}`));
    expect(bad).toEqual([]);
  });

  it('puts a no-break space after each initial', () => {
    const bad = texts.flatMap((t) => initialsWithPlainSpace(t.text).map((m) => `${t.where}: «${m}»`));
    expect(bad).toEqual([]);
    expect(all).toContain(`М.${NBSP}М.${NBSP}Литвинов`);
    expect(all).toContain(`Ф.${NBSP}Д.${NBSP}Рузвельт`);
  });

  it('puts a no-break space between a number and «г.» / «гг.»', () => {
    const bad = texts.flatMap((t) => yearsWithPlainSpace(t.text).map((m) => `${t.where}: «${m}»`));
    expect(bad).toEqual([]);
    expect(all).toContain(`16${NBSP}ноября 1933${NBSP}г.`);
  });

  it('writes dashes as em dashes with a no-break space before, and amounts and percents the Russian way', () => {
    expect(texts.filter((t) => / - /u.test(t.text))).toEqual([]);
    const dashes = [...all.matchAll(/(.)—/gu)].map((m) => m[1]);
    expect(dashes.length).toBeGreaterThan(5);
    expect(dashes.filter((c) => c !== NBSP)).toEqual([]);
    expect(all).toContain(`150${NBSP}млн долларов`);
    expect(all).toContain(`4${NBSP}%`);
    expect(all).not.toMatch(/\d%|\$/u);
  });
});

describe('the checks of this test can fail', () => {
  it('notices a dropped footnote, a lost numeral, a straight quote, a homoglyph and a plain space after an initial', () => {
    const broken = parseEdition('---\ntitle: "x"\n---\n\nВ 1933 г. М. М. Литвинoв сказал "да"[^1].\n\n[^1]: Печатнов В. О. Указ. соч.\n');
    const para = broken.blocks[0] as RootContent;
    expect(footnoteRefs(para)).toEqual(['1']);
    expect(numeralsOf(toString(para), 'ru')).toEqual(['1933']);
    expect(numeralsOf('XXI', 'ru')).toEqual(['21']);
    expect(mixedScriptTokens(toString(para))).toEqual(['Литвинoв']);
    expect(initialsWithPlainSpace(toString(para))).toEqual(['М. М. ']);
    expect(initialsWithPlainSpace('Печатнов В. О. История')).toEqual(['В. О. ']);
    expect(initialsWithPlainSpace(`Печатнов В.${NBSP}О. История; К.${NBSP}Хэлл; С. 290`)).toEqual([]);
    expect(proseTexts(broken).filter((t) => straightQuotes(t.text)).map((t) => t.where)).toEqual(['line 5']);
    expect(straightQuotes('«Об Америке» и „вложенные“')).toBe(false);
    expect(straightQuotes('1918--1945')).toBe(true);

    expect(yearsWithPlainSpace(toString(para))).toEqual(['3 г.']);
    expect(figureOf(parseEdition('![Подпись](a.jpg "Автор")\n').blocks[0] as RootContent)?.title).toBe('Автор');
  });
});
