import { languageName } from '../review/format-pr-language.js';

/** A file `diglot init` creates: a path relative to the project folder and its text. */
export interface ScaffoldFile {
  path: string;
  text: string;
}

/** What the new content repository is for. */
export interface ScaffoldOptions {
  /** The source language tag, e.g. `en`. */
  source: string;
  /** The target language tags, e.g. `['ru', 'uk']`. */
  targets: readonly string[];
  /** The GitHub Action to use in the workflow: `<owner>/<repository>@<ref>` of the repository holding diglot's action.yml. */
  action: string;
}

/**
 * The files of a new content repository: `diglot.config.yaml`, a `content/<lang>/` folder per
 * language (kept by a `.gitkeep`), `glossary/glossary.yaml` with a commented example entry that
 * has a column per target language, `.gitattributes` routing `git diff` of content through the
 * textconv driver, and `.github/workflows/diglot.yml` running diglot's action on every pull
 * request.
 *
 * @example scaffoldFiles({ source: 'en', targets: ['ru', 'uk'], action: 'example/diglot@v1' }).map((f) => f.path)
 */
export function scaffoldFiles(options: ScaffoldOptions): ScaffoldFile[] {
  const { source, targets } = options;
  return [
    { path: 'diglot.config.yaml', text: config(source, targets) },
    ...[source, ...targets].map((lang) => ({ path: `content/${lang}/.gitkeep`, text: '' })),
    { path: 'glossary/glossary.yaml', text: glossary(source, targets) },
    { path: '.gitattributes', text: gitattributes() },
    { path: '.github/workflows/diglot.yml', text: workflow(options.action) },
  ];
}

function config(source: string, targets: readonly string[]): string {
  return `# diglot project configuration (see diglot's README, "Configuration").
sourceLanguage: ${source}
targetLanguages: [${targets.join(', ')}]
contentDir: content          # content/<lang>/<slug>.md: the same slug in every language
glossaryDir: glossary        # glossary/*.yaml
outputDir: dist              # diglot build writes the editions here
`;
}

function glossary(source: string, targets: readonly string[]): string {
  const columns = targets
    .map(
      (lang) =>
        `#   ${lang}:                            # ${languageName(lang)}\n#     term: "…"                     # the approved rendering\n#     forbidden: []                 # variants to flag\n#     forms: []                     # forms added by hand`,
    )
    .join('\n');
  return `# The glossary: one entry per concept (see diglot's docs/glossary.md). Every *.yaml file of
# this folder is read. Uncomment and adapt the example; run \`diglot glossary lint\` and
# \`diglot glossary compile\` after a change.
#
# - id: pull-request                  # lower-case letters, digits, hyphens; unique
#   kind: term                        # person | term | invariant
#   ${source}: ["pull request", "pull requests"]   # forms in the source that trigger the check
${columns}
#   note: "Why this rendering; sources."
`;
}

function gitattributes(): string {
  return `# \`git diff\` of content by units and sentences (diglot textconv). Once per clone:
#   git config diff.diglot.textconv "npx diglot textconv"
content/**/*.md diff=diglot
`;
}

function workflow(action: string): string {
  return `# diglot on every pull request: annotations, code scanning (SARIF) and one review comment.
name: diglot
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
  pull-requests: write   # the review comment
  security-events: write # the SARIF upload
jobs:
  diglot:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # the review compares with the pull request's base
      - uses: ${action}
`;
}
