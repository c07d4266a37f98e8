import { main } from '../../src/cli.js';

/** Run the CLI in-process, capturing its output. */
export async function runCli(args: string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { ...(cwd ? { cwd } : {}), stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}
