import { InputError } from '../errors.js';
import type { Lock, LockPair } from './types.js';

/** The lock format diglot writes. Version 1 named a pair's sides `en`/`ru` and its source hash `enHash`. */
export const LOCK_VERSION = 2;

/**
 * Bring a parsed lock of any version diglot has written to the current shape: a version-1 pair
 * `{ en, ru, enHash }` becomes `{ source, target, sourceHash }`; nothing else changed between
 * the versions. A version-1 lock is read as it was and is written as version 2 the next time
 * `diglot lock`, `update` or `import` records it.
 *
 * @param data the parsed JSON (checked for shape by the caller)
 * @param file how messages name the file
 * @returns the lock in the current version (the input when it already was)
 * @throws InputError for a version diglot does not know, or a pair with neither shape
 * @example upgradeLock({ version: 1, source, units, targets: { ru: { file, pairs: [{ en: ['u-1'], ru: ['u-2'], enHash, targetHash, glossary: {} }] } } }, 'a.lock.json').targets.ru.pairs[0].source // ['u-1']
 */
export function upgradeLock(data: { version?: unknown; targets?: unknown }, file: string): Lock {
  if (data.version === LOCK_VERSION) return data as unknown as Lock;
  if (data.version !== 1) {
    throw new InputError(
      `Unexpected lock version \`${String(data.version)}\`, expected \`1\` or \`${LOCK_VERSION}\``,
      { file },
      { expected: `1 or ${LOCK_VERSION}`, actual: String(data.version) },
    );
  }
  const targets = (data.targets ?? {}) as Record<string, { pairs?: unknown }>;
  const upgraded: Record<string, unknown> = {};
  for (const [lang, target] of Object.entries(targets)) {
    if (!target || !Array.isArray(target.pairs)) {
      upgraded[lang] = target;
      continue;
    }
    upgraded[lang] = { ...target, pairs: target.pairs.map((pair: unknown, k: number) => upgradePair(pair, `targets.${lang}.pairs[${k}]`, file)) };
  }
  return { ...(data as object), version: LOCK_VERSION, targets: upgraded } as unknown as Lock;
}

function upgradePair(pair: unknown, where: string, file: string): LockPair {
  const old = pair as { en?: unknown; ru?: unknown; enHash?: unknown } | null;
  if (!old || typeof old !== 'object' || !Array.isArray(old.en) || !Array.isArray(old.ru) || typeof old.enHash !== 'string') {
    throw new InputError(
      `Expected \`${where}\` of a version-1 lock to have \`en\`, \`ru\` and \`enHash\``,
      { file },
      { expected: '{ en, ru, enHash, targetHash, glossary }', actual: JSON.stringify(pair)?.slice(0, 80) ?? 'nothing' },
    );
  }
  const { en: source, ru: target, enHash: sourceHash, ...rest } = old as Record<string, unknown>;
  return { source: source, target: target, sourceHash: sourceHash, ...rest } as unknown as LockPair;
}
