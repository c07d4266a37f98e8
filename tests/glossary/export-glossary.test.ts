import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { exportDeeplTsv } from '../../src/glossary/export-deepl-tsv.js';
import { exportTbx2008 } from '../../src/glossary/export-tbx2008.js';
import { exportTbx2019 } from '../../src/glossary/export-tbx2019.js';
import { loadGlossary } from '../../src/glossary/load-glossary.js';

const schemas = fileURLToPath(new URL('../../../shared/schemas/', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/glossary-match/glossary/', import.meta.url));
const glossary = loadGlossary(fixture);

describe('glossary exports', () => {
  it('TBX 2019 (DCT) is valid against the TBX core structure RELAX NG schema', async () => {
    const xml = exportTbx2019(glossary);
    const schema = { fileName: 'TBXcoreStructV03.rng', contents: readFileSync(`${schemas}tbx2019/TBXcoreStructV03.rng`, 'utf8') };
    const result = await validateXML({ xml: { fileName: 'glossary.tbx', contents: xml }, schema, extension: 'relaxng' });
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml).toContain('<term>Литвинофф</term>\n            <min:partOfSpeech>properNoun</min:partOfSpeech>\n            <min:administrativeStatus>deprecatedTerm-admn-sts</min:administrativeStatus>');
    // the validator does reject broken TBX
    const bad = await validateXML({ xml: { fileName: 'bad.tbx', contents: xml.replace('<langSec xml:lang="en">', '<langSec>') }, schema, extension: 'relaxng' });
    expect(bad.valid).toBe(false);
  });

  it('TBX 2008 (martif, as Weblate and Translate Toolkit read it) is valid against the TBX core-structure XSD', async () => {
    // xmllint-wasm has no DTD validation; TBXcsV02.xsd is the XSD form of TBXcoreStructV02.dtd.
    const xml = exportTbx2008(glossary);
    const schema = { fileName: 'TBXcsV02.xsd', contents: readFileSync(`${schemas}tbx/TBXcsV02.xsd`, 'utf8') };
    const validate = (contents: string) => validateXML({ xml: { fileName: 'glossary.tbx', contents }, schema });
    const result = await validate(xml);
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml).toContain('<termEntry id="vkp-b">');
    expect(xml).toContain('<langSet xml:lang="ru">\n          <tig>\n            <term>ВКП(б)</term>');
    const bad = await validate(xml.replace('<tig>', '<tig><bogus/>'));
    expect(bad.valid).toBe(false);
  });

  it('DeepL TSV: one source per line, unique, tab-separated, no header', () => {
    const tsv = exportDeeplTsv(glossary, 'ru');
    const lines = tsv.trimEnd().split('\n');
    expect(lines).toContain('M.M. Litvinov\tМ.\u00A0М.\u00A0Литвинов');
    expect(lines).toContain('Maxim Litvinov\tМаксим Литвинов');
    expect(lines).toContain('VKP(b)\tВКП(б)');
    expect(lines).toContain('note verbale\tвербальная нота');
    const sources = lines.map((l) => l.split('\t')[0]);
    expect(new Set(sources).size).toBe(sources.length);
    expect(lines.every((l) => l.split('\t').length === 2)).toBe(true);
  });
});
