import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/edition/build-site.js';
import { main } from '../../src/cli.js';
import { loadConfig } from '../../src/config/load-config.js';
import { smallProject } from './project.js';

function listFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(join(dir, f)).isFile())
        .sort()
    : [];
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { cwd, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

describe('build publishes nothing from outside the project', () => {
  it('refuses images that link to /etc/passwd or the process environment; the pages build without them; exit 1', async () => {
    const dir = smallProject(['a', 'b']);
    const images = join(dir, 'content', 'en', 'images');
    symlinkSync('/etc/passwd', join(images, 'passwd.png'));
    symlinkSync('/proc/self/environ', join(images, 'environ.png'));
    writeFileSync(join(dir, 'content', 'en', 'a.md'), '# A\n\n![Ok](images/ok.png)\n\n![P](images/passwd.png)\n\n![E](images/environ.png)\n');
    writeFileSync(join(dir, 'content', 'ru', 'a.md'), '# А\n\n![Ок](images/ok.png)\n\n![П](images/passwd.png)\n\n![Е](images/environ.png)\n');
    process.env['DIGLOT_TEST_SECRET'] = 'fake-ci-secret';
    const run = await cli(['build'], dir);
    delete process.env['DIGLOT_TEST_SECRET'];
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^content\/en\/images\/passwd\.png: error [a-z-]+: Refusing to read `content\/en\/images\/passwd\.png`: it is a symbolic link to `\/etc\/passwd`, outside the project folder/m,
    );
    expect(run.stderr).toMatch(
      /^content\/en\/images\/environ\.png: error [a-z-]+: Refusing to read .*symbolic link to `\/proc\/self\/environ`.*a system file/m,
    );
    expect(run.stdout).toContain('2 files refused or unreadable');
    const files = listFiles(join(dir, 'dist'));
    expect(files).toContain('en/images/ok.png');
    expect(files).not.toContain('en/images/passwd.png');
    expect(files).not.toContain('en/images/environ.png');
    expect(files).toContain('b.parallel.html');
    for (const file of [...files.map((f) => join(dir, 'dist', f)), ...listFiles(join(dir, '.diglot-cache')).map((f) => join(dir, '.diglot-cache', f))]) {
      const text = readFileSync(file, 'latin1');
      expect(text, file).not.toContain('root:x:0:0');
      expect(text, file).not.toContain('fake-ci-secret');
    }
    // The error is not cached away: a second build reports it again.
    expect((await cli(['build'], dir)).code).toBe(1);
  });

  it('refuses a document that links to /dev/zero or outside, builds the other articles, exit 1', async () => {
    const dir = smallProject(['a', 'b', 'c']);
    const outside = mkdtempSync(join(tmpdir(), 'diglot-sec-outside-'));
    writeFileSync(join(outside, 'c.md'), 'OUTSIDE-TEXT\n');
    symlinkSync('/dev/zero', join(dir, 'content', 'ru', 'zero.md'));
    writeFileSync(join(dir, 'content', 'en', 'zero.md'), '# Z\n\nText.\n');
    rmSync(join(dir, 'content', 'ru', 'c.md'));
    symlinkSync(join(outside, 'c.md'), join(dir, 'content', 'ru', 'c.md'));
    const run = await cli(['build'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^content\/ru\/zero\.md: error [a-z-]+: Refusing to read `content\/ru\/zero\.md`: it is a symbolic link to `\/dev\/zero`, a system file/m,
    );
    expect(run.stderr).toMatch(/^content\/ru\/c\.md: error [a-z-]+: Refusing to read `content\/ru\/c\.md`: it is a symbolic link to/m);
    const files = listFiles(join(dir, 'dist'));
    expect(files).toEqual(expect.arrayContaining(['a.parallel.html', 'b.parallel.html', 'ru/a.html', 'ru/b.html']));
    expect(files.filter((f) => f.includes('zero') || f.startsWith('ru/c') || f.startsWith('c.'))).toEqual([]);
    // check refuses them too, quickly, and checks the others.
    const check = await cli(['check', '--no-cache'], dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/^content\/ru\/zero\.md:1:1: error unreadable-file(?: \(ru\))?: .*symbolic link to `\/dev\/zero`/m);
    expect(check.stdout).not.toContain('OUTSIDE-TEXT');
  });

  it('refuses output folders that are /, the project, a parent, in content/ (even through a link), or a foreign folder', async () => {
    const dir = smallProject(['a']);
    const config = loadConfig({ cwd: dir });
    await expect(buildSite(config, { outDir: '/' })).rejects.toThrow(/Refusing to build into `.*`: it is the root of the file system/);
    await expect(buildSite(config, { outDir: dir })).rejects.toThrow(/it is the project folder or a parent of it/);
    await expect(buildSite(config, { outDir: join(dir, '..') })).rejects.toThrow(/it is the project folder or a parent of it/);
    symlinkSync(join(dir, 'content'), join(dir, 'dist'));
    await expect(buildSite(config, {})).rejects.toThrow(/Cannot write into the content folder `content` \(the output folder `dist` leads to `.*content`\)/);
    const foreign = mkdtempSync(join(tmpdir(), 'diglot-sec-foreign-'));
    writeFileSync(join(foreign, 'notes.txt'), 'mine');
    await expect(buildSite(config, { outDir: foreign })).rejects.toThrow(/outside the project and already holds files/);
    expect(readdirSync(foreign)).toEqual(['notes.txt']);
    expect(listFiles(join(dir, 'content'))).toEqual(['en/a.md', 'en/images/ok.png', 'ru/a.md']);
    // A new folder outside is fine, and so is building into it again (it is marked).
    const site = join(mkdtempSync(join(tmpdir(), 'diglot-sec-site-')), 'site');
    await buildSite(config, { outDir: site, cache: false });
    await buildSite(config, { outDir: site, cache: false });
    expect(readdirSync(site)).toContain('.diglot-output');
    expect((await cli(['build', '--out', '/'], dir)).code).toBe(2);
  });

  it('never writes through a symbolic link planted inside the output folder', async () => {
    const dir = smallProject(['a']);
    const victim = mkdtempSync(join(tmpdir(), 'diglot-sec-victim-'));
    writeFileSync(join(victim, 'keep.txt'), 'precious');
    mkdirSync(join(dir, 'dist'));
    symlinkSync(join(victim, 'keep.txt'), join(dir, 'dist', 'diglot.css'));
    const config = loadConfig({ cwd: dir });
    await buildSite(config, { cache: false });
    expect(readFileSync(join(victim, 'keep.txt'), 'utf8')).toBe('precious');
    expect(statSync(join(dir, 'dist', 'diglot.css')).isFile()).toBe(true);
    rmSync(join(dir, 'dist', 'ru'), { recursive: true });
    symlinkSync(victim, join(dir, 'dist', 'ru'));
    await expect(buildSite(config, { cache: false })).rejects.toThrow(/Refusing to write `ru\/a.html` through the symbolic link `.*dist\/ru`/);
    expect(readdirSync(victim)).toEqual(['keep.txt']);
  });
});
