import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Namespaces and files of the XLIFF 2 module schemas validated with the core (their content is `lax` in the core XSD). */
const MODULES: Array<[string, string]> = [
  ['urn:oasis:names:tc:xliff:fs:2.0', 'fs.xsd'],
  ['urn:oasis:names:tc:xliff:glossary:2.0', 'glossary.xsd'],
  ['urn:oasis:names:tc:xliff:matches:2.0', 'matches.xsd'],
  ['urn:oasis:names:tc:xliff:metadata:2.0', 'metadata.xsd'],
  ['urn:oasis:names:tc:xliff:resourcedata:2.0', 'resource_data.xsd'],
  ['urn:oasis:names:tc:xliff:sizerestriction:2.0', 'size_restriction.xsd'],
  ['urn:oasis:names:tc:xliff:validation:2.0', 'validation.xsd'],
  ['http://www.w3.org/2005/11/its', 'its.xsd'],
  ['urn:oasis:names:tc:xliff:itsm:2.1', 'itsm.xsd'],
];

const made = new Map<string, string>();

/**
 * An XSD that imports the XLIFF 2 core schema and every module schema found beside it, so
 * that one validation also checks the modules' elements and attributes (glossary, matches,
 * metadata, size restriction, validation…), which the core XSD alone accepts unchecked.
 * Written once per process to a temporary folder; only the core when no module is there.
 *
 * @param dir the folder of `xliff_core_2.0.xsd` and the module XSDs
 * @returns the path of the XSD to validate with
 * @example xliff2SchemaSet('../shared/schemas/xliff2.1') // '/tmp/diglot-xsd-…/xliff_core_2.0-with-modules.xsd'
 */
export function xliff2SchemaSet(dir: string): string {
  const known = made.get(dir);
  if (known && existsSync(known)) return known;
  const core = join(dir, 'xliff_core_2.0.xsd');
  const imports = [['urn:oasis:names:tc:xliff:document:2.0', core], ...MODULES.map(([ns, f]) => [ns, join(dir, f)]).filter(([, f]) => existsSync(f as string))];
  if (imports.length === 1) return core;
  const file = join(mkdtempSync(join(tmpdir(), 'diglot-xsd-')), 'xliff_core_2.0-with-modules.xsd');
  const lines = imports.map(([ns, f]) => `  <xs:import namespace="${ns}" schemaLocation="${encodeURI(`file://${f}`)}"/>`);
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:x-diglot:xliff2-schema-set">\n${lines.join('\n')}\n</xs:schema>\n`,
  );
  made.set(dir, file);
  return file;
}
