import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeImport } from '../../src/exchange/write-import.js';
import { verifyImport } from '../../src/exchange/verify-import.js';
import { decodeDocument } from '../../src/util/read-document.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';
import { hashDir, run, tempProject } from './exchange-helpers.js';

const EN = 'content/en/sample.md';
const RU = 'content/ru/sample.md';
let dir: string;
let xlf: string;
let xlf12: string;
let po: string;

beforeAll(async () => {
  dir = tempProject('exchange-basic');
  xlf = (await run(dir, 'export', EN)).stdout;
  xlf12 = (await run(dir, 'export', EN, '--format', 'xliff12')).stdout;
  po = (await run(dir, 'export', EN, '--format', 'po')).stdout;
});

/** Import a file (without XSD validation, as `--no-validate` does): exit 2, the message, nothing written. */
async function refuse(name: string, content: string | Uint8Array, message: RegExp): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const before = hashDir(join(dir, 'content'));
  const result = await run(dir, 'import', name, '--no-validate');
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.code).toBe(2);
  expect(hashDir(join(dir, 'content'))).toBe(before);
  return result.stderr;
}

/** In a fresh project: export PO, translate the heading as `msgstr` (PO-escaped), import, and read the Russian units back. */
async function importedUnits(name: string, msgstr: string): Promise<string[]> {
  const project = tempProject('exchange-basic');
  const source = (await run(project, 'export', EN, '--format', 'po')).stdout;
  writeFileSync(join(project, name), swap(source, 'msgstr "Переговоры"', `msgstr "${msgstr}"`));
  expect((await run(project, 'import', name, '--no-validate')).code).toBe(0);
  const text = decodeDocument(readFileSync(join(project, RU)), RU);
  return segmentMarkdown(text, { file: RU, lang: 'ru' }).units.map((u) => u.text);
}

