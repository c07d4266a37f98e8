import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashDir, run, SCHEMAS, tempProject } from './exchange-helpers.js';

const EN = 'content/en/sample.md';
const RU = 'content/ru/sample.md';

function swap(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.split(from).join(to);
}

function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}

/** A project with a lock and two exports made at the same moment (XLIFF 2 and PO). */
async function exported(): Promise<{ dir: string; xlf: string; po: string; xlf12: string }> {
  const dir = tempProject('exchange-basic');
  expect((await run(dir, 'lock')).code).toBe(0);
  const xlf = (await run(dir, 'export', EN)).stdout;
  const xlf12 = (await run(dir, 'export', EN, '--format', 'xliff12')).stdout;
  const po = (await run(dir, 'export', EN, '--format', 'po')).stdout;
  return { dir, xlf, po, xlf12 };
}

describe('exports carry what each unit was at export (issue 14, point 1)', () => {
  it('a stamp per unit in every format, and the files stay schema-valid', async () => {
    const { dir, xlf, po, xlf12 } = await exported();
    expect(xlf).toMatch(
      /<mda:metadata><mda:metaGroup category="diglot-export"><mda:meta type="source-hash">sha256:[0-9a-f]{16}<\/mda:meta><mda:meta type="target-hash">sha256:[0-9a-f]{16}<\/mda:meta>/,
    );
    expect(xlf12).toMatch(/<note from="diglot-export">diglot-export source=sha256:[0-9a-f]{16} target=sha256:[0-9a-f]{16}<\/note>/);
    expect(po).toMatch(/#\. heading root\/heading\[2\] \(current\) diglot-export source=sha256:[0-9a-f]{16} target=sha256:[0-9a-f]{16}\n/);
    const tmx = (await run(dir, 'export', EN, '--format', 'tmx')).stdout;
    expect(tmx).toMatch(/<prop type="x-diglot-export">diglot-export source=sha256:/);
    // The stamp is valid against the XLIFF 2 Metadata module (core + metadata XSD together).
    const xsd = join(SCHEMAS, 'xliff2.1');
    writeFileSync(
      join(dir, 'both.xsd'),
      `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"><xs:import namespace="urn:oasis:names:tc:xliff:document:2.0" schemaLocation="file://${xsd}/xliff_core_2.0.xsd"/><xs:import namespace="urn:oasis:names:tc:xliff:metadata:2.0" schemaLocation="file://${xsd}/metadata.xsd"/></xs:schema>`,
    );
    const w3c = `file://${xsd}/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd`;
    writeFileSync(
      join(dir, 'catalog.xml'),
      `<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><system systemId="http://www.w3.org/2001/xml.xsd" uri="${w3c}"/><uri name="http://www.w3.org/2001/xml.xsd" uri="${w3c}"/></catalog>`,
    );
    const lint = (xml: string): string =>
      spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(dir, 'both.xsd'), '-'], {
        input: xml,
        encoding: 'utf8',
        env: { ...process.env, XML_CATALOG_FILES: join(dir, 'catalog.xml') },
      }).stderr;
    expect(lint(xlf)).toBe('- validates\n');
    expect(lint(xlf.replace('type="target-hash"', 'kind="target-hash"'))).toMatch(/The attribute 'type' is required/);
    // Validated on import (XSD of XLIFF 2 core and 1.2 transitional): no error.
    for (const [name, text] of [
      ['v.xlf', xlf],
      ['v12.xlf', xlf12],
    ] as const) {
      writeFileSync(join(dir, name), text);
      const result = await run(dir, 'import', name, '--schemas', SCHEMAS, '--dry-run');
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    }
  });
});

