import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExchangeDocument } from '../../src/exchange/exchange-types.js';
import { writePo } from '../../src/exchange/po/write-po.js';
import { readExchange } from '../../src/exchange/read-exchange.js';
import { writeTmx } from '../../src/exchange/tmx/write-tmx.js';
import { writeXliff12 } from '../../src/exchange/xliff12/write-xliff12.js';
import { writeXliff2 } from '../../src/exchange/xliff2/write-xliff2.js';
import { SCHEMAS, run, tempProject } from './exchange-helpers.js';
import { corpusExchangeDocuments, specExchangeDocuments } from './export-documents.js';

const CATALOG_XSD = join(SCHEMAS, 'xliff2.1/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd');

/** Validate with Debian xmllint; the test fails (not skips) when xmllint is missing. */
function xmllint(xml: string, args: string[]): { ok: boolean; errors: string } {
  const catalog = `<?xml version="1.0"?><catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><system systemId="http://www.w3.org/2001/xml.xsd" uri="file://${CATALOG_XSD}"/></catalog>`;
  const dir = tempProject('exchange-basic');
  const catalogFile = join(dir, 'catalog.xml');
  spawnSync('sh', ['-c', `cat > '${catalogFile}'`], { input: catalog });
  const r = spawnSync('xmllint', ['--noout', '--nonet', ...args, '-'], {
    input: xml,
    encoding: 'utf8',
    env: { ...process.env, XML_CATALOG_FILES: catalogFile },
  });
  if (r.error) throw r.error;
  return { ok: r.status === 0, errors: r.stderr };
}

describe.each(['exchange-basic', 'article'] as const)('export of %s validates', (fixture) => {
  const en = fixture === 'article' ? 'content/en/us-ussr-recognition-1933.md' : 'content/en/sample.md';

  it('XLIFF 2.1 against the core XSD', async () => {
    const dir = tempProject(fixture);
    const { code, stdout } = await run(dir, 'export', en, '--format', 'xliff2', '--lang', 'ru');
    expect(code).toBe(0);
    expect(stdout).toContain('version="2.1"');
    expect(xmllint(stdout, ['--schema', join(SCHEMAS, 'xliff2.1/xliff_core_2.0.xsd')])).toEqual({ ok: true, errors: '- validates\n' });
    // The copy in the official test suite's folder says the same.
    expect(xmllint(stdout, ['--schema', join(SCHEMAS, 'xliff2.1-test-suite/schemas/xliff_core_2.0.xsd')]).ok).toBe(true);
  });

  it('XLIFF 1.2 against the strict XSD', async () => {
    const { stdout } = await run(tempProject(fixture), 'export', en, '--format', 'xliff12', '--lang', 'ru');
    expect(xmllint(stdout, ['--schema', join(SCHEMAS, 'xliff/xliff-core-1.2-strict.xsd')])).toEqual({ ok: true, errors: '- validates\n' });
  });

  it('TMX 1.4 against the DTD', async () => {
    const { stdout } = await run(tempProject(fixture), 'export', en, '--format', 'tmx');
    expect(stdout).toContain('<tmx version="1.4">');
    expect(stdout.match(/<tu /g)?.length ?? 0).toBeGreaterThan(fixture === 'article' ? 100 : 5);
    expect(xmllint(stdout, ['--dtdvalid', join(SCHEMAS, 'tmx/tmx14.dtd')]).ok).toBe(true);
  });
});

describe('export content', () => {
  it('keeps every code with its Markdown in originalData and links differing Russian data', async () => {
    const { stdout } = await run(tempProject('exchange-basic'), 'export', 'content/en/sample.md');
    expect(stdout).toContain('<data id="d2e">](https://en.wikipedia.org/wiki/Maxim_Litvinov)</data>');
    expect(stdout).toContain('<data id="t2e">](https://ru.wikipedia.org/wiki/Литвинов,_Максим_Максимович)</data>');
    expect(stdout).toMatch(
      /<segment id="u-[0-9a-f]+\.[0-9a-f]+" state="initial" subState="diglot:untranslated"><source>The debts question remained open for years\.<\/source><\/segment>/,
    );
    expect(stdout.match(/<unit /g)).toHaveLength(8);
    expect(stdout.match(/<segment /g)).toHaveLength(10);
  });

  it('filters units by state', async () => {
    const dir = tempProject('exchange-basic');
    const { stdout } = await run(dir, 'export', 'content/en/sample.md', '--format', 'po', '--state', 'untranslated');
    expect(stdout.match(/^msgctxt /gm)).toHaveLength(1);
    expect(stdout).toContain('msgid "The debts question remained open for years."');
    expect((await run(dir, 'export', 'content/en/sample.md', '--state', 'bogus')).code).toBe(2);
  });
});

