import { readFileSync } from 'node:fs';

/** One example of a Markdown specification: its number in the file and its Markdown input. */
export interface SpecExample {
  number: number;
  line: number;
  markdown: string;
}

const FENCE = '`'.repeat(32);

/**
 * The examples of a CommonMark/GFM spec file (`/work/shared/specs`): the Markdown between a
 * line of 32 backticks followed by ` example` and the line holding a single `.`; `→` is a tab.
 */
export function specExamples(file: string): SpecExample[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const examples: SpecExample[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith(`${FENCE} example`)) continue;
    const start = i + 1;
    let j = start;
    while (j < lines.length && lines[j] !== '.') j++;
    const markdown = lines
      .slice(start, j)
      .map((l) => `${l}\n`)
      .join('')
      .replaceAll('→', '\t');
    // A document opening with `---` is read as YAML front matter here; a blank line first keeps its CommonMark meaning.
    examples.push({ number: examples.length + 1, line: start + 1, markdown: markdown.startsWith('---') ? `\n${markdown}` : markdown });
    while (j < lines.length && lines[j] !== FENCE) j++;
    i = j;
  }
  return examples;
}
