import { InputError } from '../errors.js';
import { readProjectText } from '../util/read-project-text.js';
import type { Lock } from './types.js';
import { upgradeLock } from './upgrade-lock.js';

/**
 * Read and check a lock file.
 *
 * @param path the lock file
 * @returns the lock, or undefined when the file does not exist
 * @throws InputError when the file is not valid JSON or not a lock (version 1, upgraded, or 2); when it is refused
 *   (a link out of the project, not a regular file, too large: see `readProjectFile`)
 * @example readLock('content/us-ussr-recognition-1933.lock.json')?.units.length
 */
export function readLock(path: string): Lock | undefined {
  const text = readProjectText(path);
  return text === undefined ? undefined : parseLock(text, path);
}

/**
 * Parse and check the text of a lock file (for a caller that keeps the text it read, e.g. to
 * write back only if the file is unchanged).
 *
 * @param text the file's contents
 * @param path how messages name the file
 * @throws InputError when the text is not valid JSON or not a lock (version 1 is upgraded: see upgradeLock)
 * @example parseLock(readFileSync(path, 'utf8'), path).units.length
 */
export function parseLock(text: string, path: string): Lock {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`Cannot read the lock without valid JSON: ${(error as Error).message}`, { file: path }, { expected: 'JSON', actual: 'invalid JSON' });
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(
      'Expected a lock: a JSON object with `version`, `source`, `units` and `targets`',
      { file: path },
      { expected: '{ version, source, units, targets }', actual: Array.isArray(data) ? 'a list' : String(data) },
    );
  }
  const lock: Partial<Lock> = upgradeLock(data, path);
  if (!Array.isArray(lock.units) || !lock.source || typeof lock.targets !== 'object' || lock.targets === null) {
    throw new InputError('Expected a lock with `source`, `units` and `targets`', { file: path }, { expected: '{ version, source, units, targets }' });
  }
  for (const [k, unit] of lock.units.entries()) {
    if (typeof unit?.id !== 'string' || typeof unit.text !== 'string' || typeof unit.hash !== 'string' || typeof unit.kind !== 'string') {
      throw new InputError(`Expected unit ${k} of the lock to have \`id\`, \`kind\`, \`hash\` and \`text\``, { file: path });
    }
  }
  for (const [lang, target] of Object.entries(lock.targets)) {
    if (!target || !Array.isArray(target.pairs)) throw new InputError(`Expected \`targets.${lang}.pairs\` to be a list`, { file: path });
    for (const [k, pair] of target.pairs.entries()) {
      const recorded = (pair as { recorded?: unknown } | null)?.recorded;
      if (recorded !== undefined && (typeof recorded !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(recorded))) {
        throw new InputError(
          `Unexpected \`recorded\` ${JSON.stringify(recorded)} of pair ${k} of \`targets.${lang}\`, expected a day \`YYYY-MM-DD\``,
          { file: path },
          { expected: 'YYYY-MM-DD', actual: JSON.stringify(recorded) },
        );
      }
    }
  }
  return lock as Lock;
}
