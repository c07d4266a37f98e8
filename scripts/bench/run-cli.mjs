/**
 * Child process of the benchmark: runs one diglot CLI command in the current folder (as a user
 * would, through `main` of the bundled CLI that bin/diglot.js runs) and prints `BENCH {"seconds", "exitCode", "maxRSS"}`;
 * seconds exclude process startup and loading `build/cli.js` itself, but include the modules
 * the command loads. Findings (exit 1) are not a failure here.
 *
 * Plain JavaScript on purpose: run under plain `node`, like `bin/diglot.js`, with no TypeScript
 * loader hooking every module load (under tsx the command's own imports take about twice as long).
 */
import { existsSync } from 'node:fs';

// What bin/diglot.js runs: the bundle of scripts/bundle-cli.mjs (bench.ts makes it).
const compiled = new URL('../../build/cli-bundle/cli.js', import.meta.url);
if (!existsSync(compiled)) throw new Error('Cannot run the CLI benchmark without build/cli-bundle/cli.js: run `npm run build:ts` first');
const { main } = await import(compiled.href);

const started = performance.now();
let output = 0;
const exitCode = await main(process.argv.slice(2), { stdout: (t) => void (output += t.length), stderr: (t) => void process.stderr.write(t) });
const seconds = (performance.now() - started) / 1000;
// The prefix is REPORT_PREFIX of scripts/bench/measure.ts.
process.stdout.write(`BENCH ${JSON.stringify({ seconds, exitCode, outputChars: output, maxRSS: process.resourceUsage().maxRSS })}\n`);
process.exitCode = exitCode === 2 ? 2 : 0;
