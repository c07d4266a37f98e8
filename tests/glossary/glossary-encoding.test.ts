import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/glossary/load-glossary.js';
import { runCli } from '../support/run-cli.js';

const ENTRY = '- id: tass\n  kind: invariant\n  en: [TASS]\n  ru: { term: ТАСС }\n';

function glossary(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'diglot-glossary-enc-'));
  writeFileSync(join(dir, 'terms.yaml'), bytes);
  return dir;
}

describe('glossary files are decoded as documents are', () => {
  it('a leading byte-order mark is dropped', () => {
    expect(loadGlossary(glossary(Buffer.from(`\uFEFF${ENTRY}`))).entries.map((e) => e.id)).toEqual(['tass']);
  });

  it('a NUL byte is refused, naming the file', () => {
    const dir = glossary(Buffer.from(`${ENTRY}  note: "a\u0000b"\n`));
    expect(() => loadGlossary(dir)).toThrowError(/Expected a text file, found a NUL byte/);
    try {
      loadGlossary(dir);
    } catch (e) {
      expect(String(e)).toMatch(new RegExp(`^${join(dir, 'terms.yaml')}: Expected a text file`));
    }
  });

  it('invalid UTF-8 is refused with file:line:column, and the CLI exits 2', async () => {
    const dir = glossary(Buffer.concat([Buffer.from(`${ENTRY}  note: "caf`), Buffer.from([0xe9]), Buffer.from('"\n')]));
    expect(() => loadGlossary(dir)).toThrowError(/Expected UTF-8 text, found an invalid byte sequence/);
    const project = mkdtempSync(join(tmpdir(), 'diglot-glossary-enc-'));
    writeFileSync(join(project, 'diglot.config.yaml'), `glossaryDir: ${JSON.stringify(dir)}\n`);
    const { code, stderr } = await runCli(['glossary', 'lint'], project);
    expect(code).toBe(2);
    expect(stderr).toMatch(/terms\.yaml:5:\d+: Expected UTF-8 text, found an invalid byte sequence \(expected: UTF-8; found: invalid byte sequence\)/);
  });
});
