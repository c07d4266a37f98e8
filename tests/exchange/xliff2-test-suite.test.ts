import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExchange } from '../../src/exchange/read-exchange.js';
import { SCHEMAS } from './exchange-helpers.js';

// The official XLIFF 2.1 test suite (OASIS), read by diglot's own reader with XSD validation on.
const SUITE = join(SCHEMAS, 'xliff2.1-test-suite/test-suite');
const CORE_XSD = join(SCHEMAS, 'xliff2.1/xliff_core_2.0.xsd');

function files(folder: string): string[] {
  return readdirSync(join(SUITE, folder)).filter((f) => f.endsWith('.xlf')).map((f) => join(SUITE, folder, f));
}

const cache = new Map<string, string | undefined>();

function read(path: string): string | undefined {
  if (!cache.has(path)) cache.set(path, readUncached(path));
  return cache.get(path);
}

function readUncached(path: string): string | undefined {
  try {
    readExchange(readFileSync(path), { file: path, schemaDir: SCHEMAS });
    return undefined;
  } catch (error) {
    return String(error);
  }
}

/** Does xmllint (the reference validator) refuse the file against the core XSD? */
function xsdRefuses(path: string): boolean {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', CORE_XSD, path], { encoding: 'utf8' });
  if (r.error) throw r.error; // xmllint is required (Debian libxml2-utils)
  return r.status !== 0;
}

describe('XLIFF 2.1 official test suite', () => {
  const valid = [...files('core/valid'), ...files('modules/valid'), ...files('core/in-out')];

  it('reads every valid file', () => {
    expect(valid.length).toBe(25 + 34 + 18);
    const refused = valid.map((f) => [f, read(f)]).filter(([, e]) => e !== undefined);
    expect(refused).toEqual([]);
  });

  it('refuses every invalid file the XSD catches, with the validator message and line', () => {
    const invalid = [...files('core/invalid'), ...files('modules/invalid')];
    const caughtByXsd = invalid.filter(xsdRefuses);
    expect(caughtByXsd.length).toBe(30);
    for (const f of caughtByXsd) {
      const error = read(f);
      expect(error, f).toBeDefined();
      expect(error).toMatch(/:\d+(:\d+)?: (Invalid|Malformed)/);
    }
    // Our own checks of the XLIFF 2 constraints catch more than the schema does.
    const refused = invalid.filter((f) => read(f) !== undefined);
    expect(refused.length).toBe(59); // of 162: 30 by the XSD, 29 more by the XLIFF 2 constraint checks
  });

  it('reports an XSD failure as the validator says it, with the line', () => {
    const error = read(join(SUITE, 'core/invalid/bad_InvalidStateValue.xlf'));
    expect(error).toMatch(/bad_InvalidStateValue\.xlf:\d+: Invalid XLIFF 2 \(core XSD\): .*state.*\(xmllint\)/);
  });
});
