import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { FileSettingsOptions } from './file-settings.js';
import { segmentFile } from './segment-file.js';

/** Options of {@link remarkDiglotSegment}. */
export type SegmentPluginOptions = FileSettingsOptions;

/**
 * unified plugin: cut the document into translatable units and sentences and put them on
 * `file.data.diglot` (a `SegmentedDocument`: `{ file, lang, units }`, each unit with its
 * `sentences`). The IDs are the ones `diglot segment` prints: the file is segmented with
 * diglot's Markdown settings and, in a diglot project, with the lock of a source document. The
 * tree is left as it is, so the plugin fits any remark pipeline.
 *
 * The language comes from the options, else `file.data.lang`, else the project's language
 * folders (diglot.config.yaml above the file); a file with none fails with a fatal message.
 *
 * @param options language, syntax, lock history, front-matter fields, project configuration
 * @returns the transformer
 * @example
 * const file = await unified().use(remarkParse).use(remarkDiglotSegment, { lang: 'en' }).use(remarkStringify).process('# Hi\n\nOne. Two.');
 * file.data.diglot?.units[1]?.sentences.length // 2
 */
export function remarkDiglotSegment(options: SegmentPluginOptions = {}): (tree: Root, file: VFile) => undefined {
  return (_tree, file) => {
    segmentFile(file, options);
    return undefined;
  };
}
