import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempProject } from './exchange-helpers.js';

describe('glossary notes in exports use the English matcher of check (issue 14, point 4)', () => {
  it('a plural ("promises") and a possessive get the note of their entry; a longer word does not', async () => {
    const dir = tempProject('exchange-basic');
    writeFileSync(
      join(dir, 'glossary/terms.yaml'),
      [
        '- id: promise',
        '  kind: term',
        '  en: ["promise"]',
        '  ru: { term: "обещание", forbidden: ["посул"], forms: [] }',
        '  note: "A formal undertaking."',
        '- id: litvinov',
        '  kind: term',
        '  en: ["Litvinov"]',
        '  ru: { term: "Литвинов", forbidden: [], forms: [] }',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'content/en/notes.md'), "Two promises were made.\n\nLitvinov's answer came.\n\nThe promisers left.\n");
    const po = (await run(dir, 'export', 'content/en/notes.md', '--format', 'po')).stdout;
    const notesOf = (msgid: string): string => {
      const entry = po.split('\n\n').find((e) => e.includes(`msgid "${msgid}"`)) ?? '';
      return entry
        .split('\n')
        .filter((l) => l.startsWith('#. Glossary'))
        .join('\n');
    };
    expect(notesOf('Two promises were made.')).toBe('#. Glossary: promise → обещание (not: посул) — A formal undertaking.');
    expect(notesOf("Litvinov's answer came.")).toBe('#. Glossary: Litvinov → Литвинов');
    expect(notesOf('The promisers left.')).toBe('');
  });
});
