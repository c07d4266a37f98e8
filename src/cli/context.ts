import type { DiglotConfig } from '../config/load-config.js';
import type { Outcome } from './exit-code.js';

/** What every command receives. Output goes through `stdout`/`stderr` so tests can capture it. */
export interface CommandContext {
  cwd: string;
  /** Lazily loads the config (`--config` or the nearest `diglot.config.yaml`). */
  config(): DiglotConfig;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A command: parses its own arguments (throwing UsageError on misuse) and reports an outcome. */
export interface Command {
  summary: string;
  usage: string;
  run(args: string[], ctx: CommandContext): Promise<Outcome>;
}
