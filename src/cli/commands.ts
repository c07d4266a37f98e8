import type { Command } from './context.js';

/** Every command of the CLI, by name, loaded on first use (so `textconv` starts fast). */
export const commands: Record<string, () => Promise<Command>> = {
  segment: async () => (await import('./commands/segment.js')).segmentCommand,
  glossary: async () => (await import('./commands/glossary.js')).glossaryCommand,
  align: async () => (await import('./commands/align.js')).alignCommand,
  lock: async () => (await import('./commands/lock.js')).lockCommand,
  check: async () => (await import('./commands/check.js')).checkCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
  build: async () => (await import('./commands/build.js')).buildCommand,
  diff: async () => (await import('./commands/diff.js')).diffCommand,
  update: async () => (await import('./commands/update.js')).updateCommand,
  textconv: async () => (await import('./commands/textconv.js')).textconvCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
};
