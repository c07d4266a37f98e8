import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../errors.js';

/** What to validate against: an XSD or a DTD file. */
export interface SchemaRef {
  kind: 'xsd' | 'dtd';
  path: string;
}

let catalog: { dir: string; file: string } | undefined;

/**
 * Validate XML text with `xmllint` (Debian libxml2-utils) against an XSD or DTD, never
 * touching the network (`--nonet`; `xml.xsd` is mapped to a local copy through a catalog).
 *
 * @param xml the document text
 * @param schema the schema or DTD file
 * @param options `file` for messages; `xmlXsd` a local `xml.xsd` for schemas that import it by URL
 * @throws InputError with the validator's first message and line (`Invalid XML: … (xmllint)`)
 * @example validateXml(text, { kind: 'xsd', path: 'schemas/xliff2.1/xliff_core_2.0.xsd' }, { file: 'ru.xlf' })
 */
export function validateXml(xml: string, schema: SchemaRef, options: { file: string; xmlXsd?: string }): void {
  const args = ['--noout', '--nonet', schema.kind === 'xsd' ? '--schema' : '--dtdvalid', schema.path, '-'];
  const env = { ...process.env };
  if (options.xmlXsd) env.XML_CATALOG_FILES = catalogFor(options.xmlXsd);
  const run = spawnSync('xmllint', args, { input: xml, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  if (run.error) {
    const missing = (run.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new InputError(
      missing ? 'Cannot validate without `xmllint` (install Debian libxml2-utils, or pass --no-validate)' : `Cannot run xmllint: ${run.error.message}`,
      { file: options.file },
    );
  }
  if (run.status === 0) return;
  const lines = run.stderr.split('\n').filter((l) => l.trim() !== '');
  const first = lines.find((l) => /^-:\d+:/.test(l)) ?? lines.find((l) => /error/i.test(l)) ?? lines[0] ?? `xmllint exited with ${run.status}`;
  const m = /^-:(\d+):\s*(.*)$/.exec(first);
  const place = m ? { file: options.file, line: Number(m[1]) } : { file: options.file };
  const message = (m ? (m[2] as string) : first).replace(/^element [^:]+: /, '');
  throw new InputError(`Invalid ${schemaName(schema.path)}: ${message} (xmllint)`, place);
}

function schemaName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  if (base === 'xliff_core_2.0-with-modules.xsd') return 'XLIFF 2 (core and module XSDs)';
  if (base.startsWith('xliff_core_2')) return 'XLIFF 2 (core XSD)';
  if (base.startsWith('xliff-core-1.2')) return 'XLIFF 1.2 (XSD)';
  if (base.startsWith('xliff-core-1.1')) return 'XLIFF 1.1 (XSD)';
  if (base.startsWith('tmx')) return 'TMX (DTD)';
  return base;
}

function catalogFor(xmlXsd: string): string {
  if (catalog && existsSync(catalog.file)) return catalog.file;
  const dir = mkdtempSync(join(tmpdir(), 'diglot-xml-'));
  const file = join(dir, 'catalog.xml');
  const uri = `file://${xmlXsd}`;
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">\n` +
      `  <uri name="http://www.w3.org/2001/xml.xsd" uri="${uri}"/>\n  <system systemId="http://www.w3.org/2001/xml.xsd" uri="${uri}"/>\n</catalog>\n`,
  );
  catalog = { dir, file };
  return file;
}
