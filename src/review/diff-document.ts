import type { VFileMessage } from 'vfile-message';
import type { PairMemos } from '../check/pair-memos.js';
import type { DocumentInput } from '../check/check-pair.js';
import type { AlignPair } from '../pair/open-pair.js';
import { hashText } from '../lock/hash-text.js';
import { lockedPairs } from '../lock/locked-pairs.js';
import type { TreeMemo } from '../markdown/parse-remembered.js';
import { previousUnits } from '../lock/previous-units.js';
import type { Lock } from '../lock/types.js';
import { stripCodes } from '../segment/coded-text.js';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import { findCodeBlocks, type CodeBlock } from '../markdown/find-code-blocks.js';
import { alignUnits, type UnitLinks } from './align-units.js';
import { diffCodeBlocks } from './diff-code-blocks.js';
import { findUnitFindings } from './find-unit-findings.js';
import { CHANGE_KINDS, matchUnits, type UnitChange } from './match-units.js';
import { segmentVersions } from './segment-versions.js';
import type { DocumentDiff, SourceChange, FindingView, TargetChange, SuggestionView, UnitView } from './types.js';
import { wordDiff } from './word-diff.js';

/** One side of a document pair in two versions (undefined: absent in that version). */
export interface VersionedFile {
  file: string;
  lang: string;
  before: string | undefined;
  after: string | undefined;
}

/** The seam to `diglot check`: the messages of one English/Russian pair (with the pair's remembered work, when there is some). */
export type CheckDocuments = (source: DocumentInput, target: DocumentInput, memos?: PairMemos) => readonly VFileMessage[];

/** Work remembered between runs (see DocumentMemos, shared with `diglot check` and `diglot build`). */
export interface DiffMemos {
  /** Chunk segmentations of both sides, the pair's alignments and findings. */
  pair: PairMemos;
  /** Chunk trees of each side. */
  sourceTrees: TreeMemo;
  targetTrees: TreeMemo;
}

/** The input of {@link diffDocument}. */
export interface DiffDocumentInput {
  source: VersionedFile;
  target: VersionedFile;
  /** Labels of the versions, e.g. `HEAD` and `working tree`. */
  from: string;
  to: string;
  /** The lock of the new version: decides staleness when it knows the unit. */
  lock?: Lock | undefined;
  /** The lock of the old version: gives the old units their lock IDs. */
  previousLock?: Lock | undefined;
  /** Runs the checks on a pair (e.g. `checkPair` of src/check); no findings without it. */
  check?: CheckDocuments | undefined;
  /** Translation-memory lookup for added units without a translation. */
  suggest?: ((text: string) => SuggestionView | undefined) | undefined;
  /** The aligner (e.g. `diglot check`'s, with glossary anchors); `alignDocuments` without one. */
  align?: AlignPair | undefined;
  /** Remembered work: only chunks and pairs not seen by an earlier run are computed. */
  memos?: DiffMemos | undefined;
}

/**
 * The unit-level diff of one document pair between two versions: each English unit added,
 * removed, edited, moved, split, merged or unchanged, with a word diff, the current Russian,
 * whether that Russian is stale and the check findings on it; and the changed Russian units
 * with their word diff and new findings; and the changed English code blocks with a line diff
 * and whether the translation's copy is stale (see diffCodeBlocks).
 *
 * @example diffDocument({ source: { file: 'content/en/a.md', lang: 'en', before, after }, target: { … }, from: 'HEAD', to: 'working tree' }).summary
 */
