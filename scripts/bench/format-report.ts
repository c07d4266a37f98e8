import { readFileSync, writeFileSync } from 'node:fs';
import type { Summary } from './stats.js';

/** One line of the results table; no summary means "not measured" (the note says why). */
export interface Row {
  workload: string;
  tool: string;
  input: string;
  /** Input size in MB, for MB/s. */
  mb?: number;
  summary?: Summary | undefined;
  note?: string;
}

/** One target: a ratio from this run against its limit. */
export interface Target {
  name: string;
  /** The ratio, undefined when a side was not measured. */
  ratio: number | undefined;
  /** Human form of the limit, e.g. `≤ 1.0`. */
  limit: string;
  met: boolean | undefined;
  how: string;
}

const fmt = (n: number, digits = 2): string => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(digits));

/**
 * The results as a Markdown table.
 *
 * @example formatRows([{ workload: 'segment', tool: 'diglot', input: '10 MB' }])
 */
export function formatRows(rows: readonly Row[]): string {
  const lines = ['| Workload | Tool | Input | Median s | CPU s | MB/s | Peak RSS MB | Notes |', '|---|---|---|--:|--:|--:|--:|---|'];
  for (const r of rows) {
    const s = r.summary;
    if (!s) {
      lines.push(`| ${r.workload} | ${r.tool} | ${r.input} | — | — | — | — | not measured: ${r.note ?? ''} |`);
      continue;
    }
    const mbs = r.mb !== undefined && s.seconds > 0 ? fmt(r.mb / s.seconds) : '';
    lines.push(
      `| ${r.workload} | ${r.tool} | ${r.input} | ${fmt(s.seconds, 3)} | ${s.cpu === undefined ? '' : fmt(s.cpu)} | ${mbs} | ${Math.round(s.rssMB)} | ${r.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}

/**
 * The targets as a Markdown table.
 *
 * @example formatTargets([{ name: 'x', ratio: 0.5, limit: '≤ 1.0', met: true, how: 'a / b' }])
 */
export function formatTargets(targets: readonly Target[]): string {
  const lines = ['| Target | Ratio (this run) | Limit | Met | How |', '|---|--:|---|---|---|'];
  for (const t of targets) {
    // A ratio without a limit to meet is reported as measured.
    const met = t.met === undefined ? (t.ratio === undefined ? 'not measured' : '—') : t.met ? 'yes' : '**no**';
    lines.push(`| ${t.name} | ${t.ratio === undefined ? '—' : `${fmt(t.ratio)}×`} | ${t.limit} | ${met} | ${t.how} |`);
  }
  return lines.join('\n');
}

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

/**
 * Replace the text between the bench markers of a README (adding a `## Performance` section
 * with the markers at the end when they are absent); the rest of the file is untouched.
 *
 * @param readme path of README.md
 * @param block the new text between the markers
 * @example writeReadmeBlock('README.md', '| a | b |')
 */
export function writeReadmeBlock(readme: string, block: string): void {
  let text = readFileSync(readme, 'utf8');
  if (!text.includes(START) || !text.includes(END)) {
    text = `${text.replace(/\n*$/, '\n')}\n## Performance\n\n${START}\n${END}\n`;
  }
  const from = text.indexOf(START) + START.length;
  const to = text.indexOf(END);
  writeFileSync(readme, `${text.slice(0, from)}\n${block.trim()}\n${text.slice(to)}`);
}
