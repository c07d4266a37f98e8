import fc from 'fast-check';

const word = fc.constantFrom(
  'alpha',
  'beta',
  'Gamma',
  'delta',
  'ёлка',
  'Литвинов',
  'U.S.',
  '1933',
  '4%',
  '$150',
  'a_b',
  'x*y',
  'C#',
  '&amp;',
  'M.M.',
  'end.',
  'why?',
  '{x}',
  '«q»',
);
const words = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));

const inline = fc.oneof(
  { weight: 4, arbitrary: words },
  { weight: 1, arbitrary: words.map((w) => `*${w}*`) },
  { weight: 1, arbitrary: words.map((w) => `**${w}**`) },
  { weight: 1, arbitrary: words.map((w) => `[${w}](https://example.org/${w.length} "t")`) },
  { weight: 1, arbitrary: words.map((w) => `\`${w}\``) },
  { weight: 1, arbitrary: fc.constantFrom('[^1]', '[^n2]') },
  { weight: 1, arbitrary: fc.constantFrom('<kbd>K</kbd>', '<br>', '~~gone~~', 'https://example.com/a_b', '![pic](p.png)') },
);
const line = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n'));

const block: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([d, t]) => `${'#'.repeat(d)} ${t}`) },
  { weight: 1, arbitrary: fc.array(line, { minLength: 1, maxLength: 4 }).map((items) => items.map((t) => `- ${t}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(line, line).map(([a, b]) => `1. ${a}\n   - ${b}\n   - nested ${a}\n2. ${b}`) },
  { weight: 1, arbitrary: fc.tuple(words, words, words).map(([a, b, c]) => `| ${a} | ${b} |\n| --- | :-: |\n| ${c} | \`x|y\` |`) },
  { weight: 1, arbitrary: words.map((w) => `\`\`\`js\nconst x = "${w}";\n\`\`\``) },
  { weight: 1, arbitrary: words.map((w) => `<div class="note">\n${w}\n</div>`) },
  { weight: 1, arbitrary: paragraph.map((p) => `> ${p.replace(/\n/g, '\n> ')}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('1', 'n2'), paragraph).map(([l, p]) => `[^${l}]: ${p.replace(/\n/g, '\n    ')}`) },
  { weight: 1, arbitrary: fc.tuple(words, words).map(([a, b]) => `![${a}](images/x.jpg "${b}")`) },
);

/** Arbitrary Markdown documents: front matter, nested lists, tables, footnotes, code, HTML. */
export const markdownDocument: fc.Arbitrary<string> = fc
  .tuple(fc.option(words, { nil: undefined }), fc.array(block, { minLength: 1, maxLength: 10 }))
  .map(([title, blocks]) => `${title === undefined ? '' : `---\ntitle: "${title.replace(/"/g, '')}"\ndate: 2013-11-16\n---\n\n`}${blocks.join('\n\n')}\n`);

/** Arbitrary replacement text for a unit: words and Markdown-significant characters. */
export const replacementText: fc.Arbitrary<string> = fc
  .array(fc.oneof(word, fc.constantFrom('*', '_', '[', ']', '#', '`', '<', '>', '|', '\\', '&', '!', '-', '+', '1.', ' ', '«', '»')), {
    minLength: 1,
    maxLength: 12,
  })
  .map((parts) => parts.join(' ').trim())
  .filter((t) => /[\p{L}\p{N}]/u.test(t));
