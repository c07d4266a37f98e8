import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** One measured process run. */
export interface Measurement {
  /** Wall-clock seconds of the whole process (startup included). */
  wall: number;
  /** Seconds of the measured work as reported by a diglot child (startup excluded), else `wall`. */
  seconds: number;
  /** User + system CPU seconds of the process (undefined without /usr/bin/time). */
  cpu: number | undefined;
  /** Peak resident set size in MB. */
  rssMB: number;
  /** Extra figures a diglot child reported (units, sentences, …). */
  info: Record<string, number | string>;
  status: number;
  /** The tail of the process's standard output and error. */
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';

/** Marker of the line a diglot child prints with its own figures. */
export const REPORT_PREFIX = 'BENCH ';

/**
 * Run a command and measure wall time, CPU time and peak RSS: under GNU `/usr/bin/time -v`
 * when present, else from the `maxRSS` a diglot child reports on its `BENCH {…}` line.
 *
 * @param command the program
 * @param args its arguments
 * @param options working directory, extra environment
 * @returns the measurement; throws when the command fails
 * @example (await measure('po4a-updatepo', ['--version'])).wall
 */
export async function measure(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; allowFailure?: boolean } = {},
): Promise<Measurement> {
  const timed = existsSync(TIME);
  const argv = timed ? ['-v', command, ...args] : [...args];
  const started = performance.now();
  const { status, stdout, stderr } = await run(timed ? TIME : command, argv, options);
  const wall = (performance.now() - started) / 1000;
  const report = stdout
    .split('\n')
    .reverse()
    .find((l) => l.startsWith(REPORT_PREFIX));
  const info = report ? (JSON.parse(report.slice(REPORT_PREFIX.length)) as Record<string, number | string>) : {};
  if (status !== 0 && !options.allowFailure) {
    throw new Error(`Cannot measure \`${command} ${args.slice(0, 6).join(' ')}…\`: exit ${status}\n${stderr.slice(-2000)}`);
  }
  const field = (name: string): string | undefined => new RegExp(`^\\s*${name}: (.*)$`, 'm').exec(stderr)?.[1];
  const rssKB = Number(field('Maximum resident set size \\(kbytes\\)') ?? NaN);
  const cpu = timed ? Number(field('User time \\(seconds\\)') ?? 0) + Number(field('System time \\(seconds\\)') ?? 0) : undefined;
  const rssMB = Number.isFinite(rssKB) ? rssKB / 1024 : Number(info.maxRSS ?? NaN) / 1024;
  const seconds = typeof info.seconds === 'number' ? info.seconds : wall;
  return { wall, seconds, cpu, rssMB, info, status, stdout, stderr };
}

function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv },
): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let errBytes = 0;
    child.stdout.on('data', (b: Buffer) => {
      out.push(b);
      if (out.length > 64) out.splice(0, out.length - 64); // keep the tail: the report line is last
    });
    child.stderr.on('data', (b: Buffer) => {
      err.push(b);
      errBytes += b.length;
      while (errBytes > 1e6 && err.length > 1) errBytes -= (err.shift() as Buffer).length;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ status: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/**
 * Whether a program is on the PATH.
 *
 * @example hasCommand('posegment') // true on a machine with translate-toolkit
 */
export function hasCommand(name: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => dir && existsSync(`${dir}/${name}`));
}
