export { createLock, type CreateLockInput, type LockGlossary } from './create-lock.js';
export { lockStatus, type LockStatusOptions } from './lock-status.js';
export { readLock } from './read-lock.js';
export { writeLock } from './write-lock.js';
export { serializeLock } from './serialize-lock.js';
export { previousUnits } from './previous-units.js';
export { hashText } from './hash-text.js';
export { canonicalJson, glossaryEntryHash } from './canonical-json.js';
export type { Lock, LockPair, LockTarget, LockUnit, PairState, PairStatus } from './types.js';
