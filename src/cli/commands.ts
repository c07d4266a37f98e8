import type { Command } from './context.js';
import { segmentCommand } from './commands/segment.js';
import { glossaryCommand } from './commands/glossary.js';

/** Every command of the CLI, by name. One line per command. */
export const commands: Record<string, Command> = {
  segment: segmentCommand,
  glossary: glossaryCommand,
  align: (await import('./commands/align.js')).alignCommand,
  lock: (await import('./commands/lock.js')).lockCommand,
  check: (await import('./commands/check.js')).checkCommand,
  export: (await import('./commands/export.js')).exportCommand,
  import: (await import('./commands/import.js')).importCommand,
  build: (await import('./commands/build.js')).buildCommand,
  diff: (await import('./commands/diff.js')).diffCommand,
  update: (await import('./commands/update.js')).updateCommand,
  textconv: (await import('./commands/textconv.js')).textconvCommand,
};
