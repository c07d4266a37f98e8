/**
 * A child process for the concurrency tests: runs diglot commands in-process, one after the
 * other, once a start file exists — so two of these run their writers at the same time.
 *
 * argv: <start file> <warm-up jobs> <jobs>, jobs as JSON `[{ "cwd": "…", "argv": ["import", "a.po"] }, …]`;
 * the warm-up jobs run before `ready` (so module loading does not stagger the writers).
 * stdout: `ready`, then one JSON line `[{ "code": 0, "stdout": "…", "stderr": "…" }, …]` (of the jobs).
 */
import { existsSync } from 'node:fs';
import { main } from '../../src/cli.js';

type Job = { cwd: string; argv: string[] };
type Result = { code: number; stdout: string; stderr: string };

async function run(jobs: string): Promise<Result[]> {
  const results: Result[] = [];
  for (const job of JSON.parse(jobs) as Job[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(job.argv, { cwd: job.cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
    results.push({ code, stdout, stderr });
  }
  return results;
}

const [start, warm, jobs] = process.argv.slice(2) as [string, string, string];
await run(warm);
process.stdout.write('ready\n');
while (!existsSync(start)) await new Promise((resolve) => setTimeout(resolve, 2));
process.stdout.write(`${JSON.stringify(await run(jobs))}\n`);
