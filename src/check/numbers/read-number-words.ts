import { normalizeWord, type NumberWord, type NumberWords } from '../../language/number-words.js';
import type { Token } from './tokenize.js';

/** A number word read at a token: its value, and the tokens it spans (`п'ять`, `dix-sept`). */
interface Reading extends NumberWord {
  /** Index of the token after it. */
  next: number;
  /** A number glued to a following word (`четырёхмесячные`, `vierjährige`): it ends a number. */
  compound: boolean;
  /** An article that is a number only inside a longer one (`un`, `ein`). */
  article: boolean;
}

interface Sum {
  total: number;
  current: number;
}

/**
 * Replace the number words of a token list (`three`, `двадцать первого`, `twelve-factor`,
 * `quatre-vingt-dix`, `einundzwanzig`, `п'ятьох`, `четырёхмесячные`) by number tokens marked
 * `spelled`, so that scale and percent words after them are read as after digits.
 *
 * @param tokens tokens from tokenize.ts
 * @param words the language's number words (src/language/number-words.ts)
 * @param isScale whether a word is a scale word (`million`), which makes an article a number (`un million`)
 * @returns a new token list
 * @example readNumberWords(tokenize('twenty-one', data), numberWordsOf('en')!, () => false)[0]?.value // 21
 */
export function readNumberWords(tokens: readonly Token[], words: NumberWords, isScale: (word: string) => boolean): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = readAt(tokens, i, words);
    if (!first) {
      out.push(tokens[i] as Token);
      continue;
    }
    const sum: Sum = { total: 0, current: first.value };
    let last = first;
    let parts = 1;
    while (!last.ordinal && !last.compound) {
      let j = last.next;
      const joiner = tokens[j];
      if (
        joiner &&
        ((joiner.text === '-' && joiner.start === tokens[j - 1]?.end) || (joiner.type === 'word' && words.connectors.has(normalizeWord(joiner.text))))
      )
        j++;
      const reading = readAt(tokens, j, words);
      if (!reading || !join(sum, reading.value, joiner !== tokens[j], words)) break;
      last = reading;
      parts++;
    }
    const after = tokens[last.next];
    if (parts === 1 && first.article && !(after?.type === 'word' && isScale(after.text.toLowerCase()))) {
      out.push(tokens[i] as Token);
      continue;
    }
    const start = (tokens[i] as Token).start;
    const end = (tokens[last.next - 1] as Token).end;
    out.push({
      type: 'num',
      start,
      end,
      text: tokens
        .slice(i, last.next)
        .map((t) => t.text)
        .join(''),
      value: sum.total + sum.current,
      spelled: true,
    });
    i = last.next - 1;
  }
  return out;
}

/** Add one part to a number being read, when it continues it; false when it starts another. */
function join(sum: Sum, value: number, joined: boolean, words: NumberWords): boolean {
  const { total, current } = sum;
  if (value === 100 && current >= 1 && current <= 9) {
    sum.current = current * 100;
    return true;
  }
  if (value === 1000 && total === 0 && current >= 1 && current < 1000) {
    sum.total = current * 1000;
    sum.current = 0;
    return true;
  }
  if (value >= 1000) return false;
  const last = current % 100;
  const fits =
    (current === 0 && total > 0) ||
    (current > 0 && last === 0 && value < 100) ||
    (last >= 20 && last % 10 === 0 && value < 10 && value > 0) ||
    (words.tensTakingTeens.includes(last) && value >= 10 && value < 20) ||
    (words.unitBeforeTens && joined && last > 0 && last < 10 && value >= 20 && value < 100 && value % 10 === 0);
  if (fits) sum.current = current + value;
  return fits;
}

/** The number word at a token, if any: one word, an apostrophe or hyphen compound, a glued number. */
function readAt(tokens: readonly Token[], i: number, words: NumberWords): Reading | undefined {
  const token = tokens[i];
  if (token?.type !== 'word') return undefined;
  // The longest run of words joined by adjacent `-` or apostrophes that is a number word.
  let text = token.text;
  let k = i + 1;
  const runs: Array<{ text: string; next: number }> = [{ text, next: k }];
  while (runs.length < 4) {
    const sign = tokens[k];
    const word = tokens[k + 1];
    if (!sign || !word || word.type !== 'word' || sign.start !== tokens[k - 1]?.end || word.start !== sign.end || !/^['’ʼ-]$/.test(sign.text)) break;
    text += sign.text + word.text;
    k += 2;
    runs.push({ text, next: k });
  }
  for (const run of [...runs].reverse()) {
    const key = normalizeWord(run.text);
    const hit = words.words.get(key);
    if (hit) return { ...hit, next: run.next, compound: false, article: words.notAlone.has(key) };
  }
  // One word (its apostrophes kept) that is glued or begins a compound.
  const word = runs.filter((run) => !run.text.includes('-')).at(-1) as { text: string; next: number };
  const key = normalizeWord(word.text);
  if (words.glued) {
    const glued = readGlued(key, words);
    if (glued) return { ...glued, next: word.next, article: false };
  }
  for (const [prefix, value] of words.prefixes) {
    if (key.startsWith(prefix) && /^\p{L}{4}/u.test(key.slice(prefix.length)))
      return { value, ordinal: false, compound: true, next: word.next, article: false };
  }
  return undefined;
}

/** A number written as one word of number parts (`einundzwanzig`, `dreihundertste`), maybe glued to a word of three letters or more (`vierjährige`, `achtmal`). */
function readGlued(word: string, words: NumberWords): (NumberWord & { compound: boolean }) | undefined {
  for (let cut = word.length; cut > 0; cut--) {
    const rest = word.length - cut;
    if (rest > 0 && rest < 3) continue;
    const parts = splitParts(word.slice(0, cut), words);
    if (!parts || (parts.length < 2 && rest === 0)) continue;
    const first = parts[0] as NumberWord | 'connector';
    if (first === 'connector' || (parts.length === 1 && words.notAlone.has(word.slice(0, cut)))) continue;
    const sum: Sum = { total: 0, current: first.value };
    let joined = false;
    let ok = true;
    for (const part of parts.slice(1)) {
      if (part === 'connector') joined = true;
      else if (join(sum, part.value, joined, words)) joined = false;
      else ok = false;
    }
    if (ok && !joined) return { value: sum.total + sum.current, ordinal: (parts.at(-1) as NumberWord).ordinal, compound: rest > 0 };
  }
  return undefined;
}

/** Split a word into number words and connectors (dynamic programming, fewest parts). */
function splitParts(word: string, words: NumberWords): Array<NumberWord | 'connector'> | undefined {
  const best: Array<Array<NumberWord | 'connector'> | undefined> = [[]];
  for (let end = 1; end <= word.length; end++) {
    for (let start = 0; start < end; start++) {
      const before = best[start];
      if (!before) continue;
      const piece = word.slice(start, end);
      const hit: NumberWord | 'connector' | undefined = words.connectors.has(piece) ? 'connector' : words.words.get(piece);
      if (hit && (!best[end] || (best[end] as unknown[]).length > before.length + 1)) best[end] = [...before, hit];
    }
  }
  return best[word.length];
}
