import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import type { DiglotConfig } from '../../config/load-config.js';
import { previousUnits } from '../../lock/previous-units.js';
import { readLock } from '../../lock/read-lock.js';
import { renderTextconv } from '../../review/render-textconv.js';
import { segmentMarkdown } from '../../segment/segment-markdown.js';
import { readDocument } from '../../util/read-document.js';
import type { Command } from '../context.js';

const USAGE = `Usage: diglot textconv <file.md>

A git textconv driver: prints the file unit by unit ([ID kind] header, one sentence per line)
so \`git diff\` shows unit-level changes. Set up once per clone:
  git config diff.diglot.textconv "npx diglot textconv"
with \`content/**/*.md diff=diglot\` in .gitattributes.`;

/** `diglot textconv <file>`: the unit-level rendering `git diff` compares. */
export const textconvCommand: Command = {
  summary: 'Render a content file unit by unit for git diff (textconv driver)',
  usage: USAGE,
  async run(args, ctx) {
    if (args.length !== 1) throw new UsageError(`Expected one file, not ${args.length}`);
    const file = args[0] as string;
    const config = ctx.config();
    const path = resolve(ctx.cwd, file);
    const source = readDocument(path);
    // git hands old versions over as temporary files named `XXXXXX_<name>`: keep <name>.
    const name = basename(file).replace(/^[A-Za-z0-9]{6}_/, '');
    const lang = guessLanguage(path, source, config);
    const lock = lang === config.sourceLanguage ? readLock(join(config.contentDir, name.replace(/\.md$/, '.lock.json'))) : undefined;
    const doc = segmentMarkdown(source, { file: name, lang, ...(lock ? { previous: previousUnits(lock) } : {}) });
    ctx.stdout(renderTextconv(doc));
    return { errors: 0, warnings: 0 };
  },
};

/** The folder's language (`content/ru/x.md`), else Cyrillic-majority text is the Cyrillic target language, else the source language. */
function guessLanguage(path: string, source: string, config: DiglotConfig): string {
  const folder = basename(dirname(path));
  if (folder === config.sourceLanguage || config.targetLanguages.includes(folder)) return folder;
  const cyrillic = (source.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (source.match(/\p{Script=Latin}/gu) ?? []).length;
  const target = config.targetLanguages.find((l) => ['ru', 'uk', 'be', 'bg', 'sr', 'mk'].includes(l));
  return cyrillic > latin && target ? target : config.sourceLanguage;
}
