import type { Command } from './context.js';

/** Every command of the CLI, by name. One line per command. */
export const commands: Record<string, Command> = {
};
