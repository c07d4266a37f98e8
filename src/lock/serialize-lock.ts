import type { Lock, LockPair } from './types.js';

/**
 * The lock as pretty-printed JSON with a fixed key order and one unit or pair per entry, so
 * diffs show exactly which units changed.
 *
 * @example serializeLock(lock).startsWith('{\n  "version": 2') // true
 */
export function serializeLock(lock: Lock): string {
  const ordered = {
    version: lock.version,
    source: { file: lock.source.file, lang: lock.source.lang },
    units: lock.units.map((u) => ({ id: u.id, kind: u.kind, hash: u.hash, text: u.text })),
    targets: Object.fromEntries(
      Object.keys(lock.targets)
        .sort()
        .map((lang) => {
          const target = lock.targets[lang] as Lock['targets'][string];
          return [lang, { file: target.file, pairs: target.pairs.map(orderPair), ...(target.code ? { code: target.code } : {}) }];
        }),
    ),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function orderPair(p: LockPair): LockPair {
  const glossary = Object.fromEntries(
    Object.keys(p.glossary)
      .sort()
      .map((k) => [k, p.glossary[k] as string]),
  );
  return {
    source: p.source,
    target: p.target,
    sourceHash: p.sourceHash,
    targetHash: p.targetHash,
    glossary,
    ...(p.recorded !== undefined ? { recorded: p.recorded } : {}),
  };
}
