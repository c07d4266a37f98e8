import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from '../support/paths.js';
import { condition, interpolate, type Context } from './github-expression.js';

/** A step of a composite action as action.yml writes it. */
export interface ActionStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  'working-directory'?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

/** What happened to one step. */
export interface StepResult {
  step: ActionStep;
  skipped: boolean;
  /** `with:` of a `uses:` step, evaluated. */
  with?: Record<string, string>;
  stdout: string;
  stderr: string;
  status: number;
  outputs: Record<string, string>;
}

/** A fake command on PATH: what it was called with (and the `@file` bodies it was given). */
export interface FakeCall {
  command: string;
  args: string[];
  cwd: string;
  files: Record<string, string>;
}

/** Options of {@link runAction}. */
export interface RunOptions {
  workspace: string;
  inputs?: Record<string, string>;
  github?: Record<string, unknown>;
  /** Outputs of `uses:` steps and of steps left out by `only`, by step id (they are not run). */
  usesOutputs?: Record<string, Record<string, string>>;
  /** Run only the steps with these ids or names (the others are skipped). */
  only?: readonly string[];
  /** Environment for the fakes, e.g. `FAKE_GH_COMMENT_ID`. */
  env?: Record<string, string>;
}

/** The result of a local run. */
export interface ActionRun {
  steps: StepResult[];
  calls: FakeCall[];
  summary: string;
  failed: boolean;
  runnerTemp: string;
  actionPath: string;
}

/** The fake of a command: records its call as a JSON line; `gh api … --jq` prints FAKE_GH_COMMENT_ID. */
const FAKE = `#!/usr/bin/env node
const { appendFileSync, readFileSync } = require('node:fs');
const { basename } = require('node:path');
const args = process.argv.slice(2);
const files = {};
for (const a of args) { const m = /^[\\w-]+=@(.+)$/.exec(a); if (m) files[m[1]] = readFileSync(m[1], 'utf8'); }
appendFileSync(process.env.FAKE_CALLS, JSON.stringify({ command: basename(process.argv[1]), args, cwd: process.cwd(), files }) + '\\n');
if (args.includes('--jq') && process.env.FAKE_GH_COMMENT_ID) process.stdout.write(process.env.FAKE_GH_COMMENT_ID + '\\n');
`;

/** The "installed" diglot of the fake action path: the CLI from source, through tsx. */
const DIGLOT = `#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
const run = spawnSync(${JSON.stringify(join(repoRoot, 'node_modules', '.bin', 'tsx'))}, [${JSON.stringify(join(repoRoot, 'src', 'cli.ts'))}, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
`;

/** The steps of the repository's action.yml. */
export function actionSteps(): { steps: ActionStep[]; inputs: Record<string, { default?: string }> } {
  const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { using: string; steps: ActionStep[] };
  };
  if (action.runs.using !== 'composite') throw new Error('Expected a composite action');
  return { steps: action.runs.steps, inputs: action.inputs };
}

/**
 * Run action.yml's steps in order, locally, the way the runner does: `${{ }}` evaluated in
 * `if:`, `env:`, `with:` and `working-directory:`; each `run:` by `bash -eo pipefail` with
 * GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY files honoured; `uses:` steps
 * recorded, not run. `npm` and `gh` are fakes on PATH that record their calls; the action's own
 * folder is a fake whose `bin/diglot.js` runs the CLI from source. No network.
 */
