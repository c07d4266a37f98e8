import type { RootContent } from 'mdast';
import type { Alignment, Bead } from '../align/types.js';
import { codeFingerprint } from '../cache/code-fingerprint.js';
import { MemoFile, memoPath } from '../cache/memo-file.js';
import type { ChunkSegments } from '../segment/chunk-memo.js';

/**
 * The memos of one run over a project's documents, opened on first use and saved together:
 * per document its chunk trees and chunk segmentations, per pair its alignment and rule
 * findings. Documents are named by their path from the project root, so `diglot check` and
 * `diglot build` share what they both compute (segmentation, alignment). Without a root
 * (`--no-cache`) the memos remember only within the run.
 *
 * @example const memos = new DocumentMemos(config.root); memos.segments('content/en/a.md'); memos.save();
 */
export class DocumentMemos {
  private readonly open = new Map<string, MemoFile<unknown>>();
  private readonly version = codeFingerprint();

  constructor(private readonly root: string | undefined) {}

  /** Segmentation of a document's chunks. */
  segments(file: string): MemoFile<ChunkSegments> {
    return this.file('segments', file);
  }

  /** Top-level nodes of a document's chunks. */
  trees(file: string): MemoFile<RootContent[]> {
    return this.file('trees', file);
  }

  /** Alignments of a document pair. */
  alignment(source: string, target: string): MemoFile<Alignment> {
    return this.file('alignment', source, target);
  }

  /** Sentence alignments inside the block beads of a document pair. */
  sentenceAlignment(source: string, target: string): MemoFile<Bead[]> {
    return this.file('sentence-alignment', source, target);
  }

  /** Findings of pair-scoped rules on a document pair (their shape is the checker's: `StoredFinding` of src/check). */
  findings<Finding>(source: string, target: string): MemoFile<Finding[]> {
    return this.file('findings', source, target);
  }

  /** Write every memo opened in this run that changed. */
  save(): void {
    for (const memo of this.open.values()) memo.save();
  }

  private file<V>(kind: string, ...docs: string[]): MemoFile<V> {
    const path = this.root === undefined ? undefined : memoPath(this.root, kind, ...docs);
    const id = path ?? `${kind}\u0000${docs.join('\u0000')}`;
    let memo = this.open.get(id);
    if (!memo) {
      memo = MemoFile.open<unknown>(path, this.version);
      this.open.set(id, memo);
    }
    return memo as MemoFile<V>;
  }
}
