import { fileURLToPath } from 'node:url';
import { measure, type Measurement } from './measure.js';

const TSX = import.meta.resolve('tsx');
const STAGE = fileURLToPath(new URL('./stage.ts', import.meta.url));
const CLI = fileURLToPath(new URL('./run-cli.mjs', import.meta.url));

/**
 * Run one diglot stage of scripts/bench/stage.ts in its own Node process (so peak RSS is the
 * stage's own) and measure it; `nodeFlags` go to Node (e.g. `--max-old-space-size=900`).
 *
 * @example await runStage(['segment', manifest])
 */
export function runStage(args: readonly string[], nodeFlags: readonly string[] = []): Promise<Measurement> {
  return measure(process.execPath, [...nodeFlags, '--import', TSX, STAGE, ...args]);
}

/**
 * Run a diglot CLI command (compiled, `build/`) in `cwd` in its own Node process and measure it.
 *
 * @example await runCli(['check'], '/tmp/diglot-bench-repo', true)
 */
export function runCli(args: readonly string[], cwd: string, allowFailure = false): Promise<Measurement> {
  // Plain node, as users run bin/diglot.js: no TypeScript loader (see run-cli.mjs).
  return measure(process.execPath, [CLI, ...args], { cwd, allowFailure });
}

/**
 * Run any TypeScript script (e.g. scripts/bench-align.ts) in its own Node process.
 *
 * @example await runScript('/work/main/scripts/bench-align.ts', [], '/work/main')
 */
export function runScript(file: string, args: readonly string[], cwd: string): Promise<Measurement> {
  return measure(process.execPath, ['--import', TSX, file, ...args], { cwd, allowFailure: true });
}
