import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const lintFixture = fileURLToPath(new URL('../fixtures/glossary-lint/glossary/', import.meta.url));
const matchFixture = fileURLToPath(new URL('../fixtures/glossary-match/glossary/', import.meta.url));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { cwd: root, stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('diglot glossary lint', () => {
  it('reports forms both approved and forbidden, English forms in two entries, duplicates, review notes', async () => {
    const { code, out } = await run(['glossary', 'lint', '--glossary', lintFixture]);
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines).toContain('tests/fixtures/glossary-lint/glossary/bad.yaml:6:3: error duplicate-english: Unexpected English form `Note` also in entry `note`, expected each English form in one entry');
    expect(lines).toContain('tests/fixtures/glossary-lint/glossary/bad.yaml:10:3: warning duplicate-term: Unexpected rendering `нота` also the term of `note`, expected one entry per concept');
    expect(lines.some((l) => /error approved-and-forbidden: Unexpected `нота` and 8 more forms \(ru\) both forbidden in `note-verbale` and approved in `letter` and `note`/.test(l))).toBe(true);
    expect(lines.some((l) => /warning ambiguous-form: Unexpected `нота` and 8 more forms \(ru\) approved in `letter` and `note`/.test(l))).toBe(true);
    expect(lines).toContain('tests/fixtures/glossary-lint/glossary/bad.yaml:14:3: warning needs-review: `Наркоминдел` is not in the dictionary: declined like known words ending the same (check the forms)');
    expect(lines.at(-1)).toBe('4 entries: 2 errors, 3 warnings');
  });

  it('passes the fixture glossary without errors', async () => {
    const { code, out } = await run(['glossary', 'lint', '--glossary', matchFixture]);
    expect(out).toContain('17 entries: 0 errors');
    expect(code).toBe(0);
  });
});

describe('diglot glossary usage', () => {
  it('lists the units of the English article that use an entry', async () => {
    const { code, out } = await run(['glossary', 'usage', 'litvinov', '--glossary', matchFixture]);
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^content\/(en|ru)\/us-ussr-recognition-1933\.md:\d+:\d+ {2}\S+ {2}(approved|forbidden|mixedScript) +\s(M\.M\. Litvinov|M\. M\. Litvinov|Maxim Litvinov|Litvinov|.+)$/);
    expect(lines.some((l) => /content\/en\/.*approved +M\.M\. Litvinov$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^litvinov: \d+ uses in \d+ units$/);
  });

  it('rejects an unknown id with exit 2', async () => {
    const { code, err } = await run(['glossary', 'usage', 'nobody', '--glossary', matchFixture]);
    expect(code).toBe(2);
    expect(err).toContain('Unexpected entry id `nobody`');
  });
});
