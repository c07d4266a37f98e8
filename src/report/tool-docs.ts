import { readFileSync } from 'node:fs';

/** Where diglot's own documentation is published: reports link to it only when it is known. */
export interface ToolDocs {
  /** The tool's home page (SARIF `tool.driver.informationUri`). */
  informationUri: string;
  /** The rules page (docs/rules.md); a rule's help is `<rulesDocsUrl>#<rule id>`. Absent for hosts whose file URLs are not known. */
  rulesDocsUrl?: string;
}

/** The fields of a package.json that say where a package lives. */
export interface PackageLinks {
  homepage?: unknown;
  repository?: unknown;
}

/**
 * Where the documentation of a package is, from its package.json: `homepage` as its home page,
 * `repository` (an URL, `{ url, directory }`, or the npm shorthands `owner/name`,
 * `github:owner/name`, `gitlab:owner/name`) for the home page when there is no `homepage` and for
 * the rules page on GitHub and GitLab. Nothing is made up: without these fields, undefined.
 *
 * @example toolDocsOf({ repository: 'github:acme/diglot' })?.rulesDocsUrl // 'https://github.com/acme/diglot/blob/HEAD/docs/rules.md'
 */
export function toolDocsOf(pkg: PackageLinks): ToolDocs | undefined {
  const repo = repositoryWeb(pkg.repository);
  const home = typeof pkg.homepage === 'string' && /^https?:\/\//.test(pkg.homepage) ? pkg.homepage : repo?.web;
  if (home === undefined) return undefined;
  const docs: ToolDocs = { informationUri: home };
  if (repo) {
    const folder = repo.directory ? `${repo.directory.replace(/^\/+|\/+$/g, '')}/` : '';
    if (repo.host === 'github.com') docs.rulesDocsUrl = `${repo.web}/blob/HEAD/${folder}docs/rules.md`;
    else if (repo.host === 'gitlab.com') docs.rulesDocsUrl = `${repo.web}/-/blob/HEAD/${folder}docs/rules.md`;
  }
  return docs;
}

/** The help address of a rule, when the rules page is known. */
export function ruleHelpUri(docs: ToolDocs | undefined, ruleId: string): string | undefined {
  return docs?.rulesDocsUrl ? `${docs.rulesDocsUrl}#${ruleId}` : undefined;
}

/**
 * diglot's own version and documentation address, read from its package.json (two folders above
 * this module, in the sources and in `build/`, bundled or not).
 *
 * @example readToolPackage().version // '0.1.0'
 */
export function readToolPackage(): { version: string | undefined; docs: ToolDocs | undefined } {
  toolPackage ??= readToolPackageFile();
  return toolPackage;
}

let toolPackage: { version: string | undefined; docs: ToolDocs | undefined } | undefined;

function readToolPackageFile(): { version: string | undefined; docs: ToolDocs | undefined } {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as PackageLinks & { name?: unknown; version?: unknown };
    if (pkg.name !== 'diglot') return { version: undefined, docs: undefined };
    return { version: typeof pkg.version === 'string' ? pkg.version : undefined, docs: toolDocsOf(pkg) };
  } catch {
    return { version: undefined, docs: undefined };
  }
}

function repositoryWeb(repository: unknown): { web: string; host: string; directory: string | undefined } | undefined {
  const raw =
    typeof repository === 'string' ? repository : typeof repository === 'object' && repository !== null ? (repository as { url?: unknown }).url : undefined;
  const directory =
    typeof repository === 'object' && repository !== null && typeof (repository as { directory?: unknown }).directory === 'string'
      ? (repository as { directory: string }).directory
      : undefined;
  if (typeof raw !== 'string') return undefined;
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(raw);
  const text = shorthand
    ? `https://${shorthand[1] ?? 'github'}.${shorthand[1] === 'bitbucket' ? 'org' : 'com'}/${shorthand[2]}`
    : raw.replace(/^git\+/, '').replace(/^git@([^:]+):/, 'https://$1/');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'git:', 'ssh:'].includes(url.protocol)) return undefined;
  const path = url.pathname.replace(/\.git$/, '').replace(/\/+$/, '');
  return { web: `https://${url.hostname}${path}`, host: url.hostname, directory };
}
