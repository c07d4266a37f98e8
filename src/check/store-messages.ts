import type { Point, Position } from 'unist';
import { VFileMessage } from 'vfile-message';

/** A vfile message as JSON: every field the reporters read (see `src/report/message-fields.ts`). */
export interface StoredMessage {
  reason: string;
  ruleId?: string;
  source?: string;
  /** `true` error, `false` warning (from configuration); absent when unset. */
  fatal?: boolean;
  place?: Point | Position;
  file?: string;
  url?: string;
  expected?: string[];
  actual?: string;
  /** The English unit behind the finding (a related location). */
  cause?: { reason: string; place?: Point | Position; file?: string };
}

/**
 * Turn the messages of a checked pair into plain JSON data, for the check cache.
 *
 * @param messages the messages of `checkPair`
 * @returns one plain object per message, in order
 * @example JSON.stringify(storeMessages(file.messages))
 */
export function storeMessages(messages: readonly VFileMessage[]): StoredMessage[] {
  return messages.map((m) => {
    const out: StoredMessage = { reason: m.reason };
    if (m.ruleId) out.ruleId = m.ruleId;
    if (m.source) out.source = m.source;
    if (typeof m.fatal === 'boolean') out.fatal = m.fatal;
    if (m.place) out.place = m.place;
    if (m.file) out.file = m.file;
    if (m.url) out.url = m.url;
    if (m.expected) out.expected = [...m.expected];
    if (m.actual !== undefined) out.actual = m.actual;
    if (m.cause instanceof VFileMessage) {
      const cause = m.cause as VFileMessage & { file?: string };
      out.cause = { reason: cause.reason };
      if (cause.place) out.cause.place = cause.place;
      if (cause.file) out.cause.file = cause.file;
    }
    return out;
  });
}

/**
 * Turn stored messages back into vfile messages that report exactly like the originals.
 *
 * @param data parsed JSON (from a cache file; anything may be in it)
 * @returns the messages, or undefined when the data is not a list of stored messages
 * @example restoreMessages(JSON.parse(text).messages)?.length
 */
export function restoreMessages(data: unknown): VFileMessage[] | undefined {
  if (!Array.isArray(data) || !data.every(isStoredMessage)) return undefined;
  return data.map((stored) => {
    const cause = stored.cause ? restoreCause(stored.cause) : undefined;
    const message = new VFileMessage(stored.reason, { ruleId: stored.ruleId, source: stored.source, place: stored.place, cause });
    if (stored.file !== undefined) message.file = stored.file;
    if (stored.fatal !== undefined) message.fatal = stored.fatal;
    if (stored.url !== undefined) message.url = stored.url;
    if (stored.expected !== undefined) message.expected = [...stored.expected];
    if (stored.actual !== undefined) message.actual = stored.actual;
    return message;
  });
}

function restoreCause(stored: NonNullable<StoredMessage['cause']>): VFileMessage {
  const cause = new VFileMessage(stored.reason, { place: stored.place });
  if (stored.file !== undefined) cause.file = stored.file;
  return cause;
}

function isStoredMessage(value: unknown): value is StoredMessage {
  if (!isObject(value) || typeof value['reason'] !== 'string') return false;
  const v = value;
  return (
    optional(v['ruleId'], 'string') &&
    optional(v['source'], 'string') &&
    optional(v['fatal'], 'boolean') &&
    optional(v['file'], 'string') &&
    optional(v['url'], 'string') &&
    optional(v['actual'], 'string') &&
    (v['expected'] === undefined || (Array.isArray(v['expected']) && v['expected'].every((e) => typeof e === 'string'))) &&
    (v['place'] === undefined || isPlace(v['place'])) &&
    (v['cause'] === undefined ||
      (isObject(v['cause']) &&
        typeof v['cause']['reason'] === 'string' &&
        optional(v['cause']['file'], 'string') &&
        (v['cause']['place'] === undefined || isPlace(v['cause']['place']))))
  );
}

function isPlace(value: unknown): boolean {
  if (!isObject(value)) return false;
  return 'start' in value ? isPoint(value['start']) && isPoint(value['end']) : isPoint(value);
}

function isPoint(value: unknown): boolean {
  return (
    isObject(value) &&
    Number.isInteger(value['line']) &&
    Number.isInteger(value['column']) &&
    (value['offset'] === undefined || Number.isInteger(value['offset']))
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optional(value: unknown, type: 'string' | 'boolean'): boolean {
  return value === undefined || typeof value === type;
}
