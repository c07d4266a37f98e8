import type { SegmentedDocument, Unit } from '../segment/types.js';
import type { ExchangeDocument, ExchangePart, ExchangeUnit, PairStatus, TargetState } from './exchange-types.js';
import { mapTargetCodes, renumberCodes } from './code-map.js';
import { exportStamp } from './export-stamp.js';
import { translatorNotesOf } from './translator-note-texts.js';

/** What is known of the Russian side of an English unit. */
export interface PairInfo {
  /** The aligned Russian unit, if any. */
  target?: Unit;
  /** The lock status of the pair ('new' when the lock does not know it). */
  status: PairStatus;
  /** The English the translation was made from (from the lock), for stale or edited pairs. */
  previousSource?: string;
  /** The Russian units when the pair is not one-to-one (1–2, 2–1): no translation is exchanged. */
  group?: string[];
}

/** Which units to export. */
export type StateFilter = 'untranslated' | 'stale' | 'all';

export interface BuildExchangeOptions {
  /** The English file as it should be named in the exchange file (relative, `/` separators). */
  original: string;
  targetLanguage: string;
  /** English unit ID → Russian side. Units without an entry are untranslated. */
  pairs: ReadonlyMap<string, PairInfo>;
  /** Notes for a unit (e.g. glossary entries it uses). */
  notes?: (unit: Unit) => string[];
  /** `untranslated`: no Russian yet; `stale`: those plus stale, edited, glossary-changed; `all` (default). */
  filter?: StateFilter;
  /** The translation and its Markdown: the translator's notes a unit calls are exported as its notes. */
  target?: { doc: SegmentedDocument; source: string } | undefined;
}

/** Lock status → XLIFF 2 state (see docs/exchange.md, "States"). */
export const STATE_OF_STATUS: Record<PairStatus, TargetState> = {
  current: 'final',
  'glossary-changed': 'reviewed',
  edited: 'translated',
  new: 'translated',
  stale: 'initial',
};

const STATUS_NOTE: Partial<Record<PairStatus, string>> = {
  stale: 'diglot: the English changed since this translation; the translation needs updating.',
  edited: 'diglot: the translation was edited since the lock was written; review it.',
  'glossary-changed': 'diglot: a glossary entry this unit uses changed since the translation; check the terms.',
};

/**
 * Build the exchange model of an English document: each unit with its sentences, its current
 * Russian translation (codes renumbered to the English numbers), its state and notes.
 *
 * @param source the segmented English document
 * @param options pairs from alignment and the lock, notes, filter
 * @returns the units to export, in document order
 * @example buildExchange(en, { original: 'content/en/a.md', targetLanguage: 'ru', pairs: new Map() }).units[0].state // 'initial'
 */
export function buildExchange(source: SegmentedDocument, options: BuildExchangeOptions): ExchangeDocument {
  const units: ExchangeUnit[] = [];
  const notesOf = translatorNotesOf(source, options.target);
  for (const unit of source.units) {
    const pair = options.pairs.get(unit.id);
    const item = exchangeUnit(unit, pair, options.notes?.(unit) ?? []);
    const called = pair?.target && !pair.group ? notesOf(pair.target) : [];
    if (called.length > 0) item.translatorNotes = called;
    if (keep(item, options.filter ?? 'all')) units.push(item);
  }
  return { original: options.original, sourceLanguage: source.lang, targetLanguage: options.targetLanguage, units };
}

function keep(unit: ExchangeUnit, filter: StateFilter): boolean {
  if (filter === 'all') return true;
  if (unit.status === 'untranslated') return true;
  return filter === 'stale' && (unit.status === 'stale' || unit.status === 'edited' || unit.status === 'glossary-changed');
}

function exchangeUnit(unit: Unit, pair: PairInfo | undefined, notes: string[]): ExchangeUnit {
  const targetUnit = pair?.target;
  const stamp = exportStamp(unit.text, pair?.group ? undefined : targetUnit?.text);
  const base = { id: unit.id, kind: unit.kind, path: unit.path, line: unit.start.line, source: unit.text, codes: unit.codes, stamp };
  if (pair?.group) {
    const note = `diglot: this unit is aligned with several Russian units (${pair.group.join(', ')}) together with its neighbours; its translation is not exchanged.`;
    return { ...base, parts: sourceParts(unit), status: pair.status, state: 'initial', notes: [note, ...notes] };
  }
  if (!pair || !targetUnit) return { ...base, parts: sourceParts(unit), status: 'untranslated', state: 'initial', notes };
  const map = mapTargetCodes(unit.codes, targetUnit.codes);
  const target = renumberCodes(targetUnit.text, map);
  const targetCodes = targetUnit.codes.map((c) => ({ ...c, id: map.get(c.id) ?? c.id }));
  const statusNote = STATUS_NOTE[pair.status];
  const previous = pair.previousSource !== undefined && pair.previousSource !== unit.text ? pair.previousSource : undefined;
  const allNotes = [...(statusNote ? [statusNote] : []), ...(previous !== undefined ? [`diglot: previous English: ${previous}`] : []), ...notes];
  return {
    ...base,
    target,
    targetCodes,
    parts: pairedParts(unit, targetUnit, map),
    status: pair.status,
    state: STATE_OF_STATUS[pair.status],
    ...(previous !== undefined ? { previousSource: previous } : {}),
    notes: allNotes,
  };
}

/** Sentences and the gaps between them (text outside any sentence). */
function split(unit: Unit): Array<{ kind: 'segment' | 'ignorable'; id?: string; text: string }> {
  const out: Array<{ kind: 'segment' | 'ignorable'; id?: string; text: string }> = [];
  let at = 0;
  for (const s of unit.sentences) {
    if (s.start > at) out.push({ kind: 'ignorable', text: unit.text.slice(at, s.start) });
    out.push({ kind: 'segment', id: s.id, text: unit.text.slice(s.start, s.end) });
    at = s.end;
  }
  if (at < unit.text.length || out.length === 0) {
    if (out.length === 0) out.push({ kind: 'segment', id: `${unit.id}.1`, text: unit.text.slice(at) });
    else out.push({ kind: 'ignorable', text: unit.text.slice(at) });
  }
  return out;
}

function sourceParts(unit: Unit): ExchangePart[] {
  return split(unit).map((p) => ({ kind: p.kind, ...(p.id !== undefined ? { id: p.id } : {}), source: p.text }));
}

/** Sentence pairs when both sides split alike; otherwise one segment holding the whole unit. */
function pairedParts(unit: Unit, target: Unit, map: ReadonlyMap<number, number>): ExchangePart[] {
  const source = split(unit);
  const tr = split(target);
  if (source.length === tr.length && source.every((p, i) => p.kind === tr[i]?.kind)) {
    return source.map((p, i) => ({
      kind: p.kind,
      ...(p.id !== undefined ? { id: p.id } : {}),
      source: p.text,
      target: renumberCodes((tr[i] as { text: string }).text, map),
    }));
  }
  return [{ kind: 'segment', id: unit.sentences[0]?.id ?? `${unit.id}.1`, source: unit.text, target: renumberCodes(target.text, map) }];
}
