import { pathToFileURL } from 'node:url';
import { loadConfig, type DiglotConfig } from './config/load-config.js';
import { UsageError } from './errors.js';
import { commands } from './cli/commands.js';
import { describeError } from './cli/describe-error.js';
import { ExitCode, exitCodeFor, type ExitCodeValue } from './cli/exit-code.js';
import type { CommandContext } from './cli/context.js';

/** Output sinks, injectable for tests. */
export interface Io {
  cwd?: string;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

/**
 * Run the CLI. The only place that turns outcomes and errors into an exit code.
 *
 * @param argv arguments without `node` and the script, e.g. `['segment', 'a.md']`
 * @returns the exit code (0 ok, 1 findings, 2 usage or input error)
 * @example await main(['segment', 'content/en/article.md', '--format', 'json'])
 */
export async function main(argv: string[], io: Io = {}): Promise<ExitCodeValue> {
  const stdout = io.stdout ?? ((t: string) => void process.stdout.write(t));
  const stderr = io.stderr ?? ((t: string) => void process.stderr.write(t));
  const cwd = io.cwd ?? process.cwd();
  try {
    const { name, rest, configFile } = splitGlobal(argv);
    if (!name || name === 'help' || name === '--help' || name === '-h') {
      stdout(await helpText());
      return name ? ExitCode.ok : ExitCode.input;
    }
    const load = commands[name];
    if (!load)
      throw new UsageError(
        `Unknown command \`${name}\`, expected one of ${Object.keys(commands)
          .map((c) => `\`${c}\``)
          .join(', ')}`,
      );
    const command = await load();
    if (rest.includes('--help') || rest.includes('-h')) {
      stdout(`${command.usage}\n`);
      return ExitCode.ok;
    }
    let config: DiglotConfig | undefined;
    const ctx: CommandContext = {
      cwd,
      config: () => {
        if (config) return config;
        config = loadConfig({ cwd, file: configFile });
        for (const note of config.notes ?? []) stderr(`diglot: ${note}\n`);
        return config;
      },
      stdout,
      stderr,
    };
    return exitCodeFor(await command.run(rest, ctx));
  } catch (thrown) {
    const error = asUsageError(thrown);
    stderr(`${describeError(error)}\n`);
    return exitCodeFor(error);
  }
}

function splitGlobal(argv: string[]): { name: string | undefined; rest: string[]; configFile: string | undefined } {
  const rest: string[] = [];
  let configFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--config') {
      configFile = argv[++i];
      if (!configFile) throw new UsageError('Expected a file after `--config`');
    } else if (arg.startsWith('--config=')) {
      configFile = arg.slice('--config='.length);
    } else rest.push(arg);
  }
  const [name, ...tail] = rest;
  return { name, rest: tail, configFile };
}

/** node:util parseArgs rejects unknown or malformed options with ERR_PARSE_ARGS_*: that is misuse. */
function asUsageError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) return new UsageError((error as Error).message.split('. To specify')[0] ?? String(error));
  return error;
}

async function helpText(): Promise<string> {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  const loaded = await Promise.all(Object.entries(commands).map(async ([name, load]) => [name, await load()] as const));
  const lines = loaded.map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return `Usage: diglot [--config diglot.config.yaml] <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nExit codes: 0 ok, 1 findings at error level, 2 usage, config or input error.\n`;
}

// Run directly (`npx tsx src/cli.ts check`): the installed entry point is bin/diglot.js.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
