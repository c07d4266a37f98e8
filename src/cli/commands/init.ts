import { parseArgs } from 'node:util';
import { canonicalLanguage } from '../../config/canonical-language.js';
import { UsageError } from '../../errors.js';
import { scaffoldFiles } from '../../init/scaffold-files.js';
import { writeNewFiles } from '../../init/write-new-files.js';
import type { Command } from '../context.js';

/** Written into the workflow when `--action` is not given: the next steps say to replace it. */
const ACTION_PLACEHOLDER = 'OWNER/diglot@main';

const USAGE = `Usage: diglot init [--source <lang>] [--targets <lang,lang…>] [--action <owner/repo@ref>]

Scaffolds a content repository in the current folder: diglot.config.yaml, content/<lang>/ for
the source and every target language, glossary/glossary.yaml with a commented example entry,
.gitattributes for the textconv driver (git diff by units) and .github/workflows/diglot.yml
using diglot's GitHub Action (--action: the repository holding diglot's action.yml and a ref;
default ${ACTION_PLACEHOLDER}, to be replaced). Defaults: --source en --targets ru.
It never overwrites anything: when one of these files exists, it lists them and writes nothing
(exit 2).`;

/** `diglot init [--source en] [--targets ru,uk] [--action owner/repo@ref]`. */
export const initCommand: Command = {
  summary: 'Scaffold a content repository (config, content folders, glossary, CI workflow)',
  usage: USAGE,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { source: { type: 'string', default: 'en' }, targets: { type: 'string', default: 'ru' }, action: { type: 'string' } },
    });
    if (positionals.length) throw new UsageError(`Unexpected argument \`${positionals[0]}\`: \`diglot init\` scaffolds the current folder`);
    const source = language('--source', values.source);
    const targets = values.targets
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean)
      .map((t) => language('--targets', t));
    if (targets.length === 0) throw new UsageError('Expected at least one target language after `--targets`, e.g. `--targets ru,uk`');
    if (targets.includes(source)) throw new UsageError(`Expected target languages other than the source \`${source}\``);
    if (new Set(targets).size !== targets.length) throw new UsageError(`Expected each target language once, found \`${values.targets}\``);
    const action = values.action ?? ACTION_PLACEHOLDER;
    if (!/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[\w./-]+$/.test(action))
      throw new UsageError(`Expected \`--action\` as \`<owner>/<repository>@<ref>\`, found \`${action}\``);
    const files = scaffoldFiles({ source, targets, action });
    writeNewFiles(ctx.cwd, files);
    const steps = [
      `Put the ${source} documents in content/${source}/ (one .md file per document) and each translation under the same name in ${targets.map((t) => `content/${t}/`).join(', ')}.`,
      'npx diglot check           # terminology and translation checks',
      'npx diglot build           # the editions, in dist/',
      'git config diff.diglot.textconv "npx diglot textconv"   # git diff by units, once per clone',
      values.action
        ? 'Commit and open a pull request: the workflow annotates it and posts one review comment.'
        : `In .github/workflows/diglot.yml, replace ${ACTION_PLACEHOLDER} by the repository that holds diglot's action.yml (or run diglot init again with --action in a fresh folder).`,
    ];
    ctx.stdout(
      `Created ${files.length} files:\n${files.map((f) => `  ${f.path}\n`).join('')}\nNext steps:\n${steps.map((s, k) => `  ${k + 1}. ${s}\n`).join('')}`,
    );
    return { errors: 0, warnings: 0 };
  },
};

function language(option: string, value: string): string {
  const tag = canonicalLanguage(value);
  if (!tag) throw new UsageError(`Expected a language tag after \`${option}\` (such as \`en\`, \`pt-BR\`), found \`${value}\``);
  return tag;
}
