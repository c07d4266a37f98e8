/**
 * Reads the scraped RIAC page (the seed of the English edition) into
 * body blocks, figures, notes and the poll, and splits text into sentences.
 * Only the seed (plain text) is handled with string patterns here; the
 * Markdown edition is read through its mdast tree (see english-edition-markdown.ts).
 */

/** A scrape typo fixed in the edition: `from` in the seed reads `to` in the Markdown. */
export type TypoFix = { from: string; to: string; why: string };

/** The typo fixes applied to the seed before comparison; each is listed in docs/english-edition.md. */
export const TYPO_FIXES: readonly TypoFix[] = [
  { from: '$150million', to: '$150 million', why: 'missing space between number and unit' },
  { from: 'in Moscow in 1933. W. Bullitt', to: 'in Moscow in 1933, W. Bullitt', why: 'full stop for comma splits the sentence' },
  { from: 'VKP (b)', to: 'VKP(b)', why: 'stray space in the abbreviation' },
  { from: '1929-1933. – m., 2009.', to: '1929-1933. – M., 2009.', why: 'lower-case `m.` for M. (Moscow), note 4' },
  { from: 'Op.Cit., Page 213', to: 'Op.cit., Page 213', why: 'capital C; the other notes write Op.cit., note 14' },
  { from: '1918-1945. M. 1985.', to: '1918-1945. M., 1985.', why: 'missing comma after M. (Moscow), note 2' },
  { from: 'PP. 26;28.', to: 'PP. 26, 28.', why: 'semicolon for comma between page numbers, note 13' },
];

/** Web chrome of the RIAC page that must not reach the edition. */
export const CHROME: readonly string[] = [
  'Rate this article',
  '(no votes)',
  '(0 votes)',
  'Share this article',
  'Poll conducted',
  'For business',
  'For researchers',
  'For students',
];

/** Captions in the seed that have no "Photo: …" credit line. */
export const CAPTIONS_WITHOUT_CREDIT: readonly string[] = [
  'Soviet Envoy Maxim Litvinov Talks With Roosevelt, 1933',
];

/** A figure of the seed: caption and credit (`null` when the page gives none). */
export type SeedFigure = { caption: string; credit: string | null };

/** A poll as the front matter holds it. */
export type SeedPoll = { question: string; options: Array<{ text: string; votes: number }> };

/** The parts of the seed page. */
export type Seed = {
  author: string;
  authorTitle: string;
  /** Text blocks of the article body (lede first), typo fixes applied. */
  blocks: string[];
  figures: SeedFigure[];
  /** Note number → note text, typo fixes applied. */
  notes: Map<string, string>;
  poll: SeedPoll;
};

/**
 * Unify whitespace and quotes so that layout differences do not count.
 * @example normalize('Russia’s  “goals”') // => `Russia's "goals"`
 */
export function normalize(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u00AB\u00BB]/g, '"')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/**
 * Apply every typo fix of `fixes` to `text`.
 * @example applyFixes('$150million', TYPO_FIXES) // => '$150 million'
 */
export function applyFixes(text: string, fixes: readonly TypoFix[]): string {
  let result = text;
  for (const fix of fixes) result = result.split(fix.from).join(fix.to);
  return result;
}

/**
 * Split the seed page into its parts.
 * @example parseSeed(readFileSync(seedPath, 'utf8')).notes.size // => 15
 */
export function parseSeed(raw: string, fixes: readonly TypoFix[] = TYPO_FIXES): Seed {
  const blocks = applyFixes(raw, fixes)
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
  const authorAt = blocks.findIndex((lines) => lines.includes('Share this article'));
  const authorBlock = blocks[authorAt];
  const titleBlock = blocks[authorAt + 1];
  if (!authorBlock || !titleBlock) throw new Error('Expected an author line in the seed');
  const author = authorBlock.at(-1) ?? '';
  const authorTitle = titleBlock.join(' ');
  const bodyBlocks: string[] = [];
  const figures: SeedFigure[] = [];
  const notes = new Map<string, string>();
  let index = authorAt + 2;
  for (; index < blocks.length; index++) {
    const lines = blocks[index] ?? [];
    const first = lines[0] ?? '';
    if (first === 'Rate this article') break;
    const note = /^(\d+)\. (.*)$/s.exec(lines.join(' '));
    if (note?.[1] && note[2]) {
      notes.set(note[1], normalize(note[2]));
      continue;
    }
    if (first.startsWith('Photo: ')) {
      figures.push({ credit: first.slice('Photo: '.length), caption: normalize(lines.slice(1).join(' ')) });
      continue;
    }
    const text = normalize(lines.join(' '));
    if (CAPTIONS_WITHOUT_CREDIT.includes(text)) figures.push({ caption: text, credit: null });
    else bodyBlocks.push(text);
  }
  return { author, authorTitle, blocks: bodyBlocks, figures, notes, poll: parsePoll(blocks.slice(index)) };
}

function parsePoll(blocks: string[][]): SeedPoll {
  const lines = blocks.flat();
  const start = lines.indexOf('Poll conducted');
  const question = /^\d+\. (.*)$/.exec(lines[start + 1] ?? '')?.[1];
  if (start < 0 || !question) throw new Error('Expected a poll after `Poll conducted` in the seed');
  const options: SeedPoll['options'] = [];
  for (let at = start + 2; at + 1 < lines.length; at += 2) {
    const votes = /^(\d+) \(\d+%\)$/.exec(lines[at + 1] ?? '')?.[1];
    if (!votes) break;
    options.push({ text: normalize(lines[at] ?? ''), votes: Number(votes) });
  }
  return { question: normalize(question), options };
}

/** Segment endings where Intl.Segmenter breaks wrongly: initials, U.S., Op.cit., Jr., list numbers. */
const FALSE_BREAK = [/(?:^|[\s(])(?:[A-Z]\.)+$/, /\bOp\.cit\.$/i, /\bJr\.$/, /(?:^|\s)\d\.$/];

/**
 * Split text into sentences with Intl.Segmenter, merging its known false breaks.
 * @example sentences('M.M. Litvinov came. He spoke.') // => ['M.M. Litvinov came.', 'He spoke.']
 */
export function sentences(text: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const result: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    const trimmed = pending.trim();
    if (FALSE_BREAK.some((pattern) => pattern.test(trimmed))) continue;
    if (trimmed) result.push(trimmed);
    pending = '';
  }
  if (pending.trim()) result.push(pending.trim());
  return result;
}
