import { relative } from 'node:path';

/** What {@link sourceLink} needs. */
export interface SourceLinkInput {
  /** The configured `repositoryUrl`, if any (`https://github.com/acme/docs`). */
  repositoryUrl?: string | undefined;
  /** The repository's top-level folder when the project is in git (else the project root). */
  repositoryRoot: string;
  /** The English file (absolute). */
  file: string;
  /** The Markdown copy of the English in the output folder, relative to the status page. */
  copy: string;
}

/**
 * The address of a document's English file: in the configured repository on GitHub
 * (`<url>/blob/HEAD/<path>`) or GitLab (`<url>/-/blob/HEAD/<path>`, any host named `gitlab…`),
 * the default branch's version; for another host, whose file addresses are not known, or
 * without `repositoryUrl`, the Markdown copy the build publishes beside the page. No address
 * is made up.
 *
 * @example sourceLink({ repositoryUrl: 'https://github.com/acme/docs', repositoryRoot: '/r', file: '/r/content/en/a.md', copy: 'en/a.md' }) // 'https://github.com/acme/docs/blob/HEAD/content/en/a.md'
 */
export function sourceLink(input: SourceLinkInput): string {
  const url = input.repositoryUrl;
  const path = relative(input.repositoryRoot, input.file).split('\\').join('/');
  if (!url || path.startsWith('..')) return input.copy;
  const host = new URL(url).hostname;
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  if (host === 'github.com') return `${url}/blob/HEAD/${encoded}`;
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return `${url}/-/blob/HEAD/${encoded}`;
  return input.copy;
}
