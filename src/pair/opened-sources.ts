import type { PreviousUnit } from '../segment/assign-ids.js';
import { openText, readInput, segmentingOf, type OpenOptions } from './open-document.js';
import type { DocumentInput, OpenedDocument } from './types.js';

/**
 * The source documents opened in one run, so that a run over several target languages parses
 * and segments each source once: an entry is reused while the document's path, language, text
 * and the lock's units (which give the units their IDs) are the same. A source that fails to
 * open is not remembered: each pair tries it again, and fails alike.
 *
 * @example
 * const sources = new OpenedSources();
 * for (const lang of ['de', 'fr']) openPair(sources.openFile('content/en/a.md', 'en'), openDocument(`content/${lang}/a.md`, lang));
 * sources.segmented // 1
 */
export class OpenedSources {
  private readonly seen = new Map<string, { key: string; opened: OpenedDocument }>();
  /** How many times a source was opened (not taken from this run's earlier work), failures included. */
  segmented = 0;

  /**
   * The opened source `input` (identified by `key`, its path by default), made by `open` unless the same
   * text, language and lock units were opened before.
   */
  open(input: DocumentInput, previous: readonly PreviousUnit[] | undefined, open: () => OpenedDocument, key: string = input.file): OpenedDocument {
    const content = `${input.lang}\u0000${input.markdown}\u0000${previous ? JSON.stringify(previous) : ''}`;
    const hit = this.seen.get(key);
    if (hit?.key === content) return hit.opened;
    this.seen.delete(key);
    this.segmented++;
    const opened = open();
    this.seen.set(key, { key: content, opened });
    return opened;
  }

  /**
   * Open a source file as `openDocument` does (read through the project reader every time, so
   * a changed file is seen), parsing and segmenting it only when this run has not opened the
   * same text before.
   *
   * @throws InputError naming the file when it cannot be read, is refused, or cannot be segmented
   */
  openFile(path: string, lang: string, options: OpenOptions = {}): OpenedDocument {
    const input = readInput(path, lang, options);
    return this.open(input, options.previous, () => openText(input, segmentingOf(path, options)), path);
  }
}
