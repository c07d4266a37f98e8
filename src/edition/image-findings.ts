import { relative } from 'node:path';
import type { Definition, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { FindingFields } from '../report/command-finding.js';
import { normalizeIdentifier } from './code-node.js';
import type { ImageLocator } from './image-locator.js';

/** Where the images of one language version of a document are looked up. */
export interface ImageDocument {
  /** The document's tree (document positions). */
  tree: Root;
  /** Its language. */
  lang: string;
  /** The document as shown in findings (relative to the project root). */
  name: string;
  /** The folder its local images must be in, as shown (`content/en`). */
  folderName: string;
  /** The project root (paths in findings are relative to it). */
  root: string;
  images: ImageLocator;
}

/**
 * The warnings about the images of one language version of a document that its pages show
 * without the file: `image-missing` (the path names no file in the folder of the document) and
 * `image-outside` (an absolute path, a path that climbs out of the folder, a URL that is neither
 * a path nor http(s)). One finding per image node (`![…](…)`, and `![…][ref]` through its
 * definition), at the node's place, whatever number of pages render it. Remote (http, https)
 * images and images that are shown get none; refused ones are `image-refused` errors instead.
 *
 * @example imageFindings({ tree, lang: 'de', name: 'content/de/a.md', folderName: 'content/de', root, images })
 * // [{ ruleId: 'image-missing', severity: 'warning', file: 'content/de/a.md', line: 9, column: 1, lang: 'de', … }]
 */
export function imageFindings(doc: ImageDocument): FindingFields[] {
  const definitions = new Map<string, string>();
  visit(doc.tree, 'definition', (node: Definition) => {
    const id = normalizeIdentifier(node.identifier);
    if (!definitions.has(id)) definitions.set(id, node.url);
  });
  const findings: FindingFields[] = [];
  visit(doc.tree, (node) => {
    const url = node.type === 'image' ? node.url : node.type === 'imageReference' ? definitions.get(normalizeIdentifier(node.identifier)) : undefined;
    if (url === undefined) return;
    const gap = doc.images.unusable(url);
    if (!gap) return;
    const place = { file: doc.name, line: node.position?.start.line, column: node.position?.start.column, lang: doc.lang, actual: gap.actual };
    findings.push(
      gap.kind === 'missing'
        ? {
            ruleId: 'image-missing',
            severity: 'warning',
            message: `Missing image \`${url}\`: the pages are built without it`,
            expected: gap.path === undefined ? `a file in \`${doc.folderName}\`` : `a file \`${relative(doc.root, gap.path)}\``,
            ...place,
          }
        : {
            ruleId: 'image-outside',
            severity: 'warning',
            message: `Unexpected image \`${url}\` outside \`${doc.folderName}\`: nothing was read or copied, the pages are built without it`,
            expected: [`a relative path inside \`${doc.folderName}\``, 'an http(s) URL'],
            ...place,
          },
    );
  });
  return findings;
}