export function diffDocument(input: DiffDocumentInput): DocumentDiff {
  const { source, target } = input;
  const { memos } = input;
  const sourceVersions = segmentVersions(source.before, source.after, {
    file: source.file,
    lang: source.lang,
    memo: memos?.pair.source,
    trees: memos?.sourceTrees,
    ...(input.previousLock ? { previous: previousUnits(input.previousLock) } : {}),
  });
  const targetVersions = segmentVersions(target.before, target.after, {
    file: target.file,
    lang: target.lang,
    memo: memos?.pair.target,
    trees: memos?.targetTrees,
  });
  const sourceChanges = matchUnits(sourceVersions.before, sourceVersions.after, source.lang);
  const targetChanges = matchUnits(targetVersions.before, targetVersions.after, target.lang);
  const { align } = input;
  const remembered = memos && { blocks: memos.pair.alignment, sentences: memos.pair.sentenceAlignment };
  // The lock's remembered pairs keep imported and recorded translations paired (as in check).
  const links = (sourceDoc: SegmentedDocument, targetDoc: SegmentedDocument, lock: Lock | undefined): UnitLinks => {
    const pinned = lockedPairs(lock, target.lang);
    const options = Object.keys(pinned).length > 0 ? { lockedPairs: pinned } : {};
    return align ? alignUnits(sourceDoc, targetDoc, { ...options, align, memo: remembered }) : alignUnits(sourceDoc, targetDoc, options);
  };
  const linksNew = links(sourceVersions.after, targetVersions.after, input.lock);
  let linksOldCache: UnitLinks | undefined;
  const linksOld = (): UnitLinks => (linksOldCache ??= links(sourceVersions.before, targetVersions.before, input.previousLock));
  const run = (doc: 'before' | 'after'): readonly VFileMessage[] | undefined => {
    const s = source[doc];
    const t = target[doc];
    if (!input.check || s === undefined || t === undefined) return undefined;
    return input.check({ file: source.file, markdown: s, lang: source.lang }, { file: target.file, markdown: t, lang: target.lang }, memos?.pair);
  };
  const newMessages = run('after') ?? [];
  const findings = findUnitFindings(targetVersions.after.units, newMessages, input.check ? (run('before') ?? []) : undefined);
  const unchangedRu = new Set(targetChanges.filter((c) => c.change === 'unchanged').flatMap((c) => c.after.map((u) => u.id)));
  const idx = indexer(sourceVersions, targetVersions);
  // The lock knows what translates what even where the order differs (a moved section); alignment fills the rest.
  const lockedNew = lockedTranslations(input.lock, target.lang, targetVersions.after);
  const lockedOld = lockedTranslations(input.previousLock, target.lang, targetVersions.before);

  const english = sourceChanges.map((c): SourceChange => {
    const removed = c.after.length === 0;
    const targetIdx = removed
      ? unique(c.before.flatMap((u) => lockedOld.get(u.id) ?? linksOld().targetOf.get(idx.enBefore(u)) ?? []))
      : unique([
          ...c.before.flatMap((u) => lockedNew.get(u.id) ?? []),
          ...c.after.flatMap((u) => lockedNew.get(u.id) ?? linksNew.targetOf.get(idx.enAfter(u)) ?? []),
        ]);
    const targetDoc = removed ? targetVersions.before : targetVersions.after;
    const translation = targetIdx.map((j) => view(targetDoc.units[j] as Unit));
    const out: SourceChange = {
      ...flags(c),
      before: c.before.map(view),
      after: c.after.map(view),
      words: wordDiff(joined(c.before), joined(c.after), source.lang),
      translation,
      stale:
        !removed &&
        isStale(
          c,
          input.lock,
          target.lang,
          sourceVersions.after,
          targetIdx.map((j) => (targetVersions.after.units[j] as Unit).id),
          unchangedRu,
        ),
      findings: removed ? [] : targetIdx.flatMap((j) => findings.get(j) ?? []),
    };
    if (c.change === 'added' && translation.length === 0 && input.suggest) {
      const suggestion = input.suggest(plain(c.after.map((u) => u.text).join(' ')));
      if (suggestion) out.suggestion = suggestion;
    }
    return out;
  });

  const russian = targetChanges
    .filter((c) => c.change !== 'unchanged')
    .map((c): TargetChange => {
      const removed = c.after.length === 0;
      const sourceIdx = removed
        ? unique(c.before.flatMap((u) => linksOld().sourceOf.get(idx.ruBefore(u)) ?? []))
        : unique(c.after.flatMap((u) => linksNew.sourceOf.get(idx.ruAfter(u)) ?? []));
      const sourceDoc = removed ? sourceVersions.before : sourceVersions.after;
      return {
        ...flags(c),
        before: c.before.map(view),
        after: c.after.map(view),
        words: wordDiff(joined(c.before), joined(c.after), target.lang),
        source: sourceIdx.map((i) => view(sourceDoc.units[i] as Unit)),
        findings: c.after.flatMap((u) => (findings.get(idx.ruAfter(u)) ?? []).filter((f) => f.new)),
      };
    });

  const code = diffCodeBlocks(
    codeOf(source.before, source.file, memos?.sourceTrees),
    codeOf(source.after, source.file, memos?.sourceTrees),
    codeOf(target.after, target.file, memos?.targetTrees),
  );
  const allFindings: FindingView[] = [...findings.values()].flat();
  return {
    source: source.file,
    target: target.file,
    sourceLanguage: source.lang,
    targetLanguage: target.lang,
    from: input.from,
    to: input.to,
    sourceChanges: english,
    targetChanges: russian,
    code,
    summary: {
      source: count(sourceChanges),
      target: count(targetChanges),
      stale: english.filter((c) => c.stale).length,
      findings: allFindings.length,
      newFindings: allFindings.filter((f) => f.new).length,
      code: { changed: code.length, stale: code.filter((c) => c.translation === 'stale').length },
    },
  };
}

