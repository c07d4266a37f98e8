/**
 * Whether a form's readings fit a slot: `gent sing`, or an accusative like the nominative or
 * like the genitive (`accs sing gent`: Polish `nowego studenta`, never `nowy studenta`; Ukrainian
 * `народного комісара`, never `народний комісара`). Shared by the Ukrainian table (agree-term.ts)
 * and the Polish/German/French ones (agree-phrase.ts).
 *
 * @example fitsSlot(['accs sing', 'gent sing'], 'accs sing gent') // true
 */
export function fitsSlot(readings: readonly string[], slot: string): boolean {
  const [c, n, like] = slot.split(' ');
  if (like === undefined) return readings.includes(slot);
  if (!readings.includes(`${c} ${n}`)) return false;
  const nominative = readings.includes(`nomn ${n}`);
  const genitive = readings.includes(`gent ${n}`);
  return (!nominative && !genitive) || readings.includes(`${like} ${n}`);
}
