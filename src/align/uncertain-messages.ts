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
 * @param source the English document
 * @param target the Russian document
 * @param alignment its alignment
 * @param threshold minimum trusted score (default 0.5)
 * @returns messages in document order
 * @example uncertainMessages(en, ru, alignment, 0.5).map(String)
 */
export function uncertainMessages(source: SegmentedDocument, target: SegmentedDocument, alignment: Alignment, threshold = 0.5): VFileMessage[] {
  const messages: VFileMessage[] = [];
  const sourceSentenceUnit = sentenceUnits(source);
  const targetSentenceUnit = sentenceUnits(target);
  const report = (what: string, sourceUnits: Unit[], targetUnits: Unit[], sourceIds: string[], targetIds: string[], score: number): void => {
    const first = targetUnits[0];
    const last = targetUnits[targetUnits.length - 1];
    const sourceFirst = sourceUnits[0];
    if (!first || !last || !sourceFirst) return;
    const cause = new VFileMessage(`English ${what} \`${sourceIds.join('+')}\``, {
      place: { start: sourceFirst.start, end: (sourceUnits[sourceUnits.length - 1] as Unit).end },
    });
    cause.file = source.file;
    const message = new VFileMessage(
      `Unexpected alignment confidence \`${score.toFixed(2)}\` for ${what} \`${sourceIds.join('+')}\` ↔ \`${targetIds.join('+')}\`, expected at least \`${threshold}\`: check the pairing`,
      { place: { start: first.start, end: last.end }, ruleId: ALIGNMENT_UNCERTAIN, source: 'diglot', cause },
    );
    message.file = target.file;
    message.fatal = false;
    message.actual = score.toFixed(2);
    message.expected = [`≥ ${threshold}`];
    messages.push(message);
  };
  for (const bead of alignment.blocks) {
    if (bead.source.length === 0 || bead.target.length === 0 || bead.score >= threshold) continue;
    const e = bead.source.map((i) => source.units[i] as Unit);
    const r = bead.target.map((j) => target.units[j] as Unit);
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
    const e = bead.source.map((i) => sourceSentenceUnit[i] as [Unit, string]);
    const r = bead.target.map((j) => targetSentenceUnit[j] as [Unit, string]);
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