export function runAction(options: RunOptions): ActionRun {
  const { steps, inputs: declared } = actionSteps();
  const root = mkdtempSync(join(tmpdir(), 'diglot-action-'));
  const runnerTemp = join(root, 'runner-temp');
  const actionPath = join(root, 'action');
  const fakeBin = join(root, 'fake-bin');
  for (const dir of [runnerTemp, join(actionPath, 'bin'), fakeBin]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(actionPath, 'package.json'), readFileSync(join(repoRoot, 'package.json')));
  writeFileSync(join(actionPath, 'bin', 'diglot.js'), DIGLOT);
  for (const command of ['gh', 'npm']) {
    writeFileSync(join(fakeBin, command), FAKE);
    chmodSync(join(fakeBin, command), 0o755);
  }
  const callsFile = join(root, 'calls.jsonl');
  writeFileSync(callsFile, '');
  const summaryFile = join(root, 'summary.md');
  writeFileSync(summaryFile, '');
  const github = { action_path: actionPath, workspace: options.workspace, token: 'fake-token', ...options.github };
  const inputs = Object.fromEntries(Object.entries(declared).map(([k, v]) => [k, options.inputs?.[k] ?? interpolate(String(v.default ?? ''), { github })]));
  const context: Context = { inputs, github, runner: { os: 'Linux', temp: runnerTemp }, steps: {} };
  const env: Record<string, string> = {};
  const paths: string[] = [];
  const results: StepResult[] = [];
  let failed = false;
  for (const [k, step] of steps.entries()) {
    const selected = !options.only || options.only.includes(step.id ?? '') || options.only.includes(step.name ?? '');
    if (!selected || !condition(step.if, context, failed)) {
      const outputs = selected ? {} : { ...options.usesOutputs?.[step.id ?? ''] };
      if (step.id) (context.steps as Record<string, unknown>)[step.id] = { outputs };
      results.push({ step, skipped: true, stdout: '', stderr: '', status: 0, outputs });
      continue;
    }
    const outputs: Record<string, string> = {};
    if (step.uses) {
      const withValues = Object.fromEntries(Object.entries(step.with ?? {}).map(([key, v]) => [key, interpolate(String(v), context, failed)]));
      Object.assign(outputs, options.usesOutputs?.[step.id ?? ''] ?? {});
      results.push({ step, skipped: false, with: withValues, stdout: '', stderr: '', status: 0, outputs });
    } else {
      if (step.shell !== 'bash') throw new Error(`Expected shell: bash in step ${step.name}`);
      const files = { GITHUB_OUTPUT: join(root, `output-${k}`), GITHUB_ENV: join(root, `env-${k}`), GITHUB_PATH: join(root, `path-${k}`) };
      for (const file of Object.values(files)) writeFileSync(file, '');
      const script = join(root, `step-${k}.sh`);
      writeFileSync(script, String(step.run));
      const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, v]) => [key, interpolate(String(v), context, failed)]));
      const run = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
        cwd: resolve(options.workspace, interpolate(step['working-directory'] ?? '.', context, failed)),
        encoding: 'utf8',
        env: {
          HOME: process.env.HOME ?? root,
          LANG: 'C.UTF-8',
          PATH: [...paths, fakeBin, process.env.PATH ?? ''].join(':'),
          RUNNER_TEMP: runnerTemp,
          RUNNER_OS: 'Linux',
          GITHUB_ACTION_PATH: actionPath,
          GITHUB_WORKSPACE: options.workspace,
          GITHUB_STEP_SUMMARY: summaryFile,
          FAKE_CALLS: callsFile,
          ...files,
          ...env,
          ...options.env,
          ...stepEnv,
        },
      });
      Object.assign(outputs, keyValues(readFileSync(files.GITHUB_OUTPUT, 'utf8')));
      Object.assign(env, keyValues(readFileSync(files.GITHUB_ENV, 'utf8')));
      paths.unshift(...readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean).reverse());
      if (run.status !== 0) failed = true;
      results.push({ step, skipped: false, stdout: run.stdout, stderr: run.stderr, status: run.status ?? 1, outputs });
    }
    if (step.id) (context.steps as Record<string, unknown>)[step.id] = { outputs };
  }
  const calls = readFileSync(callsFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as FakeCall);
  return { steps: results, calls, summary: readFileSync(summaryFile, 'utf8'), failed, runnerTemp, actionPath };
}

/** `name=value` lines and `name<<DELIMITER` blocks, as in GITHUB_OUTPUT and GITHUB_ENV. */
function keyValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const block = /^([^=]+)<<(.+)$/.exec(line);
    if (block) {
      const end = lines.indexOf(block[2] as string, i + 1);
      out[block[1] as string] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
  }
  return out;
}