describe('import detects conflicts (issue 14, point 1)', () => {
  it('an older PO after a newer XLIFF: the PO leaves the unit as exported, the XLIFF edit is kept', async () => {
    const { dir, xlf, po } = await exported();
    writeFileSync(join(dir, 'new.xlf'), swap(xlf, '<target>Переговоры</target>', '<target>Переговоры в Вашингтоне</target>'));
    expect((await run(dir, 'import', 'new.xlf', '--no-validate')).code).toBe(0);
    writeFileSync(join(dir, 'old.po'), po);
    const result = await run(dir, 'import', 'old.po', '--no-validate');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "old.po: info import-kept (ru): Unit `u-96357cc7`: kept the project's translation: it changed since the export, and the file has the exported one\n",
    );
    expect(read(dir, RU)).toContain('## Переговоры в Вашингтоне\n');
  });

  it('changed in the project and differently in the file: reported with place and the versions, not applied, exit 1; other units applied', async () => {
    const { dir, xlf, po } = await exported();
    writeFileSync(join(dir, 'new.xlf'), swap(xlf, '<target>Переговоры</target>', '<target>Переговоры в Вашингтоне</target>'));
    expect((await run(dir, 'import', 'new.xlf', '--no-validate')).code).toBe(0);
    const edited = swap(swap(po, 'msgstr "Переговоры"', 'msgstr "Беседы"'), 'Калинин ответил {1}сразу{/1}.', 'Калинин ответил {1}немедленно{/1}.');
    writeFileSync(join(dir, 'old.po'), edited);
    const result = await run(dir, 'import', 'old.po', '--no-validate');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'old.po:25:1: error import-conflict (ru): Conflict in unit `u-96357cc7` (English "The talks"): the translation changed in the project since the export and differently in this file; not applied (expected: the translation as exported; found: now "Переговоры в Вашингтоне", in the file "Беседы")',
    );
    expect(result.stdout).toContain('changed 1, inserted 0, unchanged 5, skipped 0, conflicts 1 (not applied; --force applies them)');
    const ru = read(dir, RU);
    expect(ru).toContain('## Переговоры в Вашингтоне\n');
    expect(ru).toContain('Калинин ответил *немедленно*.');
    expect(existsSync(join(dir, 'content/sample.obsolete.json'))).toBe(false);
  });

  it('a conflict in XLIFF 1.2 is reported at its trans-unit', async () => {
    const { dir, xlf12, po } = await exported();
    writeFileSync(join(dir, 'new.po'), swap(po, 'msgstr "Переговоры"', 'msgstr "Беседы"'));
    expect((await run(dir, 'import', 'new.po')).code).toBe(0);
    writeFileSync(join(dir, 'old.xlf'), swap(xlf12, '>Переговоры</target>', '>Переговоры в Москве</target>'));
    const before = hashDir(join(dir, 'content'));
    const result = await run(dir, 'import', 'old.xlf', '--no-validate');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /old\.xlf:\d+:7: error import-conflict \(ru\): Conflict in unit `u-96357cc7`.*now "Беседы", in the file "Переговоры в Москве"/,
    );
    expect(hashDir(join(dir, 'content'))).toBe(before);
  });

  it('--force applies the conflicting translation and keeps the replaced one in content/<slug>.obsolete.json', async () => {
    const { dir, xlf, po } = await exported();
    writeFileSync(join(dir, 'new.xlf'), swap(xlf, '<target>Переговоры</target>', '<target>Переговоры в Вашингтоне</target>'));
    await run(dir, 'import', 'new.xlf', '--no-validate');
    writeFileSync(join(dir, 'old.po'), swap(po, 'msgstr "Переговоры"', 'msgstr "Беседы"'));
    const result = await run(dir, 'import', 'old.po', '--force');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'warning import-warning (ru): Unit `u-96357cc7`: conflict overwritten (--force); the replaced translation is kept as obsolete\n',
    );
    expect(read(dir, RU)).toContain('## Беседы\n');
    const obsolete = JSON.parse(read(dir, 'content/sample.obsolete.json')) as {
      entries: Array<{ reason: string; source: Array<{ id: string }>; target: Array<{ text: string }> }>;
    };
    expect(obsolete.entries).toEqual([
      expect.objectContaining({
        reason: 'import-replaced',
        source: [expect.objectContaining({ id: 'u-96357cc7', text: 'The talks' })],
        target: [expect.objectContaining({ text: 'Переговоры в Вашингтоне' })],
      }),
    ]);
  });

  it('stamps survive po2xliff (as notes): a conflict in the converted file is still found', async () => {
    const { dir, xlf, po } = await exported();
    writeFileSync(join(dir, 'new.xlf'), swap(xlf, '<target>Переговоры</target>', '<target>Переговоры в Вашингтоне</target>'));
    await run(dir, 'import', 'new.xlf', '--no-validate');
    writeFileSync(join(dir, 'old.po'), swap(po, 'msgstr "Переговоры"', 'msgstr "Беседы"'));
    const r = spawnSync('po2xliff', ['--progress=none', join(dir, 'old.po'), join(dir, 'tt.xlf')], { encoding: 'utf8' });
    if (r.error) throw new Error(`po2xliff is required (Debian translate-toolkit): ${r.error.message}`);
    expect(read(dir, 'tt.xlf')).toMatch(/<note from="developer">heading root\/heading\[2\] \(current\) diglot-export source=/);
    const result = await run(dir, 'import', 'tt.xlf', '--document', EN, '--no-validate');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/tt\.xlf:\d+:\d+: error import-conflict \(ru\): Conflict in unit `u-96357cc7`/);
  });

  it('a file of another tool (no stamps) imports as before, with a note that conflicts cannot be detected', async () => {
    const { dir, xlf, po } = await exported();
    writeFileSync(join(dir, 'new.xlf'), swap(xlf, '<target>Переговоры</target>', '<target>Переговоры в Вашингтоне</target>'));
    await run(dir, 'import', 'new.xlf', '--no-validate');
    const plain = po.replace(/ diglot-export source=\S+ target=\S+/g, '');
    writeFileSync(join(dir, 'plain.po'), swap(plain, 'msgstr "Переговоры"', 'msgstr "Беседы"'));
    const result = await run(dir, 'import', 'plain.po');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      "plain.po: info import-unstamped (ru): The file carries no diglot export stamps (another tool's file?): conflicts with translations changed since the export cannot be detected\n",
    );
    expect(read(dir, RU)).toContain('## Беседы\n');
  });
});