function swap(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe('import never writes a file diglot would refuse (issue 17, point 5)', () => {
  it('refuses a NUL from <cp hex="0000"/>, naming the entry and the unit', async () => {
    await refuse(
      'nul.xlf',
      swap(xlf, '<target>Переговоры</target>', '<target>Переговоры<cp hex="0000"/></target>'),
      /^diglot: nul\.xlf:\d+:5: Cannot import unit `u-96357cc7`: Unexpected control character U\+0000 at character 11 of the translation/,
    );
  });

  it('refuses a NUL byte in a PO msgstr, and other controls, lone surrogates and noncharacters', async () => {
    await refuse(
      'nul.po',
      swap(po, 'msgstr "Переговоры"', 'msgstr "Пере\u0000говоры"'),
      /^diglot: nul\.po:25:1: Cannot import unit `u-96357cc7`: Unexpected control character U\+0000/,
    );
    await refuse('esc.po', swap(po, 'msgstr "Переговоры"', 'msgstr "Пере\u001bговоры"'), /Unexpected control character U\+001B/);
    await refuse('cr.po', swap(po, 'msgstr "Переговоры"', 'msgstr "Пере\\rговоры"'), /Unexpected control character U\+000D/);
    await refuse('nonchar.xlf', swap(xlf, '<target>Переговоры</target>', '<target>Переговоры<cp hex="FFFE"/></target>'), /Unexpected noncharacter U\+FFFE/);
  });

  it('refuses a <cp> that is no Unicode character, with line and column', async () => {
    await refuse(
      'cp-big.xlf',
      swap(xlf, '<target>Переговоры</target>', '<target>Переговоры<cp hex="110000"/></target>'),
      /^diglot: cp-big\.xlf:\d+:\d+: Unexpected `<cp hex="110000">`, expected the hex code of a Unicode character.*found: hex="110000"/,
    );
    await refuse(
      'cp-bad.xlf',
      swap(xlf, '<target>Переговоры</target>', '<target>Переговоры<cp hex="zz"/></target>'),
      /cp-bad\.xlf:\d+:\d+: Unexpected `<cp hex="zz">`/,
    );
    await refuse('cp-surrogate.xlf', swap(xlf, '<target>Переговоры</target>', '<target>Переговоры<cp hex="D800"/></target>'), /Unexpected `<cp hex="D800">`/);
  });

  it('refuses output that would not read back as written, naming the import entry', () => {
    // The writer now keeps every translation readable (a line break in a heading is written `&#10;`),
    // so the safety net is exercised directly: output that lost a unit, and output whose heading reads back otherwise.
    const expected = [
      { kind: 'heading' as const, text: 'Переговоры', from: { unit: 'u-96357cc7', line: 25, column: 1 } },
      { kind: 'paragraph' as const, text: 'Текст.' },
    ];
    const options = { file: 'split.po', target: RU, lang: 'ru' };
    expect(() => verifyImport('# Переговоры\n\nТекст.\n', expected, options)).not.toThrow();
    expect(() => verifyImport('# Переговоры\n', expected, options)).toThrow(/Cannot import/);
    expect(() => verifyImport('# Пере\n\nговоры\n\nТекст.\n', expected, options)).toThrow(/^Cannot import unit `u-96357cc7`: .*nothing was written$/);
  });

  it('a heading translated across a blank line is written so that it reads back', async () => {
    expect(await importedUnits('split.po', 'Переговоры\\n\\nВторой')).toContain('Переговоры\n\nВторой');
  });

  it('skips a white-space-only or empty target instead of deleting the paragraph', async () => {
    for (const [name, text] of [
      ['spaces.po', swap(po, 'msgstr "Переговоры"', 'msgstr "   "')],
      ['empty.xlf', swap(xlf, '<target>Переговоры</target>', '<target></target>')],
      ['spaces.xlf', swap(xlf12, '>Переговоры</target>', '>  \n </target>')],
    ] as const) {
      writeFileSync(join(dir, name), text);
      const before = readFileSync(join(dir, RU), 'utf8');
      const result = await run(dir, 'import', name, '--no-validate');
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(
        `${name}: warning import-skipped (ru): Skipped unit \`u-96357cc7\`: its translation is empty or only white space: an empty target means untranslated, the unit is left as it was\n`,
      );
      expect(result.stdout).toContain('skipped 1 (nothing written)');
      expect(readFileSync(join(dir, RU), 'utf8')).toBe(before);
    }
  });

  it('writes a file that reads back (every import leaves a segmentable target)', async () => {
    expect(await importedUnits('ok.po', 'Переговоры\\tв Вашингтоне')).toContain('Переговоры\tв Вашингтоне');
  });
});

describe('bad import input gives exit 2 and one line, never a stack trace (issue 17, point 10)', () => {
  it('an empty or BOM-only file', async () => {
    await refuse(
      'empty.po',
      '',
      /^diglot: empty\.po:1:1: Unexpected empty file, expected XLIFF 2, XLIFF 1\.2 or PO \(expected: an exchange file; found: no bytes\)/,
    );
    await refuse('bom.po', '\uFEFF\n', /^diglot: bom\.po:1:1: Unexpected empty file.*found: only white space or a byte-order mark/);
  });

  it('100 000 nested elements: a depth limit, not a stack overflow', async () => {
    const deep = swap(xlf, '<target>Переговоры</target>', `<target>Переговоры${'<mrk id="m">'.repeat(100_000)}${'</mrk>'.repeat(100_000)}</target>`);
    await refuse('deep.xlf', deep, /^diglot: deep\.xlf:\d+:\d+: Malformed XML: Unexpected nesting deeper than 1000 elements at `<mrk>`, expected at most 1000/);
  });

  it('a folder or a missing file, named with the reason', async () => {
    mkdirSync(join(dir, 'folder.po'), { recursive: true });
    const before = hashDir(join(dir, 'content'));
    const folder = await run(dir, 'import', 'folder.po');
    expect(folder.stderr).toBe('diglot: folder.po: Cannot import a folder, expected an XLIFF or PO file (expected: a file; found: a folder)\n');
    expect(folder.code).toBe(2);
    const missing = await run(dir, 'import', 'missing.po');
    expect(missing.stderr).toMatch(/^diglot: missing\.po: Cannot read the file: it does not exist/);
    expect(missing.code).toBe(2);
    expect(hashDir(join(dir, 'content'))).toBe(before);
  });
});

describe('a failed write names the target and the reason', () => {
  it.each([
    ['ENOSPC', 'write', 'no space left on the device (ENOSPC)'],
    ['EACCES', 'open', 'permission denied (EACCES)'],
    ['EISDIR', 'rename', 'it is a folder, expected a file (EISDIR)'],
  ])('%s', (code, syscall, reason) => {
    const failure = Object.assign(new Error(`${code}: failed, ${syscall} '/p/content/ru/.a.md.1.tmp'`), { code, syscall, path: '/p/content/ru/.a.md.1.tmp' });
    expect(() =>
      writeImport(() => {
        throw failure;
      }, 'content/ru/a.md'),
    ).toThrow(expect.objectContaining({ name: 'InputError' }));
    try {
      writeImport(() => {
        throw failure;
      }, 'content/ru/a.md');
    } catch (error) {
      expect(String(error)).toBe(`content/ru/a.md: Cannot write the translation: ${reason}; nothing was written`);
    }
  });
});

describe('PO details (issue 17, minor points)', () => {
  it('a syntax error has its line and column', async () => {
    await refuse(
      'syntax.po',
      swap(po, 'msgstr "Переговоры"', 'msgstr "Пере"говоры"'),
      /^diglot: syntax\.po:27:14: Invalid PO: Unexpected `г` \(expected: a keyword, a quoted string or a comment/,
    );
    await refuse('open.po', swap(po, 'msgstr "Переговоры"', 'msgstr "Переговоры'), /^diglot: open\.po:27:8: Invalid PO: Unexpected end of line in a string/);
  });

  it('a plural entry is refused at its line, saying diglot does not support plurals', async () => {
    const plural = swap(
      po,
      'msgid "The talks"\nmsgstr "Переговоры"',
      'msgid "The talks"\nmsgid_plural "The talkses"\nmsgstr[0] "Переговоры"\nmsgstr[1] "Переговоров"',
    );
    await refuse('plural.po', plural, /^diglot: plural\.po:27:1: Invalid PO: Unexpected plural entry \(`msgid_plural`\): diglot does not support plural forms/);
  });

  it('UTF-16 (with or without a byte-order mark) is named, not "Invalid PO"', async () => {
    await refuse('le.po', Buffer.from(`\uFEFF${po}`, 'utf16le'), /^diglot: le\.po:1:1: Unexpected UTF-16LE text, expected UTF-8/);
    await refuse('nobom.po', Buffer.from(po, 'utf16le'), /Unexpected UTF-16LE text, expected UTF-8/);
    await refuse('be.po', Buffer.from(po, 'utf16le').swap16(), /Unexpected UTF-16BE text, expected UTF-8/);
  });

  it('a declared charset is honoured, never misread', async () => {
    const latin = po.replace('charset=utf-8', 'charset=ISO-8859-1');
    await refuse('latin.po', latin, /^diglot: latin\.po:4:2: Unexpected charset `ISO-8859-1` declared by a file that is UTF-8 text/);
    // A real KOI8-R file is decoded as KOI8-R.
    const text = po.replace('charset=utf-8', 'charset=KOI8-R').replace('msgstr "Переговоры"', 'msgstr "Переговоры!"');
    writeFileSync(join(dir, 'koi.po'), encodeKoi8r(text));
    // --force: an earlier test changed this unit since the export (a conflict otherwise, issue 14).
    const result = await run(dir, 'import', 'koi.po', '--dry-run', '--force');
    expect(result.stdout).toContain('would change 1, inserted 0');
    expect(result.code).toBe(0);
  });

  it('a msgctxt naming one unit over the msgid of another is refused (swapped IDs)', async () => {
    const swapped = swap(po, 'msgctxt "u-96357cc7"\nmsgid "The talks"', 'msgctxt "u-5298a845"\nmsgid "The talks"').replace(
      'msgctxt "u-5298a845"\nmsgid "Recognition in 1933"',
      'msgctxt "u-96357cc7"\nmsgid "Recognition in 1933"',
    );
    await refuse(
      'swapped.po',
      swapped,
      /^diglot: swapped\.po:13:1: Cannot import unit `u-96357cc7`: its source is the English of `u-5298a845`, not of `u-96357cc7`/,
    );
  });
});

/** KOI8-R bytes of a text of ASCII and Russian letters (only what the test uses). */
function encodeKoi8r(text: string): Uint8Array {
  const decoder = new TextDecoder('koi8-r');
  const table = new Map<string, number>();
  for (let b = 0x80; b < 0x100; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Uint8Array.from([...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : (table.get(c) as number))));
}
