import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, workflowCommand } from '../../src/report/workflow-command.js';
import { ciRepository, runCheck } from './ci-project.js';

const recorded = readFileSync(new URL('./fixtures/ci-project.github.txt', import.meta.url), 'utf8');

/** The runner's reading of a workflow command (actions/runner ActionCommand.cs): split, then unescape. */
function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } | undefined {
  const match = /^::([a-z]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) return undefined;
  const unescape = (s: string, property: boolean) => {
    let out = s.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
    if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
    return out.replace(/%25/g, '%');
  };
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const at = pair.indexOf('=');
    properties[pair.slice(0, at)] = unescape(pair.slice(at + 1), true);
  }
  return { command: match[1] as string, properties, data: unescape(match[3] as string, false) };
}

describe('workflow-command escaping (as @actions/core command.ts)', () => {
  it('escapes %, CR and LF in data, and also : and , in property values', () => {
    expect(escapeData('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext: a, b');
    expect(escapeProperty('50% done\r\nnext: a, b')).toBe('50%25 done%0D%0Anext%3A a%2C b');
    // `%` first: an escape already in the text is not read back as an escape.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('writes properties in the toolkit order and leaves out empty ones', () => {
    expect(workflowCommand('warning', { endColumn: 4, col: 2, title: 'a:b', line: 3, file: 'x,y.md', endLine: undefined }, 'm')).toBe(
      '::warning title=a%3Ab,file=x%2Cy.md,line=3,col=2,endColumn=4::m',
    );
    expect(workflowCommand('notice', {}, 'plain')).toBe('::notice::plain');
  });
});

describe('diglot check --format github', () => {
  it('prints the recorded annotations of the fixture project', async () => {
    const { site } = ciRepository();
    const r = await runCheck(site, '--format', 'github');
    expect(r.code).toBe(1);
    expect(r.out).toBe(recorded);
  });

  it('reads back as the runner reads it: paths relative to the repository root, messages and titles intact', async () => {
    const { root, site } = ciRepository();
    const lines = (await runCheck(site, '--format', 'github')).out.trimEnd().split('\n');
    const commands = lines.map(parseCommand);
    // Every line but the closing summary is a workflow command.
    expect(commands.slice(0, -1).every(Boolean)).toBe(true);
    expect(lines.at(-1)).toBe('15 problems (3 at error level, 12 warnings)');
    const annotations = commands.filter((c) => c?.properties['file'] !== undefined);
    for (const a of annotations) {
      // The file exists at that path below the repository root.
      const path = a!.properties['file'] as string;
      expect(path.startsWith('site/content/ru/'), path).toBe(true);
      expect(readFileSync(join(root, path), 'utf8').length).toBeGreaterThan(0);
      expect(a!.properties['title']).toMatch(/^diglot: [a-z-]+ \(ru\)$/);
    }
    const odd = annotations.find((a) => a!.properties['file'] === 'site/content/ru/notes, part 1: 100%.md');
    expect(odd?.data).toBe(
      'Unexpected date `17 ноября`, expected `16 ноября` (English `16th of November`)\nEnglish: site/content/en/notes, part 1: 100%.md:3: On the 16th of November, 1933, the notes were exchanged.',
    );
    expect(annotations.some((a) => a!.data.includes('(87% Latin letters)'))).toBe(true);
  });

  it('puts errors before warnings, and says so when a level has more than GitHub shows', async () => {
    const { site } = ciRepository();
    const commands = (await runCheck(site, '--format', 'github')).out
      .trimEnd()
      .split('\n')
      .map(parseCommand)
      .filter((c) => c !== undefined);
    const levels = commands.filter((c) => c.properties['file']).map((c) => c.command);
    expect(levels).toEqual([...Array(3).fill('error'), ...Array(12).fill('warning')]);
    // The summary comes first, as a notice (its own budget of 10), so GitHub shows it.
    expect(commands[0]?.command).toBe('notice');
    expect(commands[0]?.data).toMatch(/^12 findings at level warning in all; GitHub shows only the first 10/);
    expect(commands.filter((c) => !c.properties['file'])).toHaveLength(1);
  });

  it('has no summary notice with 10 or fewer of each level, and one line when clean', async () => {
    const { site } = ciRepository();
    const few = await runCheck(site, '--format', 'github', 'content/ru/recognition.md');
    expect(few.out.split('\n').filter((l) => l.startsWith('::notice'))).toEqual([]);
    expect(few.out.split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(2);
    const clean = await runCheck(site, '--format', 'github', 'content/ru/exchange.md');
    expect(clean).toMatchObject({ code: 0, out: 'No problems found\n' });
  });

  it('in Russian with --report-lang ru', async () => {
    const { site } = ciRepository();
    const out = (await runCheck(site, '--format', 'github', '--report-lang', 'ru')).out;
    expect(out.split('\n')[0]).toMatch(/^::notice title=diglot::Всего находок уровня «предупреждение»: 12;/);
    expect(out).toContain('%0AАнглийский текст: site/content/en/recognition.md:3: ');
  });
});
