import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { InputError } from '../../src/errors.js';
import { loadGlossary, parseGlossaryText } from '../../src/glossary/load-glossary.js';

function errorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('Expected an InputError');
}

const GOOD = '- id: nep\n  kind: term\n  en: [NEP]\n  ru: { term: нэп }\n';

describe('glossary schema errors carry file:line:column, expected and found', () => {
  it('accepts a valid entry', () => {
    expect(parseGlossaryText(GOOD, 'g.yaml')[0]).toMatchObject({ id: 'nep', kind: 'term', en: ['NEP'], targets: { ru: { term: 'нэп', forbidden: [], forms: [] } } });
  });

  it('wrong type', () => {
    const e = errorOf(() => parseGlossaryText('- id: nep\n  kind: term\n  en: NEP\n  ru: { term: нэп }\n', 'g.yaml'));
    expect(e.toString()).toBe('g.yaml:3:7: Unexpected string `NEP`, expected `en` to be a list of strings');
  });

  it('missing ru.term', () => {
    const e = errorOf(() => parseGlossaryText('- id: nep\n  kind: term\n  en: [NEP]\n  ru:\n    forbidden: [НЭПа]\n', 'g.yaml'));
    expect(e.place).toEqual({ file: 'g.yaml', line: 5, column: 5 });
    expect(e.message).toBe('Unexpected an entry without it, expected `ru.term`');
  });

  it('unknown kind and unknown key', () => {
    expect(errorOf(() => parseGlossaryText(GOOD.replace('kind: term', 'kind: thing'), 'g.yaml')).toString()).toBe('g.yaml:2:9: Unexpected string `thing`, expected one of `person`, `term`, `invariant`');
    expect(errorOf(() => parseGlossaryText(GOOD.replace('term: нэп', 'term: нэп, gender: male'), 'g.yaml')).toString()).toContain('g.yaml:4:20: Unexpected `gender` on kind `term`, expected `gender` only on entries of kind `person`');
  });

  it('person initials need no-break spaces', () => {
    const yaml = '- id: l\n  kind: person\n  en: [Litvinov]\n  ru: { term: Литвинов, gender: male, initials: "М. М. Литвинов" }\n';
    const e = errorOf(() => parseGlossaryText(yaml, 'g.yaml'));
    expect(e.toString()).toMatch(/^g\.yaml:4:49: Unexpected plain space in `М\. М\. Литвинов`, expected initials like/);
  });

  it('YAML syntax error', () => {
    const e = errorOf(() => parseGlossaryText('- id: nep\n  kind: [term\n', 'g.yaml'));
    expect(e.place?.file).toBe('g.yaml');
    expect(e.place?.line).toBeGreaterThanOrEqual(2);
    expect(e.message).toMatch(/^Invalid YAML/);
  });

  it('duplicate id across files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    writeFileSync(join(dir, 'a.yaml'), GOOD);
    writeFileSync(join(dir, 'b.yaml'), `# second\n${GOOD}`);
    const e = errorOf(() => loadGlossary(dir));
    expect(e.toString()).toBe(`${join(dir, 'b.yaml')}:2:3: Unexpected duplicate id \`nep\`, expected ids unique across the glossary (first defined at ${join(dir, 'a.yaml')}:1:3)`);
  });

  it('the CLI exits 2 and writes no forms file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    writeFileSync(join(dir, 'a.yaml'), GOOD);
    writeFileSync(join(dir, 'b.yaml'), '- id: x\n  kind: term\n  en: [X]\n  ru: { forbidden: [] }\n');
    let err = '';
    const code = await main(['glossary', 'compile', '--glossary', dir], { cwd: dir, stdout: () => {}, stderr: (t) => (err += t) });
    expect(code).toBe(2);
    expect(err).toContain(`${join(dir, 'b.yaml')}:4:7: Unexpected an entry without it, expected \`ru.term\``);
    expect(existsSync(join(dir, 'forms.json'))).toBe(false);
    writeFileSync(join(dir, 'b.yaml'), '- id: x\n  kind: term\n  en: [X]\n  ru: { term: икс }\n');
    expect(await main(['glossary', 'compile', '--glossary', dir], { cwd: dir, stdout: () => {}, stderr: () => {} })).toBe(0);
    const before = readFileSync(join(dir, 'forms.json'), 'utf8');
    writeFileSync(join(dir, 'b.yaml'), '- id: x\n  kind: term\n  en: X\n');
    expect(await main(['glossary', 'compile', '--glossary', dir], { cwd: dir, stdout: () => {}, stderr: () => {} })).toBe(2);
    expect(readFileSync(join(dir, 'forms.json'), 'utf8')).toBe(before);
  });
});
