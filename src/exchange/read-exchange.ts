import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError } from '../errors.js';
import { decodeExchange } from './decode-exchange.js';
import type { ImportedFile } from './exchange-types.js';
import { readPo } from './po/read-po.js';
import { parseXml } from './xml/parse-xml.js';
import { validateXml, type SchemaRef } from './validate-xml.js';
import { readXliff12 } from './xliff12/read-xliff12.js';
import { readXliff2 } from './xliff2/read-xliff2.js';
import { XLIFF2_NS } from './xliff2/write-xliff2.js';
import { xliff2SchemaSet } from './xliff2/xliff2-schema-set.js';

/** Default size limit of an exchange file: 50 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Options of {@link readExchange}. */
export interface ReadExchangeOptions {
  /** The file name, for messages. */
  file: string;
  /** Largest accepted file in bytes (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
  /** Largest total entity expansion in characters (default 100 000). */
  maxEntityExpansion?: number;
  /** Folder of the schemas (laid out like `shared/schemas`: `xliff2.1/`, `xliff/`); no XSD validation without it. */
  schemaDir?: string;
}

/**
 * Read an exchange file safely: refuse it when too large, empty, not text in UTF-8 (or, for
 * PO, its declared charset; see decode-exchange.ts), malformed XML, declaring
 * external or parameter entities, expanding entities beyond the bound, failing the XSD (XLIFF
 * 2: core XSD; XLIFF 1.2/1.1: transitional XSD) or the XLIFF 2 constraints; then read units.
 * The format is recognised from the content: `<xliff version="2.x">`, `<xliff version="1.x">`
 * or a PO file.
 *
 * @param bytes the file's bytes
 * @param options file name, limits and schema folder
 * @returns the units with their targets
 * @throws InputError with file:line:column and the validator's message
 * @example readExchange(readFileSync('ru.xlf'), { file: 'ru.xlf', schemaDir: '../shared/schemas' }).units.length
 */
export function readExchange(bytes: Uint8Array, options: ReadExchangeOptions): ImportedFile {
  const { file } = options;
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > max) {
    throw new InputError(
      `Unexpected file of ${bytes.length} bytes, expected at most ${max} (raise it with --max-size)`,
      { file },
      { expected: `≤ ${max} bytes`, actual: `${bytes.length} bytes` },
    );
  }
  const text = decodeExchange(bytes, file);
  if (!/^\uFEFF?\s*</.test(text)) return readPo(text, file);
  const declared = /^\uFEFF?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/.exec(text)?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) throw new InputError(`Unexpected encoding \`${declared}\`, expected \`UTF-8\``, { file, line: 1 });
  const root = parseXml(text, { file, ...(options.maxEntityExpansion !== undefined ? { maxEntityExpansion: options.maxEntityExpansion } : {}) }).root;
  if (root.local === 'xliff' && root.ns === XLIFF2_NS) {
    validate(text, options, 'xliff2.1/xliff_core_2.0.xsd', (path) => xliff2SchemaSet(dirname(path)));
    return readXliff2(root, file);
  }
  if (root.local === 'xliff') {
    const v11 = root.ns.endsWith(':1.1');
    validate(text, options, v11 ? 'xliff/xliff-core-1.1.xsd' : 'xliff/xliff-core-1.2-transitional.xsd');
    return readXliff12(root, file);
  }
  throw new InputError(`Unexpected root \`<${root.name}>\`, expected XLIFF 2.x, XLIFF 1.2 or a PO file`, { file, line: root.line, column: root.column });
}

function validate(text: string, options: ReadExchangeOptions, schema: string, withModules?: (path: string) => string): void {
  if (!options.schemaDir) return;
  const core = join(options.schemaDir, schema);
  if (!existsSync(core)) throw new InputError(`Cannot validate without the schema \`${core}\``, { file: options.file });
  const ref: SchemaRef = { kind: 'xsd', path: withModules ? withModules(core) : core };
  validateXml(text, ref, { file: options.file, xmlXsd: join(options.schemaDir, 'xliff2.1/informativeCopiesOf3rdPartySchemas/w3c/xml.xsd') });
}
