import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { TN_EN, TN_RU, translatorNotesProject } from '../support/translator-notes-project.js';

const NOTE = 'В 1918\u00a0г. М.\u00a0М.\u00a0Литвинов находился в Лондоне, а не в США; в английском тексте здесь ошибка.';
const FORMATS = [
  { format: 'xliff2', note: `<note category="translator-note" appliesTo="target">[^tn1]: ${NOTE}</note>`, sources: /<source>[\s\S]*?<\/source>/g },
  { format: 'xliff12', note: `<note from="translator" annotates="target">[^tn1]: ${NOTE}</note>`, sources: /<source>[\s\S]*?<\/source>/g },
  { format: 'po', note: `# [^tn1]: ${NOTE}\n#: ${TN_EN}:9 `, sources: /^msgid .*$/gm },
] as const;

describe("translator's notes through export and import", () => {
  it.each(FORMATS)(
    '$format: the note is a note of the unit that calls it, never source text; import keeps the file byte-identical',
    async ({ format, note, sources }) => {
      const dir = translatorNotesProject();
      const ruPath = join(dir, TN_RU);
      const before = readFileSync(ruPath);
      const file = join(dir, `out.${format}`);
      const exported = await runCli(['export', TN_EN, '--format', format, '--out', file], dir);
      expect(exported.code, exported.stderr).toBe(0);
      const text = readFileSync(file, 'utf8');
      expect(text.split(note)).toHaveLength(2);
      // On the unit whose translation calls it: the note sits in that unit's block of the file.
      const block =
        format === 'po'
          ? text.slice(text.indexOf(note), text.indexOf('\n\n', text.indexOf(note)))
          : text.slice(
              text.lastIndexOf('<', text.lastIndexOf(format === 'xliff2' ? '<unit ' : '<trans-unit ', text.indexOf(note))),
              text.indexOf(format === 'xliff2' ? '</unit>' : '</trans-unit>', text.indexOf(note)),
            );
      expect(block).toContain('Litvinov had lived in the United States since 1918.');
      expect(block).toContain('[^tn1]'); // the call, as a code of the target
      for (const source of text.match(sources) ?? []) expect(source).not.toContain('Лондоне');
      const imported = await runCli(['import', file], dir);
      expect(imported.code, imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(/changed 0, inserted 0, unchanged 7/);
      expect(readFileSync(ruPath).equals(before)).toBe(true);
      // A translator edits the sentence in the CAT tool: the call and the note stay.
      writeFileSync(file, text.replace('Литвинов жил в Соединенных Штатах с 1918', 'С 1918 Литвинов жил в Соединенных Штатах'));
      const edited = await runCli(['import', file], dir);
      expect(edited.code, edited.stderr).toBe(0);
      const after = readFileSync(ruPath, 'utf8');
      expect(after).toContain('С 1918 Литвинов жил в Соединенных Штатах\u00a0г.[^tn1]');
      expect(after).toContain(`[^tn1]: ${NOTE}`);
      const check = await runCli(['check', '--glossary', 'none', '--frail'], dir);
      expect(check.stdout).not.toMatch(/translator-note|extra-translation|markup-mismatch|missing-translation/);
    },
  );
});
