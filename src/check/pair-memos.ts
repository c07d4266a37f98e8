import type { Alignment, Bead } from '../align/types.js';
import type { DocumentMemos } from '../pair/document-memos.js';
import type { MemoFile } from '../cache/memo-file.js';
import type { ChunkSegments } from '../segment/chunk-memo.js';
import type { StoredFinding } from './stored-finding.js';

/**
 * What `diglot check` remembers of one document pair between runs, so that after an edit only
 * the edited parts are computed again: each side's segmentation chunk by chunk, the findings
 * of the rules that look at one unit pair at a time (by the content of that pair), and the
 * alignment (shared with `diglot build`).
 */
export interface PairMemos {
  source: MemoFile<ChunkSegments>;
  target: MemoFile<ChunkSegments>;
  findings: MemoFile<StoredFinding[]>;
  alignment: MemoFile<Alignment>;
  sentenceAlignment: MemoFile<Bead[]>;
}

/**
 * The memos of a document pair (paths absolute or from the working folder), from the memos
 * of a run.
 *
 * @example const memos = pairMemos(new DocumentMemos(root), 'content/en/a.md', 'content/ru/a.md');
 */
export function pairMemos(memos: DocumentMemos, sourceFile: string, targetFile: string): PairMemos {
  return {
    source: memos.segments(sourceFile),
    target: memos.segments(targetFile),
    findings: memos.findings<StoredFinding>(sourceFile, targetFile),
    alignment: memos.alignment(sourceFile, targetFile),
    sentenceAlignment: memos.sentenceAlignment(sourceFile, targetFile),
  };
}
