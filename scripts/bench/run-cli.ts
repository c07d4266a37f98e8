/**
 * Child process of the benchmark: runs one diglot CLI command in the current folder (as a user
 * would, through `main`) and prints `BENCH {"seconds", "exitCode", "maxRSS"}`; seconds exclude
 * process startup and module loading. Findings (exit 1) are not a failure here.
 */
import { existsSync } from 'node:fs';
import { REPORT_PREFIX } from './measure.js';

// The compiled CLI (`build/`, made by `npm ci` / `npm run build:ts`) is what users run; the
// TypeScript sources under tsx load several times slower. bench.ts compiles before measuring.
const compiled = new URL('../../build/cli.js', import.meta.url);
const { main } = (await import(existsSync(compiled) ? compiled.href : '../../src/cli.js')) as typeof import('../../src/cli.js');

const started = performance.now();
let output = 0;
const exitCode = await main(process.argv.slice(2), { stdout: (t) => void (output += t.length), stderr: (t) => void process.stderr.write(t) });
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${REPORT_PREFIX}${JSON.stringify({ seconds, exitCode, outputChars: output, maxRSS: process.resourceUsage().maxRSS })}\n`);
process.exitCode = exitCode === 2 ? 2 : 0;
