import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashText } from '../../src/lock/hash-text.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import type { Lock } from '../../src/lock/types.js';
import type { SegmentedDocument, Unit } from '../../src/segment/types.js';
import { sharedRoot } from '../support/paths.js';
import { run } from './exchange-helpers.js';

// A real hard-wrapped document: the Introduction chapter of the CommonMark spec (prose wrapped
// at 62–72 columns: paragraphs, a block quote, a numbered list with 4-space continuation lines,
// links, code spans, autolinks, fenced code). The corpora's documents are not hard-wrapped.
const SPEC = readFileSync(join(sharedRoot, 'specs', 'commonmark-spec.txt'), 'utf8').split('\n');
const INTRODUCTION = `${SPEC.slice(SPEC.indexOf('# Introduction'), SPEC.indexOf('# Preliminaries')).join('\n').trimEnd()}\n`;
const EN = 'content/en/intro.md';
const RU = 'content/ru/intro.md';
const LOCK = 'content/intro.lock.json';
const EN_DOC = segmentMarkdown(INTRODUCTION, { file: EN, lang: 'en' });

/** The English unit at a structural path. */
function at(path: string): Unit {
  const unit = EN_DOC.units.find((u) => u.path === path);
  if (!unit) throw new Error(`no unit at ${path}: ${EN_DOC.units.map((u) => u.path).join(', ')}`);
  return unit;
}

// Translated: a long paragraph with a link and a code span, the block quote (autolink), a heading,
// two list items (long link destinations, 4-space continuation lines) and a one-line list item.
const PARAGRAPH = at('root/paragraph[2]');
const QUOTE = EN_DOC.units.find((u) => u.kind === 'blockquote') as Unit;
const HEADING = EN_DOC.units.find((u) => u.text === 'Why is a spec needed?') as Unit;
const ITEM_1 = EN_DOC.units.find((u) => u.text.startsWith('How much indentation')) as Unit;
const ITEM_2 = EN_DOC.units.find((u) => u.text.startsWith('Is a blank line needed before a block quote')) as Unit;
const ONE_LINE = EN_DOC.units.find((u) => u.text === 'Can list items be empty?') as Unit;
/** Left out of the Russian file: imported as a new block. */
const MISSING = EN_DOC.units.find((u) => u.text.startsWith('In the absence of a spec')) as Unit;
const TRANSLATED = [PARAGRAPH, QUOTE, HEADING, ITEM_1, ITEM_2, ONE_LINE, MISSING];

const CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  q: 'к',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  w: 'в',
  x: 'кс',
  y: 'ы',
  z: 'з',
};

/** A translation as a CAT tool returns it: Latin letters in Cyrillic, codes kept, on one line (the one-line item made long). */
function translate(unit: Unit): string {
  const cyrillic = unit.text.replace(/[a-z]/gi, (c) => (c === c.toLowerCase() ? (CYRILLIC[c] as string) : (CYRILLIC[c.toLowerCase()] as string).toUpperCase()));
  const oneLine = cyrillic.replace(/\s*\n\s*/g, ' ');
  return unit === ONE_LINE ? `${oneLine} ${Array(3).fill('Может ли пункт списка быть пустым, спрашивает автор.').join(' ')}` : oneLine;
}

const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A PO file with the `msgstr` of each entry with a `msgctxt` (a unit) replaced by `edit` (unit ID, msgstr as exported), unless undefined. */
function editPo(po: string, edit: (id: string, target: string) => string | undefined): string {
  return po
    .split('\n\n')
    .map((entry) => {
      const id = /^msgctxt "(.*)"$/m.exec(entry)?.[1];
      const start = entry.search(/^msgstr /m);
      if (id === undefined || start < 0) return entry;
      const target = (entry.slice(start).match(/"(?:[^"\\]|\\.)*"/g) ?? []).map((q) => JSON.parse(q) as string).join('');
      const text = edit(id, target);
      return text === undefined ? entry : `${entry.slice(0, start)}msgstr ${JSON.stringify(text)}`;
    })
    .join('\n\n');
}