describe('every export of real documents validates', () => {
  // Every CommonMark/GFM spec example (odd ones untranslated, even ones with targets) and every
  // corpus document with each of its translations, in all four formats, validated in batches: one
  // xmllint per format, one msgfmt for all PO files.
  const spec = specExchangeDocuments();
  const docs = [...spec.docs, ...corpusExchangeDocuments()];
  const dir = mkdtempSync(join(tmpdir(), 'diglot-export-all-'));
  const catalog = join(dir, 'catalog.xml');
  writeFileSync(
    catalog,
    `<?xml version="1.0"?><catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><system systemId="http://www.w3.org/2001/xml.xsd" uri="file://${CATALOG_XSD}"/></catalog>`,
  );

  /** Write every document in one format; return the files. */
  function writeAll(format: string, ext: string, write: (doc: ExchangeDocument) => string): string[] {
    mkdirSync(join(dir, format));
    return docs.map(({ name, doc }) => {
      const path = join(dir, format, `${name}.${ext}`);
      writeFileSync(path, write(doc));
      return path;
    });
  }

  /** Validate many files in one xmllint process; return the files that fail, with xmllint's messages. */
  function xmllintAll(files: string[], args: string[]): string[] {
    const r = spawnSync('xmllint', ['--noout', '--nonet', ...args, ...files], {
      encoding: 'utf8',
      env: { ...process.env, XML_CATALOG_FILES: catalog },
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.error) throw r.error;
    const lines = r.stderr.split('\n');
    // Schema validation reports each file ("… validates" / "… fails to validate"); DTD validation only its errors.
    const valid = new Set(lines.filter((l) => l.endsWith(' validates')).map((l) => l.slice(0, -' validates'.length)));
    const failed = new Set(lines.filter((l) => / (validity|parser) error|fails to validate/.test(l)).map((l) => l.split(':')[0] as string));
    const invalid = files.filter((f) => (args[0] === '--dtdvalid' ? failed.has(f) : !valid.has(f)));
    if (args[0] === '--dtdvalid') expect(r.status === 0, r.stderr.slice(0, 2000)).toBe(invalid.length === 0);
    return invalid.map(
      (f) =>
        `${f}: ${r.stderr
          .split('\n')
          .filter((l) => l.startsWith(f))
          .slice(0, 3)
          .join(' | ')}`,
    );
  }

  it('has the documents', () => {
    console.log(
      `export validation: ${spec.docs.length} spec examples (${spec.refused.length} refused as input: ${spec.refused.join(', ')}), ${docs.length - spec.docs.length} corpus pairs`,
    );
    expect(spec.docs.length).toBeGreaterThan(1300);
    expect(docs.length - spec.docs.length).toBeGreaterThan(100);
    expect(spec.docs.filter(({ doc }) => doc.units.length === 0).length).toBeGreaterThan(100); // documents without text
  });

  it('XLIFF 2.1 against the core XSD', () => {
    const files = writeAll('xliff2', 'xlf', writeXliff2);
    const invalid = xmllintAll(files, ['--schema', join(SCHEMAS, 'xliff2.1/xliff_core_2.0.xsd')]);
    console.log(`XLIFF 2.1: ${files.length - invalid.length} of ${files.length} valid`);
    expect(invalid).toEqual([]);
    // and diglot's own reader (with its XLIFF 2 constraint checks) takes each one back
    const refused = files.filter((f) => {
      try {
        readExchange(readFileSync(f), { file: f });
        return false;
      } catch {
        return true;
      }
    });
    expect(refused).toEqual([]);
  });

  it('XLIFF 1.2 against the strict XSD', () => {
    const files = writeAll('xliff12', 'xlf', writeXliff12);
    const invalid = xmllintAll(files, ['--schema', join(SCHEMAS, 'xliff/xliff-core-1.2-strict.xsd')]);
    console.log(`XLIFF 1.2: ${files.length - invalid.length} of ${files.length} valid`);
    expect(invalid).toEqual([]);
    // autolinks are placeholders: the schema allows only image/pb/lb or x-… there (not `link`)
    const autolinks = files.filter((f) => readFileSync(f, 'utf8').includes('ctype="x-link">'));
    expect(autolinks.length).toBeGreaterThan(20);
  });

  it('TMX 1.4 against the DTD', () => {
    const files = writeAll('tmx', 'tmx', (doc) => writeTmx(doc, { creationDate: '20260101T000000Z' }));
    const invalid = xmllintAll(files, ['--dtdvalid', join(SCHEMAS, 'tmx/tmx14.dtd')]);
    console.log(`TMX 1.4: ${files.length - invalid.length} of ${files.length} valid`);
    expect(invalid).toEqual([]);
  });

  it('PO with msgfmt --check', () => {
    // One msgfmt for all files: they are merged into one catalog, each entry's msgctxt prefixed by
    // its file's name (unit IDs repeat across documents) and only the first file's header kept.
    const files = writeAll('po', 'po', writePo);
    const merged = files
      .map((f, i) => {
        const text = readFileSync(f, 'utf8');
        const name = basename(f);
        const body = i === 0 ? text : text.slice(text.indexOf('\n\n') + 2);
        return `# ${name}\n${body.replace(/^msgctxt "/gm, `msgctxt "${name}:`)}`;
      })
      .join('\n');
    writeFileSync(join(dir, 'all.po'), merged);
    const r = spawnSync('msgfmt', ['--check', '-o', '/dev/null', join(dir, 'all.po')], { encoding: 'utf8' });
    if (r.error) throw new Error(`msgfmt is required (Debian gettext): ${r.error.message}`);
    const problems = r.stderr.split('\n').filter((l) => l.trim() !== '' && !/header field '[^']+' missing in header/.test(l));
    console.log(`PO: ${files.length} files, msgfmt --check ${r.status === 0 ? 'passes' : 'fails'}`);
    expect(problems).toEqual([]);
    expect(r.status).toBe(0);
    expect(merged.match(/^msgctxt /gm)?.length).toBe(docs.reduce((n, { doc }) => n + doc.units.length, 0));
  });
});
