import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/edition/build-site.js';
import { translatorNoteLabel, translatorNoteMark } from '../../src/edition/translator-note-label.js';
import { loadConfig } from '../../src/config/load-config.js';
import { createMessages } from '../../src/i18n/create-messages.js';
import { translatorNotesProject } from '../support/translator-notes-project.js';

/** Build a scratch copy of the fixture (after `edit`) and read its pages. */
async function build(edit?: (dir: string) => void): Promise<{ en: string; ru: string; parallel: string }> {
  const dir = translatorNotesProject();
  edit?.(dir);
  const out = join(dir, 'dist');
  await buildSite(loadConfig({ cwd: dir }), { outDir: out, cache: false });
  const read = (file: string): string => readFileSync(join(out, file), 'utf8');
  return { en: read('en/recognition.html'), ru: read('ru/recognition.html'), parallel: read('recognition.parallel.html') };
}

const calls = (html: string): string[] => [...html.matchAll(/data-footnote-ref=""[^>]*>([^<]*)<\/a>/g)].map((m) => m[1] as string);

describe("translator's notes and the translator's line in the build", () => {
  it("the Russian page: author's notes keep the original numbers, the translator's note is marked * and labelled «— Примеч. пер.», the translator's line is in the header", async () => {
    const { en, ru } = await build();
    expect(calls(en)).toEqual(['1', '2']);
    expect(calls(ru)).toEqual(['1', '*', '2']);
    expect(ru).toMatch(
      /<header class="article-header">.*<p class="translation-line">Перевод с английского\. Оригинал: V\. Garbuzov, «An Anniversary of Late Recognition», РСМД, 16 ноября 2013\u00a0г\.<\/p><\/header>/s,
    );
    // The note follows the author's notes, in the same section, with its mark, label and way back.
    const section = ru.slice(ru.indexOf('<section data-footnotes'));
    expect(section.indexOf('Там же')).toBeLessThan(section.indexOf('translator-notes'));
    expect(section).toMatch(
      /<li id="user-content-tn-tn1" class="translator-note"><p><span class="tn-mark">\*<\/span> В 1918\u00a0г\. .*ошибка\.<span class="tn-label">\u00a0— Примеч\. пер\.<\/span> <a href="#user-content-tnref-tn1"/,
    );
    expect(ru).toContain('<sup class="tn-call"><a href="#user-content-tn-tn1" id="user-content-tnref-tn1"');
    expect(en).not.toContain('translation-line');
  });

  it("the parallel edition: the note stands in the row of the sentence it annotates, the translator's line in the date row", async () => {
    const { parallel } = await build();
    const rows = parallel.split('<div class="row ');
    const home = rows.find((r) => r.includes('Litvinov had lived in the United States since 1918.')) ?? '';
    expect(home).toMatch(
      /<div class="fn-item translator-note" id="user-content-ru-fn-tn1"><p>\* <span class="s"[^>]*>В 1918\u00a0г\. .*<\/span><span class="tn-label">\u00a0— Примеч\. пер\.<\/span>/,
    );
    expect(rows.filter((r) => r.includes('translator-note'))).toHaveLength(1);
    expect(rows.find((r) => r.startsWith('row-date'))).toMatch(/<div class="cell" lang="ru">.*<p class="translation-line">Перевод с английского/);
    expect(calls(parallel)).toEqual(['1', '1', '*', '2', '2']);
  });

  it("a `tn` note of the source is an author's note on both pages (numbered, no label)", async () => {
    const { en, ru } = await build((dir) => {
      for (const lang of ['en', 'ru']) {
        const file = join(dir, 'content', lang, 'recognition.md');
        writeFileSync(file, readFileSync(file, 'utf8').replaceAll('[^2]', '[^tn2]'));
      }
    });
    expect(calls(en)).toEqual(['1', '2']);
    expect(calls(ru)).toEqual(['1', '*', '2']);
    expect(ru.match(/Примеч\. пер\./g)).toHaveLength(1);
  });

  it('labels and marks: catalogue languages, a table for others, English as the fallback', () => {
    expect(translatorNoteLabel(createMessages('ru'))).toBe('— Примеч. пер.');
    expect(translatorNoteLabel(createMessages('en'))).toBe("— Translator's note");
    expect(translatorNoteLabel(createMessages('uk'))).toBe('— Прим. перекл.');
    expect(translatorNoteLabel(createMessages('de-AT'))).toBe('— Anm. d. Übers.');
    expect(translatorNoteLabel(createMessages('xx'))).toBe("— Translator's note");
    expect([1, 2, 3, 4, 12].map(translatorNoteMark)).toEqual(['*', '**', '***', '*4', '*12']);
  });
});
