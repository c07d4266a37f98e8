import { describe, expect, it } from 'vitest';
import { expectOneOf } from '../../src/cli/expect-one-of.js';
import { UsageError } from '../../src/errors.js';
import { runCli } from '../support/run-cli.js';

describe('option values', () => {
  it('are accepted from the list and refused with the list otherwise', () => {
    expect(expectOneOf('format', 'json', ['json', 'text'])).toBe('json');
    expect(() => expectOneOf('format', 'xml', ['json', 'text', 'sarif'])).toThrowError(
      new UsageError('Unexpected format `xml`, expected `json`, `text` or `sarif`'),
    );
    expect(() => expectOneOf('state', undefined, ['all'])).toThrowError('Unexpected state nothing, expected `all`');
  });

  it.each([
    [['check', '--format', 'xml'], 'Unexpected format `xml`, expected `text`, `json`, `sarif`, `github` or `gitlab`'],
    [['check', '--report-lang', 'de'], 'Unexpected report language `de`, expected `en` or `ru`'],
    [['diff', '--format', 'pdf'], 'Unexpected format `pdf`, expected `text`, `markdown`, `html`, `json` or `pr`'],
    [['export', 'x.md', '--format', 'csv'], 'Unexpected format `csv`, expected `xliff2`, `xliff12`, `po` or `tmx`'],
    [['export', 'x.md', '--state', 'new'], 'Unexpected state `new`, expected `untranslated`, `stale` or `all`'],
    [['update', '--format', 'xml'], 'Unexpected format `xml`, expected `text` or `json`'],
  ])('diglot %j exits 2 naming the accepted values', async (args, message) => {
    const { code, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
