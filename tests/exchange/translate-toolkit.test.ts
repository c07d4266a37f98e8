import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMAS, run, tempProject } from './exchange-helpers.js';

// Translate Toolkit (Debian `translate-toolkit`) must be installed: .ci/run installs it. A missing
// tool fails these tests (spawnSync reports ENOENT), it never skips them.
function tool(name: string, ...args: string[]): void {
  const r = spawnSync(name, ['--progress=none', ...args], { encoding: 'utf8' });
  if (r.error) throw new Error(`${name} is required (Debian translate-toolkit): ${r.error.message}`);
  expect(r.status, r.stderr).toBe(0);
}

const EN = 'content/en/sample.md';
const RU = 'content/ru/sample.md';

describe('round trip through Translate Toolkit', () => {
  it('PO → po2xliff → translator edits the XLIFF → import the XLIFF 1.1, and → xliff2po → import the PO', async () => {
    const dir = tempProject('exchange-basic');
    const original = readFileSync(join(dir, RU), 'utf8');
    const po = join(dir, 'ru.po');
    const xlf = join(dir, 'ru.xlf');
    const back = join(dir, 'back.po');
    expect((await run(dir, 'export', EN, '--format', 'po', '--out', po)).code).toBe(0);
    tool('po2xliff', po, xlf);
    const tt = readFileSync(xlf, 'utf8');
    expect(tt).toContain('urn:oasis:names:tc:xliff:document:1.1');
    expect(tt).not.toContain('msgctxt'); // po2xliff drops msgctxt: units are found by their `#:` unit ID
    const edited = tt.replace('{1}сразу{/1}', '{1}немедленно{/1}');
    expect(edited).not.toBe(tt);
    writeFileSync(xlf, edited);
    tool('xliff2po', xlf, back);
    expect(readFileSync(back, 'utf8')).toContain('msgstr "Рузвельт написал Калинину в октябре. Калинин ответил {1}немедленно{/1}."');

    const expected = original.replace('Калинин ответил *сразу*.', 'Калинин ответил *немедленно*.');
    const viaXliff = await run(dir, 'import', xlf, '--document', EN, '--schemas', SCHEMAS, '--dry-run');
    expect(viaXliff.stderr).toBe('');
    expect(viaXliff.stdout).toBe(`${RU}: would change 1, inserted 0, unchanged 6, skipped 0 (nothing written)\n`);
    const viaPo = await run(dir, 'import', back, '--document', EN, '--schemas', SCHEMAS);
    expect(viaPo.stderr).toBe('');
    expect(viaPo.stdout).toBe(`${RU}: changed 1, inserted 0, unchanged 6, skipped 0\n`);
    expect(readFileSync(join(dir, RU), 'utf8')).toBe(expected);
  });

  it('our XLIFF 1.2 → xliff2po keeps the unit IDs and the codes of PO placeholders', async () => {
    const dir = tempProject('exchange-basic');
    const xlf = join(dir, 'ru.xlf');
    const po = join(dir, 'ru.po');
    await run(dir, 'export', EN, '--format', 'xliff12', '--out', xlf);
    tool('xliff2po', xlf, po);
    const text = readFileSync(po, 'utf8');
    expect(text.match(/^#: u-[0-9a-f]{8}$/gm)?.length).toBe(8);
    expect(text).toContain('msgid "The debts question remained open for years."');
  });
});