describe('a translation of an older English is recorded as stale (issue 14, point 1)', () => {
  it('the English changed after the export (and was accepted in the lock): lock --check says stale, also after `diglot lock`', async () => {
    const { dir, po } = await exported();
    writeFileSync(join(dir, EN), swap(read(dir, EN), '## The talks', '## The negotiations'));
    // The lock is told the English change was reviewed: without the stamp, the import below would read as `edited`.
    expect((await run(dir, 'lock', '--accept')).code).toBe(0);
    writeFileSync(join(dir, 'old.po'), swap(po, 'msgstr "Переговоры"', 'msgstr "Беседы"'));
    const result = await run(dir, 'import', 'old.po');
    expect(result.stderr).toContain(
      'warning import-warning (ru): Unit `u-96357cc7`: the English changed since the export; the translation is recorded as made from the older English (stale)\n',
    );
    expect(read(dir, RU)).toContain('## Беседы\n');
    for (const step of ['check', 'after lock']) {
      if (step === 'after lock') expect((await run(dir, 'lock')).code).toBe(0);
      const check = await run(dir, 'lock', '--check');
      expect(check.stdout).toMatch(
        /content\/en\/sample\.md:8:\d+: error lock-stale \(ru\): Changed English since the translation was made.*\[u-96357cc7 ↔ [^\]]+\] \(expected: the English the translation was made from; found: changed English\)/,
      );
      expect(check.stdout).not.toContain('lock-edited');
    }
    // The lock keeps the English the translation was made from (what `update` and `export` show).
    expect(read(dir, 'content/sample.lock.json')).toContain('"text": "The talks"');
    const again = (await run(dir, 'export', EN, '--format', 'po')).stdout;
    expect(again).toContain('#| msgid "The talks"');
  });
});