function codeOf(text: string | undefined, file: string, trees: TreeMemo | undefined): CodeBlock[] {
  return text === undefined ? [] : findCodeBlocks(text, { file, trees });
}

/** Whether the translation of a changed unit is stale: by the lock when it knows the unit, else by the history. */
function isStale(
  c: UnitChange,
  lock: Lock | undefined,
  lang: string,
  doc: SegmentedDocument,
  targetIds: readonly string[],
  unchangedRu: ReadonlySet<string>,
): boolean {
  if (targetIds.length === 0) return false;
  const pairs = lock?.targets[lang]?.pairs ?? [];
  const byId = new Map(doc.units.map((u) => [u.id, u]));
  const pair = pairs.find((p) => c.after.some((u) => p.source.includes(u.id)));
  if (pair) {
    const texts = pair.source.map((id) => byId.get(id)?.text);
    if (texts.some((t) => t === undefined)) return true;
    return hashText(texts.join('\n')) !== pair.sourceHash;
  }
  const textChanged = c.change !== 'unchanged' && c.change !== 'added' && !(c.change === 'moved' && !c.edited);
  return textChanged && targetIds.every((id) => unchangedRu.has(id));
}

/** English unit ID → indices of its translation, for lock pairs whose translation units are all in `doc`. */
function lockedTranslations(lock: Lock | undefined, lang: string, doc: SegmentedDocument): Map<string, number[]> {
  const index = new Map(doc.units.map((u, j) => [u.id, j]));
  const out = new Map<string, number[]>();
  for (const pair of lock?.targets[lang]?.pairs ?? []) {
    const found = pair.target.map((id) => index.get(id));
    if (found.length === 0 || found.some((j) => j === undefined)) continue;
    for (const id of pair.source) out.set(id, found as number[]);
  }
  return out;
}

function flags(c: UnitChange): Pick<SourceChange, 'change' | 'edited' | 'moved'> {
  return { change: c.change, ...(c.edited ? { edited: true } : {}), ...(c.moved ? { moved: true } : {}) };
}

function indexer(source: { before: SegmentedDocument; after: SegmentedDocument }, target: { before: SegmentedDocument; after: SegmentedDocument }) {
  const of = (doc: SegmentedDocument): ((u: Unit) => number) => {
    const map = new Map(doc.units.map((u, i) => [u, i]));
    return (u) => map.get(u) ?? -1;
  };
  return { enBefore: of(source.before), enAfter: of(source.after), ruBefore: of(target.before), ruAfter: of(target.after) };
}

/**
 * A unit as the report shows it: ID, kind, line and plain text.
 *
 * @example view(unit).text // 'Russia’s debts. The Wilson administration…'
 */
export function view(unit: Unit): UnitView {
  return { id: unit.id, kind: unit.kind, line: unit.start.line, text: plain(unit.text) };
}

function plain(text: string): string {
  return stripCodes(text).replace(/\s+/g, ' ').trim();
}

/** Units' plain texts; a paragraph break between units shows as ` ¶ ` so splits and merges are visible in word diffs. */
function joined(units: readonly Unit[]): string {
  return units.map((u) => plain(u.text)).join(' ¶ ');
}

function unique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

function count(changes: readonly UnitChange[]): Record<(typeof CHANGE_KINDS)[number], number> {
  const out = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<(typeof CHANGE_KINDS)[number], number>;
  for (const c of changes) out[c.change]++;
  return out;
}
