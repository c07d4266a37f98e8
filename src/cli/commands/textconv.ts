import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import type { DiglotConfig } from '../../config/load-config.js';
import { previousUnits } from '../../lock/previous-units.js';
import { findCodeBlocks } from '../../markdown/find-code-blocks.js';
import { readLock } from '../../lock/read-lock.js';
import type { Lock } from '../../lock/types.js';
import { renderRawTextconv } from '../../review/render-raw-textconv.js';
import { renderTextconv } from '../../review/render-textconv.js';
import { segmentMarkdown } from '../../segment/segment-markdown.js';
import { readDocument } from '../../util/read-document.js';
import type { Command, CommandContext } from '../context.js';
import { summarizeError } from '../describe-error.js';
import { contentPaths } from '../../content/content-paths.js';
import { languageOfPath } from '../../content/language-of-path.js';

const USAGE = `Usage: diglot textconv <file.md>

A git textconv driver: prints the file unit by unit ([ID kind] header, one sentence per line)
and its code blocks ([code <lang> <hash>] header, the code's lines) in document order, so
\`git diff\` shows unit-level changes and changed code. Set up once per clone:
  git config diff.diglot.textconv "npx diglot textconv"
with \`content/**/*.md diff=diglot\` in .gitattributes.
It never fails (git would stop the whole diff): a file it cannot render unit by unit (invalid
front matter, binary, not UTF-8, an invalid configuration) is printed as it is after a first
line \`diglot textconv: <why>; showing the raw file\` (bytes that are not text as \\xNN), exit 0.`;

/** `diglot textconv <file>`: the unit-level rendering `git diff` compares; never fails on a file. */
export const textconvCommand: Command = {
  summary: 'Render a content file unit by unit for git diff (textconv driver)',
  usage: USAGE,
  async run(args, ctx) {
    if (args.length !== 1) throw new UsageError(`Expected one file, not ${args.length}`);
    const file = args[0] as string;
    try {
      ctx.stdout(render(file, ctx));
    } catch (error) {
      ctx.stdout(renderRawTextconv(readBytes(resolve(ctx.cwd, file)), summarizeError(error)));
    }
    return { errors: 0, warnings: 0 };
  },
};

function render(file: string, ctx: CommandContext): string {
  const config = ctx.config();
  const path = resolve(ctx.cwd, file);
  // git hands old versions over as temporary files, `/tmp/git-blob-XXXXXX/<name>` (older git:
  // `XXXXXX_<name>`): keep <name>.
  const temporary = /^[A-Za-z0-9]{6}_/.test(basename(file)) || basename(dirname(path)).startsWith('git-blob-');
  const name = basename(file).replace(/^[A-Za-z0-9]{6}_/, '');
  const source = readDocument(path, temporary ? name : file);
  const lang = guessLanguage(path, source, config);
  let lock: Lock | undefined;
  let note = '';
  if (lang === config.sourceLanguage) {
    // A working-tree file at any depth has its own lock (`content/en/sub/x.md` → `content/sub/x.lock.json`); a temporary copy only its name.
    const lockPath = temporary ? join(config.contentDir, name.replace(/\.mdx?$/, '.lock.json')) : contentPaths(config, path).lock;
    try {
      lock = readLock(lockPath);
    } catch (error) {
      // Without the lock an edited unit gets a new ID instead of keeping its own: still a unit diff.
      note = `diglot textconv: ${summarizeError(error)}; unit IDs without the lock\n\n`;
    }
  }
  const doc = segmentMarkdown(source, { file: temporary ? name : file, lang, syntax: config.syntax, ...(lock ? { previous: previousUnits(lock) } : {}) });
  return note + renderTextconv(doc, findCodeBlocks(source, { file: temporary ? name : file }));
}

/** The file's bytes for the raw fallback; undefined for what is not a regular file (a folder, a device) or cannot be read. */
function readBytes(path: string): Uint8Array | undefined {
  try {
    return statSync(path).isFile() ? readFileSync(path) : undefined;
  } catch {
    return undefined;
  }
}

/** The folder's language (`content/ru/x.md`), else Cyrillic-majority text is the Cyrillic target language, else the source language. */
function guessLanguage(path: string, source: string, config: DiglotConfig): string {
  const folder = languageOfPath(path, config);
  if (folder !== config.sourceLanguage || basename(dirname(path)) === folder || !relative(config.contentDir, path).startsWith('..')) return folder;
  const cyrillic = (source.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (source.match(/\p{Script=Latin}/gu) ?? []).length;
  const target = config.targetLanguages.find((l) => ['ru', 'uk', 'be', 'bg', 'sr', 'mk'].includes(l));
  return cyrillic > latin && target ? target : config.sourceLanguage;
}
