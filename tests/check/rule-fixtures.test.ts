import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../src/rules/all-rules.js';
import type { RuleId } from '../../src/check/types.js';
import { checkFolder, fixtureTerms, fixturesRoot, formatMessages, only } from './fixture-helpers.js';

// One runner for tests/fixtures/rules/<rule-id>/{ok,not-ok}/{en.md,ru.md,messages.txt}.
// UPDATE_FIXTURES=1 rewrites messages.txt (review the diff: the files are the rules' documentation).
const root = `${fixturesRoot}rules`;
const ruleIds = readdirSync(root).sort() as RuleId[];

describe('rule fixtures', () => {
  it('every rule has a fixture folder, and every folder names a rule', () => {
    expect(ruleIds).toEqual(allRules.map((r) => r.id).sort());
  });

  for (const id of ruleIds) {
    describe(id, () => {
      it('ok: no message', async () => {
        const file = checkFolder(`${root}/${id}/ok`, only(id), await fixtureTerms());
        expect(formatMessages(file)).toBe('');
      });

      it('not-ok: the messages of messages.txt, all from this rule', async () => {
        const dir = `${root}/${id}/not-ok`;
        const actual = formatMessages(checkFolder(dir, only(id), await fixtureTerms()));
        if (process.env['UPDATE_FIXTURES']) writeFileSync(`${dir}/messages.txt`, actual);
        expect(existsSync(`${dir}/messages.txt`)).toBe(true);
        const expected = readFileSync(`${dir}/messages.txt`, 'utf8');
        expect(expected.trim()).not.toBe('');
        expect(actual).toBe(expected);
        for (const line of actual.trim().split('\n')) expect(line).toContain(`: ${id}: `);
      });

      it('not-ok: nothing without the rule', async () => {
        const file = checkFolder(`${root}/${id}/not-ok`, only(), await fixtureTerms());
        expect(file.messages).toEqual([]);
      });
    });
  }
});