interface Imported {
  dir: string;
  before: string;
  after: string;
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A project whose Russian file starts as a copy of the English, hard-wrapped like it, except
 * that one paragraph is missing and {@link PARAGRAPH} is on one line; locked; the PO export
 * translated as {@link translate} does, imported with `wrap` (none: the key absent).
 */
async function importWith(wrap: string | undefined): Promise<Imported> {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-import-wrap-'));
  mkdirSync(join(dir, 'content', 'en'), { recursive: true });
  mkdirSync(join(dir, 'content', 'ru'));
  mkdirSync(join(dir, 'glossary'));
  writeFileSync(join(dir, 'diglot.config.yaml'), `sourceLanguage: en\ntargetLanguages: [ru]\n${wrap !== undefined ? `wrap: ${wrap}\n` : ''}`);
  writeFileSync(join(dir, EN), INTRODUCTION);
  const missing = INTRODUCTION.slice(INTRODUCTION.lastIndexOf('\n\n', MISSING.start.offset), INTRODUCTION.indexOf('\n\n', MISSING.end.offset));
  const paragraph = INTRODUCTION.slice(PARAGRAPH.start.offset, PARAGRAPH.end.offset);
  const before = INTRODUCTION.replace(missing, '').replace(paragraph, paragraph.replace(/\n/g, ' '));
  writeFileSync(join(dir, RU), before);
  expect((await run(dir, 'lock')).code).toBe(0);
  const po = await run(dir, 'export', EN, '--format', 'po');
  expect(po.code).toBe(0);
  const texts = new Map(TRANSLATED.map((u) => [u.id, translate(u)]));
  writeFileSync(
    join(dir, 'intro.po'),
    editPo(po.stdout, (id) => texts.get(id)),
  );
  const result = await run(dir, 'import', 'intro.po', '--no-validate');
  return { dir, before, after: readFileSync(join(dir, RU), 'utf8'), ...result };
}

const segment = (text: string): SegmentedDocument => segmentMarkdown(text, { file: RU, lang: 'ru' });
const width = (line: string): number => [...line].length;

/** The lines a unit occupies (from the start of its first line). */
function linesOf(source: string, unit: Unit): string[] {
  return source.slice(source.lastIndexOf('\n', unit.start.offset - 1) + 1, unit.end.offset).split('\n');
}

/** The target unit holding a translation (up to white space: the lines may have been wrapped). */
function unitFor(doc: SegmentedDocument, en: Unit): Unit {
  const found = doc.units.filter((u) => normalise(u.text) === normalise(translate(en)));
  expect(found, `${en.id} reads back as its translation`).toHaveLength(1);
  return found[0] as Unit;
}

/** Lines longer than `columns` are only those holding one unbreakable link (text end and destination). */
function expectLinesWithin(lines: readonly string[], columns: number, what: string): void {
  for (const line of lines) if (width(line) > columns) expect(line.trim(), `${what}: a line over ${columns} columns`).toMatch(/^\S*\]\(https?:\/\/\S+\)\S*$/);
}

/**
 * The imported file is the file before with the translated units' spans replaced and the new
 * block inserted, nothing else: every untranslated unit and every byte between units (list
 * markers, indentation, `>` marks, blank lines, code blocks) is as it was.
 */
function expectOnlyTranslatedSpansChanged(imported: Imported): void {
  const old = segment(imported.before);
  const now = segment(imported.after);
  const inserted = unitFor(now, MISSING);
  const kept = now.units.filter((u) => u !== inserted);
  expect(kept.map((u) => u.kind)).toEqual(old.units.map((u) => u.kind));
  let rebuilt = '';
  let last = 0;
  let changed = 0;
  old.units.forEach((unit, i) => {
    const after = kept[i] as Unit;
    const text = imported.after.slice(after.start.offset, after.end.offset);
    if (normalise(after.text) === normalise(unit.text))
      expect(text, `${unit.path} is untouched`).toBe(imported.before.slice(unit.start.offset, unit.end.offset));
    else changed++;
    rebuilt += imported.before.slice(last, unit.start.offset) + text;
    last = unit.end.offset;
  });
  rebuilt += imported.before.slice(last);
  expect(changed).toBe(TRANSLATED.length - 1);
  const block = imported.after.slice(imported.after.lastIndexOf('\n\n', inserted.start.offset), inserted.end.offset);
  expect(imported.after.replace(block, '')).toBe(rebuilt);
}

