import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readExchange } from '../../src/exchange/read-exchange.js';
import { SCHEMAS, hashDir, run, tempProject } from './exchange-helpers.js';
import { SHARED } from './export-documents.js';

// Real PO / XLIFF files from other tools' test suites (../shared/exchange-samples, see its README):
// every one must be read or refused with file:line(:column) and exit 2 — never a crash, never a
// stack trace, never anything written.
const SAMPLES = join(SHARED, 'exchange-samples');

function sampleFiles(): string[] {
  const out: string[] = [];
  for (const tool of readdirSync(SAMPLES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(join(SAMPLES, tool.name)).sort()) if (/\.(po|pot|xlf|xliff)$/i.test(name)) out.push(join(SAMPLES, tool.name, name));
  }
  return out;
}

/** A refusal message without its file, names and numbers: the reason, for counting. */
function reason(message: string): string {
  return message
    .replace(/^.*?: (?=[A-Z])/, '')
    .replace(/`[^`]*`/g, '…')
    .replace(/\(expected.*$/, '')
    .replace(/\d+/g, 'N')
    .slice(0, 90)
    .trim();
}

function tally(reasons: string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `  ${n} × ${r}`)
    .join('\n');
}

const files = sampleFiles();

describe('real exchange files from other tools', () => {
  it('has the samples', () => {
    expect(files.length).toBeGreaterThanOrEqual(36);
  });

  it('the readers read each file or refuse it with file:line, as an input error', () => {
    const accepted: string[] = [];
    const refused: string[] = [];
    for (const path of files) {
      try {
        const imported = readExchange(readFileSync(path), { file: path, schemaDir: SCHEMAS });
        expect(imported.units.every((u) => typeof u.source === 'string')).toBe(true);
        accepted.push(path);
      } catch (error) {
        if (!(error instanceof InputError)) throw new Error(`${path}: crashed: ${String(error)}`, { cause: error });
        expect(String(error), path).toMatch(new RegExp(`^${escape(path)}:\\d+(:\\d+)?: `));
        refused.push(reason(error.message));
      }
    }
    console.log(`readers: ${files.length} files, ${accepted.length} read, ${refused.length} refused\n${tally(refused)}`);
    expect(accepted.length + refused.length).toBe(files.length);
    expect(accepted.length).toBeGreaterThan(25); // most are ordinary PO / XLIFF files
  });

  it.each([false, true])('import --dry-run (with --document: %s) accepts what matches or exits 2, never crashes, writes nothing', async (withDocument) => {
    const dir = tempProject('exchange-basic');
    const before = hashDir(dir);
    const outcomes: string[] = [];
    for (const path of files) {
      const args = ['import', path, '--dry-run', '--schemas', SCHEMAS, ...(withDocument ? ['--document', 'content/en/sample.md'] : [])];
      const { code, stdout, stderr } = await run(dir, ...args);
      expect(stderr, path).not.toMatch(/internal error|\n\s+at |TypeError|ReferenceError|Cannot read properties/);
      expect([0, 2], `${path}: exit ${code}\n${stderr}`).toContain(code);
      if (code === 0) {
        expect(stdout, path).toMatch(/\(nothing written\)\n$/);
        outcomes.push('accepted');
      } else {
        const error = stderr.split('\n').find((l) => l.startsWith('diglot: ')) ?? '';
        // The message names the file (relative to the project), with the line when it is about the content.
        expect(error, path).toContain(path.split('/').pop() as string);
        outcomes.push(`refused: ${reason(error.replace(/^diglot: /, ''))}`);
      }
    }
    console.log(`import --dry-run${withDocument ? ' --document content/en/sample.md' : ''}: ${files.length} files\n${tally(outcomes)}`);
    expect(hashDir(dir)).toBe(before);
  });

  it('refuses a PO whose declared charset does not fit its bytes (Latin-1 French declared as KOI8-R), with the word and its place', () => {
    const path = join(SAMPLES, 'translate-toolkit/tests__translate__tools__data__pocount_syntax_errors__f43.tgif.fr.po');
    const bytes = readFileSync(path);
    expect(refusal(() => readExchange(bytes, { file: 'f43.po' }))).toMatch(
      /^f43\.po:7:17: Unexpected word `FranГais` mixing alphabets when read as the declared charset `koi8-r`/,
    );
    // Declared truthfully, the same bytes are read as the French they are.
    const fixed = Buffer.from(bytes.toString('latin1').replace('charset= koi8-r', 'charset=ISO-8859-1'), 'latin1');
    const units = readExchange(fixed, { file: 'f43.po' }).units;
    expect(units.find((u) => u.source === 'Screen Capture')?.target).toBe("Capture d'écran");
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof InputError) return String(error);
    throw error;
  }
  return 'accepted';
}
