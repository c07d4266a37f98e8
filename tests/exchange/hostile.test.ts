import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCHEMAS, hashDir, run, tempProject } from './exchange-helpers.js';

const EN = 'content/en/sample.md';
let dir: string;
let xlf: string;
let po: string;

beforeAll(async () => {
  dir = tempProject('exchange-basic');
  xlf = (await run(dir, 'export', EN)).stdout;
  po = (await run(dir, 'export', EN, '--format', 'po')).stdout;
  // A second English document, for "a file for another document".
  writeFileSync(join(dir, 'content/en/other.md'), '# Another article\n\nNothing in common with the sample.\n');
});

/** Import a hostile file: it must fail with exit 2 and the message, and leave every file untouched. */
async function refuse(name: string, text: string, message: RegExp, ...args: string[]): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, text);
  const before = hashDir(join(dir, 'content'));
  const result = await run(dir, 'import', path, '--schemas', SCHEMAS, ...args);
  expect(result.stderr).toMatch(message);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(hashDir(join(dir, 'content'))).toBe(before);
  return result.stderr;
}

describe('hostile imports are refused and write nothing', () => {
  it('XXE: an external entity', async () => {
    const evil = xlf
      .replace('<xliff ', '<!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<xliff ')
      .replace('Переговоры</target>', '&xxe;</target>');
    const err = await refuse('xxe.xlf', evil, /xxe\.xlf:2:\d+: Malformed XML: Unexpected external entity `xxe` \(SYSTEM\)/);
    expect(err).not.toContain('root:');
  });

  it('billion laughs: entity expansion beyond the bound', async () => {
    const levels = ['<!ENTITY lol "lol">'];
    for (let i = 1; i < 10; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i > 1 ? i - 1 : ''};`.repeat(10)}">`);
    const evil = xlf.replace('<xliff ', `<!DOCTYPE xliff [${levels.join('\n')}]>\n<xliff `).replace('Переговоры</target>', '&lol9;</target>');
    await refuse('laughs.xlf', evil, /laughs\.xlf:\d+:\d+: Malformed XML: Unexpected entity expansion beyond 100000 characters at `&lol\d*;`/);
  });

  it('a file for another document (IDs that do not belong)', async () => {
    const other = xlf.replace('original="content/en/sample.md"', 'original="content/en/other.md"');
    await refuse(
      'other.xlf',
      other,
      /Cannot import `other\.xlf`: none of its 8 units belongs to `content\/en\/other\.md`: it is a file for another document .*nothing was written/,
    );
  });

  it('a file named for one document imported into another', async () => {
    await refuse(
      'sample.po',
      po,
      /Cannot import `sample\.po` into `content\/en\/other\.md`: it is a file for `content\/en\/sample\.md`; nothing was written/,
      '--document',
      'content/en/other.md',
    );
  });

  it('a translator deleted the code of a link', async () => {
    const edited = po.replace('{2}Максим Литвинов{/2}', 'Максим Литвинов');
    expect(edited).not.toBe(po);
    await refuse(
      'nolink.po',
      edited,
      /nolink\.po:\d+: Cannot import unit `u-[0-9a-f]+`: Unexpected translation without code `\{2\}…\{\/2\}` \(link `https:\/\/ru\.wikipedia\.org/,
    );
  });

  it('a translator deleted a note reference in XLIFF', async () => {
    const edited = xlf.replace(/(<target>Переговоры вел .*?)<ph id="3" dataRef="d3" type="other" disp="1"\/>/, '$1');
    expect(edited).not.toBe(xlf);
    await refuse('nonote.xlf', edited, /Cannot import unit `u-[0-9a-f]+`: Unexpected translation without code `\{3\/\}` \(footnoteReference `1`\)/);
  });

  it('malformed XML, with line and column', async () => {
    const broken = xlf.replace('<target>Переговоры</target>', '<target>Переговоры</targt>');
    await refuse('broken.xlf', broken, /broken\.xlf:\d+:\d+: Malformed XML: Unexpected closing tag `<\/targt>`, expected `<\/target>`/);
  });

  it('XLIFF that fails the XSD, with the validator message and line', async () => {
    const bad = xlf.replace('state="translated"', 'state="approved"');
    await refuse('bad-state.xlf', bad, /bad-state\.xlf:5: Invalid XLIFF 2 \(core and module XSDs\): .*'approved'.*\(xmllint\)/);
  });

  it('a file over the size limit', async () => {
    await refuse('big.xlf', xlf, /big\.xlf: Unexpected file of \d+ bytes, expected at most 1000/, '--max-size', '1000');
  });

  it('a translation into another language', async () => {
    await refuse('de.xlf', xlf.replace('trgLang="ru"', 'trgLang="de"'), /it is a translation into `de`, expected `ru`/);
  });

  it('leaves the Russian file as it was', () => {
    expect(readFileSync(join(dir, 'content/ru/sample.md'), 'utf8')).toContain('Калинин ответил *сразу*.');
  });
});