/** The lock records each translated unit with the target unit holding its translation as written. */
function expectPairsRecorded(imported: Imported): void {
  const lock = JSON.parse(readFileSync(join(imported.dir, LOCK), 'utf8')) as Lock;
  const doc = segment(imported.after);
  for (const en of TRANSLATED) {
    const ru = unitFor(doc, en);
    const pair = lock.targets.ru?.pairs.find((p) => p.source.length === 1 && p.source[0] === en.id);
    expect(pair, `${en.id} is recorded`).toMatchObject({ target: [ru.id], sourceHash: hashText(en.text), targetHash: hashText(ru.text) });
  }
}

/** What `diglot check` finds, without positions (lines move when a paragraph is re-wrapped). */
async function findings(dir: string): Promise<{ code: number; messages: string[] }> {
  const result = await run(dir, 'check', '--glossary', 'none', '--no-cache', '--format', 'json');
  const report = JSON.parse(result.stdout) as {
    files: Array<{ file: string; messages: Array<{ ruleId: string; severity: string; message: string; related?: { line?: number } }> }>;
  };
  const messages = report.files.flatMap((f) => f.messages.map((m) => `${f.file} ${m.ruleId} ${m.severity} ${m.related?.line ?? ''} ${normalise(m.message)}`));
  return { code: result.code, messages: messages.sort() };
}

