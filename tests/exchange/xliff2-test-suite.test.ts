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
  return readdirSync(join(SUITE, folder))
    .filter((f) => f.endsWith('.xlf'))
    .map((f) => join(SUITE, folder, f));
}

const cache = new Map<string, string | undefined>();

/** The refusal of a file with XSD validation (core and module schemas) on, or undefined when read. */
function read(path: string): string | undefined {
  if (!cache.has(path)) cache.set(path, readUncached(path, SCHEMAS));
  return cache.get(path);
}

/** The refusal by diglot's built-in checks alone (what users without the schema folder get). */
function readBuiltIn(path: string): string | undefined {
  return readUncached(path, undefined);
}

function readUncached(path: string, schemaDir: string | undefined): string | undefined {
  try {
    readExchange(readFileSync(path), { file: path, ...(schemaDir ? { schemaDir } : {}) });
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
    expect(valid.map((f) => [f, readBuiltIn(f)]).filter(([, e]) => e !== undefined)).toEqual([]);
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
    // Our own checks of the XLIFF 2 constraints (check-xliff2*.ts) and the module XSDs catch far more.
    const missed = invalid.filter((f) => read(f) === undefined);
    const builtIn = invalid.filter((f) => readBuiltIn(f) !== undefined);
    console.log(
      `XLIFF 2.1 suite: ${invalid.length - missed.length} of ${invalid.length} invalid files refused with the schemas ` +
        `(${caughtByXsd.length} by the core XSD alone), ${builtIn.length} by the built-in checks alone; undetected:\n` +
        missed.map((f) => `  ${f.slice(SUITE.length + 1)}`).join('\n'),
    );
    expect(invalid.length).toBe(162);
    expect(invalid.length - missed.length).toBeGreaterThanOrEqual(152);
    expect(builtIn.length).toBeGreaterThanOrEqual(112);
  });

  it.each([
    ['core/invalid/bad_MissingIsolatedOnSc.xlf', /:6:13: Invalid XLIFF 2: Unexpected `<sc id="1">` without its `<ec>` in the unit, expected `isolated="yes"`/],
    ['core/invalid/bad_EmBeforeSm.xlf', /Unexpected `<em startRef="1">` without an earlier `<sm id="1">`/],
    ['core/invalid/bad_InvalidXmlLangOnUnit.xlf', /Unexpected xml:lang `ja` on `<source>`, expected `en`/],
    ['core/invalid/bad_InvalidFragIdMissplacedLeaf.xlf', /Unexpected fragment identifier `#f=f1\/d=d1\/u=1`: the leaf before `u=` must come last/],
    ['core/invalid/bad_OrderNotUnique2.xlf', /Unexpected order 2 used twice in the unit/],
    ['modules/invalid/Bad-mtc_wrong-ref-value.xlf', /Unexpected ref `#u1` on `<mtc:match>`/],
  ])('explains %s with its place', (file, message) => {
    const error = readBuiltIn(join(SUITE, file));
    expect(error).toMatch(/\.xlf:\d+:\d+: Invalid XLIFF 2: /);
    expect(error).toMatch(message);
  });

  it('reports an XSD failure as the validator says it, with the line', () => {
    const error = read(join(SUITE, 'core/invalid/bad_InvalidStateValue.xlf'));
    expect(error).toMatch(/bad_InvalidStateValue\.xlf:\d+: Invalid XLIFF 2 \(core and module XSDs\): .*state.*\(xmllint\)/);
  });
});
