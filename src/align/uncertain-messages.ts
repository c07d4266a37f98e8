/**
 * `alignment-uncertain` warnings: pairs whose confidence is too low to be trusted silently.
 */
import { VFileMessage } from 'vfile-message';
import type { SegmentedDocument, Unit } from '../segment/types.js';
import type { Alignment } from './types.js';

/** The rule id of low-confidence alignment warnings. */
export const ALIGNMENT_UNCERTAIN = 'alignment-uncertain';

/**
 * Warnings (on the Russian file, with the English unit as `cause`) for block and sentence
 * pairs scored below `threshold`. 1–0 and 0–1 beads are not reported here.
 *
 * @param en the English document
 * @param ru the Russian document
 * @param alignment its alignment
 * @param threshold minimum trusted score (default 0.5)
 * @returns messages in document order
 * @example uncertainMessages(en, ru, alignment, 0.5).map(String)
 */
export function uncertainMessages(en: SegmentedDocument, ru: SegmentedDocument, alignment: Alignment, threshold = 0.5): VFileMessage[] {
  const messages: VFileMessage[] = [];
  const enSentenceUnit = sentenceUnits(en);
  const ruSentenceUnit = sentenceUnits(ru);
  const report = (what: string, enUnits: Unit[], ruUnits: Unit[], enIds: string[], ruIds: string[], score: number): void => {
    const first = ruUnits[0];
    const last = ruUnits[ruUnits.length - 1];
    const enFirst = enUnits[0];
    if (!first || !last || !enFirst) return;
    const cause = new VFileMessage(`English ${what} \`${enIds.join('+')}\``, {
      place: { start: enFirst.start, end: (enUnits[enUnits.length - 1] as Unit).end },
    });
    cause.file = en.file;
    const message = new VFileMessage(
      `Unexpected alignment confidence \`${score.toFixed(2)}\` for ${what} \`${enIds.join('+')}\` ↔ \`${ruIds.join('+')}\`, expected at least \`${threshold}\`: check the pairing`,
      { place: { start: first.start, end: last.end }, ruleId: ALIGNMENT_UNCERTAIN, source: 'diglot', cause },
    );
    message.file = ru.file;
    message.fatal = false;
    message.actual = score.toFixed(2);
    message.expected = [`≥ ${threshold}`];
    messages.push(message);
  };
  for (const bead of alignment.blocks) {
    if (bead.source.length === 0 || bead.target.length === 0 || bead.score >= threshold) continue;
    const e = bead.source.map((i) => en.units[i] as Unit);
    const r = bead.target.map((j) => ru.units[j] as Unit);
    report(
      'units',
      e,
      r,
      e.map((u) => u.id),
      r.map((u) => u.id),
      bead.score,
    );
  }
  for (const bead of alignment.sentences) {
    if (bead.source.length === 0 || bead.target.length === 0 || bead.score >= threshold) continue;
    const e = bead.source.map((i) => enSentenceUnit[i] as [Unit, string]);
    const r = bead.target.map((j) => ruSentenceUnit[j] as [Unit, string]);
    report(
      'sentences',
      e.map(([u]) => u),
      r.map(([u]) => u),
      e.map(([, id]) => id),
      r.map(([, id]) => id),
      bead.score,
    );
  }
  return messages.sort(
    (a, b) => (a.place && 'start' in a.place ? (a.place.start.offset ?? 0) : 0) - (b.place && 'start' in b.place ? (b.place.start.offset ?? 0) : 0),
  );
}

function sentenceUnits(doc: SegmentedDocument): Array<[Unit, string]> {
  return doc.units.flatMap((u) => u.sentences.map((s): [Unit, string] => [u, s.id]));
}
