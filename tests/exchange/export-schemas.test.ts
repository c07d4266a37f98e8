import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMAS, run, tempProject } from './exchange-helpers.js';

const CATALOG_XSD = join(SCHEMAS, 'xliff2.1/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd');

/** Validate with Debian xmllint; the test fails (not skips) when xmllint is missing. */
function xmllint(xml: string, args: string[]): { ok: boolean; errors: string } {
  const catalog = `<?xml version="1.0"?><catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog"><system systemId="http://www.w3.org/2001/xml.xsd" uri="file://${CATALOG_XSD}"/></catalog>`;
  const dir = tempProject('exchange-basic');
  const catalogFile = join(dir, 'catalog.xml');
  spawnSync('sh', ['-c', `cat > '${catalogFile}'`], { input: catalog });
  const r = spawnSync('xmllint', ['--noout', '--nonet', ...args, '-'], { input: xml, encoding: 'utf8', env: { ...process.env, XML_CATALOG_FILES: catalogFile } });
  if (r.error) throw r.error;
  return { ok: r.status === 0, errors: r.stderr };
}

describe.each(['exchange-basic', 'article'] as const)('export of %s validates', (fixture) => {
  const en = fixture === 'article' ? 'content/en/us-ussr-recognition-1933.md' : 'content/en/sample.md';

  it('XLIFF 2.1 against the core XSD', async () => {
    const dir = tempProject(fixture);
    const { code, stdout } = await run(dir, 'export', en, '--format', 'xliff2');
    expect(code).toBe(0);
    expect(stdout).toContain('version="2.1"');
    expect(xmllint(stdout, ['--schema', join(SCHEMAS, 'xliff2.1/xliff_core_2.0.xsd')])).toEqual({ ok: true, errors: '- validates\n' });
    // The copy in the official test suite's folder says the same.
    expect(xmllint(stdout, ['--schema', join(SCHEMAS, 'xliff2.1-test-suite/schemas/xliff_core_2.0.xsd')]).ok).toBe(true);
  });

  it('XLIFF 1.2 against the strict XSD', async () => {
    const { stdout } = await run(tempProject(fixture), 'export', en, '--format', 'xliff12');
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
    expect(stdout).toMatch(/<segment id="u-[0-9a-f]+\.[0-9a-f]+" state="initial" subState="diglot:untranslated"><source>The debts question remained open for years\.<\/source><\/segment>/);
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
