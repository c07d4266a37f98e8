import { hashText } from '../lock/hash-text.js';

/**
 * What a unit was when it was exported: the hash of its English (coded text) and of its
 * translation (the target unit's coded text; absent when it had none). Import compares them
 * with the document as it is now to find conflicts and translations of an older English.
 */
export interface ExportStamp {
  sourceHash: string;
  /** Absent: the unit had no translation at export. */
  targetHash?: string;
}

/** The marker of a stamp in notes and comments: `diglot-export source=sha256:… target=sha256:…|none`. */
export const STAMP_MARKER = 'diglot-export';

const HASH = 'sha256:[0-9a-f]{16}';
const STAMP = new RegExp(`${STAMP_MARKER} source=(${HASH}) target=(${HASH}|none)`);

/**
 * The stamp of a unit at export.
 *
 * @param source the English unit's coded text
 * @param target the target unit's coded text (its own code numbers), if any
 * @example exportStamp('Hello.', 'Привет.').sourceHash // 'sha256:2d8bd7d9bb5f85ba'
 */
export function exportStamp(source: string, target: string | undefined): ExportStamp {
  return { sourceHash: hashText(source), ...(target !== undefined ? { targetHash: hashText(target) } : {}) };
}

/**
 * A stamp as one line of text, for notes and comments.
 *
 * @example formatStamp({ sourceHash: 'sha256:2d8bd7d9bb5f85ba' }) // 'diglot-export source=sha256:2d8bd7d9bb5f85ba target=none'
 */
export function formatStamp(stamp: ExportStamp): string {
  return `${STAMP_MARKER} source=${stamp.sourceHash} target=${stamp.targetHash ?? 'none'}`;
}

/**
 * Find a stamp in a note or comment written by {@link formatStamp}.
 *
 * @returns the stamp, or undefined when the text holds none
 * @example parseStamp('paragraph root/paragraph[0] (new) diglot-export source=sha256:2d8bd7d9bb5f85ba target=none')?.targetHash // undefined
 */
export function parseStamp(text: string): ExportStamp | undefined {
  const m = STAMP.exec(text);
  if (!m) return undefined;
  const target = m[2] as string;
  return { sourceHash: m[1] as string, ...(target !== 'none' ? { targetHash: target } : {}) };
}
