/** Longest word suggestions are made for (longer ones are rarely misspellings: codes, run-together text). */
const MAX_LENGTH = 40;

/**
 * The closest accepted words to a misspelling: every spelling one edit away (Damerau:
 * a letter deleted, inserted or replaced from the language's alphabet, or two neighbours
 * swapped) that the dictionary accepts, those differing only in diacritics first (`rzadu` →
 * `rządu`), then two letters swapped, then by shared letter pairs with the written word,
 * in the written word's case. Bounded: about 2·33·n candidates for an n-letter word, no
 * second edit, so a word of ten letters costs a few milliseconds.
 *
 * @param word the misspelt word
 * @param alphabet the language's letters (lower case), e.g. the affix file's TRY line
 * @param accepts the dictionary's check of a lower-case candidate
 * @param max how many to return
 * @example suggestWords('нотми', 'нотаим…', (w) => ru.correct(w), 3) // ['нотами', …]
 */
export function suggestWords(word: string, alphabet: string, accepts: (candidate: string) => boolean, max = 3): string[] {
  if (word.length > MAX_LENGTH || max <= 0) return [];
  const lower = word.toLowerCase();
  const letters = [...lower];
  const abc = [...alphabet];
  const found = new Set<string>();
  const consider = (chars: string[]): void => {
    const candidate = chars.join('');
    if (candidate === '' || candidate === lower || found.has(candidate)) return;
    if (accepts(candidate)) found.add(candidate);
  };
  for (let i = 0; i < letters.length - 1; i++) {
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [swapped[i + 1] as string, swapped[i] as string];
    consider(swapped);
  }
  for (let i = 0; i < letters.length; i++) {
    consider([...letters.slice(0, i), ...letters.slice(i + 1)]);
    for (const c of abc) if (c !== letters[i]) consider([...letters.slice(0, i), c, ...letters.slice(i + 1)]);
  }
  for (let i = 0; i <= letters.length; i++) for (const c of abc) consider([...letters.slice(0, i), c, ...letters.slice(i)]);
  return [...found]
    .map((candidate) => ({
      candidate,
      score: bigramDice(lower, candidate) + (bare(candidate) === bare(lower) ? 1 : 0) + (sameLetters(candidate, lower) ? 0.5 : 0),
    }))
    .sort((a, b) => b.score - a.score || a.candidate.localeCompare(b.candidate))
    .slice(0, max)
    .map(({ candidate }) => restoreCase(word, candidate));
}

/** The letters without diacritics: a candidate that differs only in them (`rzadu` → `rządu`) ranks first. */
function bare(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/ё/g, 'е');
}

/** Whether two spellings hold the same letters (two swapped: `уярду` → `уряду`). */
function sameLetters(a: string, b: string): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/** Give a lower-case candidate the written word's capitals (initial capital, or all capitals). */
function restoreCase(written: string, candidate: string): string {
  if (written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase()) return candidate.toUpperCase();
  const first = written.charAt(0);
  if (first !== first.toLowerCase()) return candidate.charAt(0).toUpperCase() + candidate.slice(1);
  return candidate;
}

function bigramDice(a: string, b: string): number {
  const grams = (s: string): string[] => {
    const padded = ` ${s} `;
    const out: string[] = [];
    for (let i = 0; i < padded.length - 1; i++) out.push(padded.slice(i, i + 2));
    return out;
  };
  const left = grams(a);
  const right = new Map<string, number>();
  for (const g of grams(b)) right.set(g, (right.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of left) {
    const n = right.get(g) ?? 0;
    if (n > 0) {
      shared++;
      right.set(g, n - 1);
    }
  }
  return (2 * shared) / (left.length + grams(b).length);
}
