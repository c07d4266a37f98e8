import { createHash } from 'node:crypto';

/** The key of diglot's fingerprint in SARIF `partialFingerprints` (versioned: a new scheme gets a new key). */
export const FINGERPRINT_KEY = 'diglotFinding/v1';

/** What identifies a finding, whatever line it is on. */
export interface FingerprintParts {
  ruleId: string;
  /** The reported file, relative to the repository root. */
  path: string;
  /** The target language of the pair (empty when not known). */
  language: string | undefined;
  expected: readonly string[] | undefined;
  actual: string | undefined;
  /** The text of the English unit behind the finding (the related location's excerpt). */
  english: string | undefined;
  /** The message; its digits are masked, since some messages name a line (`as at line 12`). */
  reason: string;
}

/**
 * The content hash of a finding: rule, file, target language and the finding's own texts
 * (expected, found, the English unit, the message with digits masked), each normalised (NFC,
 * whitespace runs as one space). Line and column are not part of it, so an edit above the
 * finding leaves it unchanged; reflowing a paragraph does too.
 *
 * @example findingHash({ ruleId: 'number-mismatch', path: 'content/ru/a.md', language: 'ru', expected: ['16 ноября'], actual: '17 ноября', english: 'On the 16th…', reason: '…' }).length // 32
 */
export function findingHash(parts: FingerprintParts): string {
  const norm = (text: string | undefined): string => (text ?? '').normalize('NFC').replace(/\s+/gu, ' ').trim();
  const fields = [
    FINGERPRINT_KEY,
    parts.ruleId,
    parts.path,
    parts.language ?? '',
    (parts.expected ?? []).map(norm),
    norm(parts.actual),
    norm(parts.english),
    norm(parts.reason).replace(/\p{Nd}+/gu, '0'),
  ];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex').slice(0, 32);
}

/**
 * Fingerprints of findings in report order: the content hash and its occurrence among equal
 * hashes (`<hash>:1`, `<hash>:2`, …), so two identical findings in one file stay distinct
 * while an unrelated edit keeps every fingerprint (the way GitHub numbers equal line hashes).
 *
 * @example numberFingerprints(['ab', 'cd', 'ab']) // ['ab:1', 'cd:1', 'ab:2']
 */
export function numberFingerprints(hashes: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return hashes.map((hash) => {
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}
