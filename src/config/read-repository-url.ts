import { isScalar } from 'yaml';
import { InputError } from '../errors.js';
import { describeNode, placeOf, type YamlSource } from '../util/read-yaml.js';

/** The config key of the content project's repository (its web address, e.g. on GitHub or GitLab). */
export const REPOSITORY_URL_KEY = 'repositoryUrl';

type YamlNodeLike = Parameters<typeof placeOf>[1];

const EXPECTED = 'an http(s) address of the repository, e.g. https://github.com/acme/docs';

/**
 * Read and validate `repositoryUrl`: the web address of the repository that holds the content
 * (`https://github.com/acme/docs`). Reports name it (SARIF `versionControlProvenance`); nothing
 * is guessed when it is absent. A trailing slash and a `.git` ending are dropped, so the value
 * can be pasted from the clone URL.
 *
 * @throws InputError at the value, with what was expected and found
 * @example readRepositoryUrl(src, node) // 'https://github.com/acme/docs'
 */
export function readRepositoryUrl(src: YamlSource, node: YamlNodeLike): string {
  const value = isScalar(node) ? node.value : undefined;
  const url = typeof value === 'string' ? parseUrl(value.trim()) : undefined;
  if (url && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '' && !url.username && !url.password && !url.search && !url.hash) {
    return url.href.replace(/\/+$/, '').replace(/\.git$/, '');
  }
  const found = isScalar(node) && value !== null ? `\`${String(value)}\`` : describeNode(node);
  const why = url && (url.username || url.password) ? ' (an address with credentials is never written into reports)' : '';
  throw new InputError(`Expected \`${REPOSITORY_URL_KEY}\` to be the web address of the repository${why}, not ${found}`, placeOf(src, node), {
    expected: EXPECTED,
    actual: found,
  });
}

function parseUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}