/** A project with the English document only, imported with `wrap: 60`. */
function englishOnly(): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-import-wrap-'));
  mkdirSync(join(dir, 'content', 'en'), { recursive: true });
  mkdirSync(join(dir, 'glossary'));
  writeFileSync(join(dir, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\nwrap: 60\n');
  writeFileSync(join(dir, EN), INTRODUCTION);
  return dir;
}

describe('import into a hard-wrapped file with `wrap` (issue 14)', () => {
  let wrapped: Imported;
  let source: Imported;
  let preserve: Imported;

  beforeAll(async () => {
    wrapped = await importWith('72');
    source = await importWith('source');
    preserve = await importWith(undefined);
  });

  it('each import passes its read-back check and writes every translation', () => {
    for (const imported of [wrapped, source, preserve]) {
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      expect(imported.stdout).toBe(
        `content/ru/intro.md: changed ${TRANSLATED.length - 1}, inserted 1, unchanged ${EN_DOC.units.length - TRANSLATED.length}, skipped 0\n`,
      );
    }
  });

  it('wrap: 72 lays every translated paragraph, quote and list item out in lines of at most 72 columns', () => {
    const doc = segment(wrapped.after);
    for (const en of TRANSLATED) {
      const lines = linesOf(wrapped.after, unitFor(doc, en));
      // A heading is never wrapped; every other translation (one line as imported) is.
      if (en === HEADING) expect(lines, en.id).toHaveLength(1);
      else expect(lines.length, en.id).toBeGreaterThan(1);
      expectLinesWithin(lines, 72, en.id);
    }
    // The one-line English list item: its long translation is wrapped too, under its marker.
    expect(
      linesOf(wrapped.after, unitFor(doc, ONE_LINE))
        .slice(1)
        .every((l) => l.startsWith('    ') && !l.startsWith('     ')),
    ).toBe(true);
  });

  it('wrap: source wraps to the longest line of the hard-wrapped English paragraph, and leaves a one-line paragraph as given', () => {
    const doc = segment(source.after);
    for (const en of TRANSLATED) {
      const lines = linesOf(source.after, unitFor(doc, en));
      const english = linesOf(INTRODUCTION, en);
      if (english.length === 1) {
        expect(lines, en.id).toHaveLength(1);
        continue;
      }
      expect(lines.length, en.id).toBeGreaterThan(1);
      expectLinesWithin(lines, Math.max(...english.map(width)), en.id);
    }
    // The English width, not the target's: the target paragraph was on one line.
    expect(linesOf(source.before, segment(source.before).units.find((u) => u.path === PARAGRAPH.path) as Unit)).toHaveLength(1);
    expect(linesOf(source.after, unitFor(doc, PARAGRAPH)).length).toBeGreaterThan(5);
  });

  it('wrap: preserve (the default) keeps the translator’s text as given', () => {
    const doc = segment(preserve.after);
    for (const en of TRANSLATED) {
      const ru = unitFor(doc, en);
      expect(ru.text.replace(/\{\d+\/?\}|\{\/\d+\}/g, '')).toBe(translate(en).replace(/\{\d+\/?\}|\{\/\d+\}/g, ''));
      expect(linesOf(preserve.after, ru), en.id).toHaveLength(1);
    }
  });

  it('changes only the translated units’ bytes: every other byte is as it was', () => {
    for (const imported of [wrapped, source, preserve]) expectOnlyTranslatedSpansChanged(imported);
  });

  it('the lock records every imported pair, wrapped or not', () => {
    for (const imported of [wrapped, source, preserve]) expectPairsRecorded(imported);
  });

  it('diglot check sees the same units and findings after a wrapped import as after a preserved one', async () => {
    const ids = (text: string) => segment(text).units.map((u) => `${u.kind} ${u.id}`);
    expect(ids(wrapped.after)).toEqual(ids(preserve.after));
    expect(ids(source.after)).toEqual(ids(preserve.after));
    const expected = await findings(preserve.dir);
    expect(expected.messages.some((m) => m.includes(' untranslated '))).toBe(true);
    expect(await findings(wrapped.dir)).toEqual(expected);
    expect(await findings(source.dir)).toEqual(expected);
  });

  it('an untouched export imported with wrap: 72 writes nothing (units equal up to white space are unchanged)', async () => {
    const again = await run(wrapped.dir, 'export', EN, '--format', 'po');
    // As a CAT tool that joins lines returns it: every target on one line.
    writeFileSync(
      join(wrapped.dir, 'again.po'),
      editPo(again.stdout, (_id, target) => target.replace(/\s*\n\s*/g, ' ')),
    );
    const result = await run(wrapped.dir, 'import', 'again.po', '--no-validate');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`content/ru/intro.md: changed 0, inserted 0, unchanged ${EN_DOC.units.length}, skipped 0 (nothing written)\n`);
    expect(readFileSync(join(wrapped.dir, RU), 'utf8')).toBe(wrapped.after);
  });

  it('without a Russian file, the English document is the template: translated units are wrapped, the rest is the English as it was', async () => {
    const dir = englishOnly();
    const po = await run(dir, 'export', EN, '--format', 'po');
    // A tool that fills every target with the English joined on one line translates nothing: no file.
    writeFileSync(
      join(dir, 'copy.po'),
      editPo(po.stdout, (id) => EN_DOC.units.find((u) => u.id === id)?.text.replace(/\s*\n\s*/g, ' ')),
    );
    const copy = await run(dir, 'import', 'copy.po', '--no-validate');
    expect(copy.code, copy.stderr).toBe(0);
    expect(copy.stdout).toBe(`content/ru/intro.md: changed 0, inserted 0, unchanged 0, skipped ${EN_DOC.units.length} (nothing written)\n`);
    expect(existsSync(join(dir, RU))).toBe(false);
    const texts = new Map(TRANSLATED.map((u) => [u.id, translate(u)]));
    writeFileSync(
      join(dir, 'intro.po'),
      editPo(po.stdout, (id) => texts.get(id)),
    );
    const result = await run(dir, 'import', 'intro.po', '--no-validate');
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`inserted ${TRANSLATED.length}`);
    const after = readFileSync(join(dir, RU), 'utf8');
    const doc = segment(after);
    for (const en of TRANSLATED) expectLinesWithin(linesOf(after, unitFor(doc, en)), en === HEADING ? Infinity : 60, en.id);
    const untouched = EN_DOC.units.filter((u) => !TRANSLATED.includes(u));
    for (const en of untouched) expect(after).toContain(INTRODUCTION.slice(en.start.offset, en.end.offset));
    expect(linesOf(after, unitFor(doc, PARAGRAPH)).length).toBeGreaterThan(linesOf(INTRODUCTION, PARAGRAPH).length);
  });

  it('a bad `wrap` value is a config error: exit 2 with its position, nothing written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diglot-import-wrap-'));
    cpSync(preserve.dir, dir, { recursive: true });
    writeFileSync(join(dir, 'diglot.config.yaml'), 'sourceLanguage: en\ntargetLanguages: [ru]\nwrap: wide\n');
    const result = await run(dir, 'import', 'intro.po', '--no-validate');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /diglot\.config\.yaml:3:7: Expected `wrap` to be preserve, source or a number of columns, not string `wide` \(expected: preserve \| source \| a whole number of columns, at least 1 \(e\.g\. 80\); found: `wide`\)/,
    );
    expect(readFileSync(join(dir, RU), 'utf8')).toBe(preserve.after);
  });
});
