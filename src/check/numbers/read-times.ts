import type { Quantity } from './extract-quantities.js';
import type { Token } from './tokenize.js';

/** Words after a time that make a bare or dotted number a time of day. */
const ZONES = /^(gmt|utc|mez|cet|uhr|h)$/i;
/** Hour words after the hour (`22 h 08`, `10 heures`, `10 Uhr 30`). */
const HOURS = /^(h|heures?|uhr)$/i;

/**
 * Times of day, as 24-hour values: `10:08 p.m.` and `22:08` give `time:22:08`; `12.00 GMT`,
 * `1200 GMT`, `12:00` and `12 h` give `time:12:00`; `10:00-11:00 pm` is 22:00 and 23:00. Read tokens
 * are marked used, so their digits are not numbers. `4:41:30` (a duration) is not a time.
 *
 * @param tokens tokens from tokenize.ts (marked `used` when read)
 * @returns the times, in text order
 * @example readTimes(tokenize('at 10:08 p.m.', data)).map((q) => q.key) // ['time:22:08']
 */
export function readTimes(tokens: readonly Token[]): Quantity[] {
  const found: Array<{ first: number; last: number; hour: number; minute: number; period: 'am' | 'pm' | undefined }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const time = timeAt(tokens, i);
    if (!time) continue;
    found.push({ first: i, ...time });
    i = time.last;
  }
  for (let k = found.length - 2; k >= 0; k--) {
    const [a, b] = [found[k], found[k + 1]] as const;
    // `10:00-11:00 pm`: the period of a range's end applies to its start.
    if (a && b && !a.period && b.period && b.first === a.last + 2 && /^[-–—]$/.test(tokens[a.last + 1]?.text ?? '')) a.period = b.period;
  }
  return found.map((t) => {
    for (let k = t.first; k <= t.last; k++) (tokens[k] as Token).used = true;
    const hour = t.period === 'pm' && t.hour < 12 ? t.hour + 12 : t.period === 'am' && t.hour === 12 ? 0 : t.hour;
    const key = `time:${String(hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
    return { kind: 'time', key, start: (tokens[t.first] as Token).start, end: (tokens[t.last] as Token).end };
  });
}

function timeAt(tokens: readonly Token[], i: number): { last: number; hour: number; minute: number; period: 'am' | 'pm' | undefined } | undefined {
  const token = tokens[i] as Token;
  if (token.type !== 'num' || token.used || token.spelled) return undefined;
  const glued = (k: number) => tokens[k]?.start === tokens[k - 1]?.end;
  let hour: number;
  let minute: number;
  let last = i;
  let marked = false;
  if (/^\d{1,2}$/.test(token.text) && tokens[i + 1]?.text === ':' && /^\d{2}$/.test(tokens[i + 2]?.text ?? '') && glued(i + 1) && glued(i + 2)) {
    if (tokens[i + 3]?.text === ':' && glued(i + 3)) return undefined;
    [hour, minute, last] = [token.value as number, tokens[i + 2]?.value as number, i + 2];
    marked = true;
  } else if (/^\d{1,2}$/.test(token.text) && HOURS.test(tokens[i + 1]?.text ?? '')) {
    const minutes = tokens[i + 2];
    const withMinutes = minutes?.type === 'num' && /^\d{2}$/.test(minutes.text);
    [hour, minute, last] = [token.value as number, withMinutes ? (minutes.value as number) : 0, withMinutes ? i + 2 : i + 1];
    marked = true;
  } else if (/^\d{1,2}[.,]\d{2}$/.test(token.text) || /^\d{4}$/.test(token.text)) {
    const digits = token.text.replace(/\D/g, '');
    [hour, minute] = [Number(digits.slice(0, -2)), Number(digits.slice(-2))];
  } else if (/^\d{1,2}$/.test(token.text)) [hour, minute] = [token.value as number, 0];
  else return undefined;
  if (hour > 24 || minute > 59) return undefined;
  const period = periodAt(tokens, last + 1);
  if (period) return { last: period.last, hour, minute, period: period.period };
  if (ZONES.test(tokens[last + 1]?.text ?? '') && (marked || /^\d{1,2}[.,]\d{2}$|^\d{4}$/.test(token.text))) return { last, hour, minute, period: undefined };
  return marked ? { last, hour, minute, period: undefined } : undefined;
}

/** Words for the morning and the evening after a time (`8:30 вечера`, `10 ранку`, `6 h 30 du matin`). */
const MORNING = /^(утра|ранку|зранку|rano|morgens|matin)$/;
const EVENING = /^(вечера|вечора|wieczorem|abends|soir)$/;

/** `am`, `pm`, `a.m.`, `p.m.` or a word for the morning or the evening after a time. */
function periodAt(tokens: readonly Token[], k: number): { last: number; period: 'am' | 'pm' } | undefined {
  const skip = /^(du|de)$/i.test(tokens[k]?.text ?? '') ? 1 : 0;
  const said = tokens[k + skip]?.text.toLowerCase() ?? '';
  if (MORNING.test(said)) return { last: k + skip, period: 'am' };
  if (EVENING.test(said)) return { last: k + skip, period: 'pm' };
  const word = tokens[k]?.text.toLowerCase();
  if (word === 'am' || word === 'pm') return { last: k, period: word };
  if ((word === 'a' || word === 'p') && tokens[k + 1]?.text === '.' && tokens[k + 2]?.text.toLowerCase() === 'm') {
    return { last: tokens[k + 3]?.text === '.' ? k + 3 : k + 2, period: word === 'a' ? 'am' : 'pm' };
  }
  return undefined;
}
