import type { VFile } from 'vfile';
import { InputError } from '../errors.js';
import { MESSAGE_SOURCE } from '../check/create-rule.js';
import { segmentMarkdown } from '../segment/segment-markdown.js';
import type { SegmentedDocument } from '../segment/types.js';
import { fileSettings, type FileSettings, type FileSettingsOptions } from './file-settings.js';
import { inputErrorMessage } from './input-error-message.js';

/**
 * Segment a vfile as `diglot segment` does and keep the result on `file.data.diglot`: the
 * file's text is parsed with diglot's own settings (src/unified/markdown-processor.ts, template
 * tags, MDX for `.mdx`), whatever parser the pipeline used, so the units and their IDs are
 * exactly the command's. A result already there for the same text and language is reused;
 * `file.data.lang` is set to the language when it was not (the lint rules read it).
 *
 * Nothing passes silently: a file whose language nothing tells, or that cannot be segmented
 * (invalid front matter, input beyond the limits), fails with a fatal message (rule id
 * `segment`, source `diglot`) at the place of the problem.
 *
 * @param file the vfile holding the Markdown
 * @param options language, syntax, lock history, front-matter fields, project configuration
 * @returns the segmented document (also on `file.data.diglot`)
 * @throws the fatal VFileMessage added to `file.messages` (as `file.fail` does)
 * @example segmentFile(new VFile({ path: 'a.md', value: '# Hi' }), { lang: 'en' }).units[0]?.kind // 'heading'
 */
export function segmentFile(file: VFile, options: FileSettingsOptions = {}): SegmentedDocument {
  return segmentWithSettings(file, fileSettings(file, options));
}

/**
 * {@link segmentFile} with settings already worked out by `fileSettings`.
 *
 * @example segmentWithSettings(file, fileSettings(file, { lang: 'ru' })).lang // 'ru'
 */
export function segmentWithSettings(file: VFile, settings: FileSettings): SegmentedDocument {
  const source = String(file.value ?? '');
  const lang = languageOf(file, settings);
  const known = file.data.diglot;
  if (known && known.lang === lang && segmentedText.get(known) === source) return known;
  let doc: SegmentedDocument;
  try {
    doc = segmentMarkdown(source, {
      file: settings.file,
      lang,
      ...(settings.previous ? { previous: settings.previous } : {}),
      ...(settings.fields ? { fields: settings.fields } : {}),
      ...(settings.syntax ? { syntax: settings.syntax } : {}),
    });
  } catch (error) {
    if (error instanceof InputError) throw inputErrorMessage(file, error, 'segment');
    throw error;
  }
  segmentedText.set(doc, source);
  file.data.diglot = doc;
  file.data.lang ??= lang;
  return doc;
}

/** The text each segmentation was made from, so a later plugin reuses it only for the same text. */
const segmentedText = new WeakMap<SegmentedDocument, string>();

/**
 * The language of a file, or a fatal message (thrown) when nothing tells it: diglot never
 * guesses which language's rules to apply.
 *
 * @example languageOf(file, fileSettings(file, { lang: 'de' })) // 'de'
 */
export function languageOf(file: VFile, settings: FileSettings): string {
  if (settings.lang !== undefined) return settings.lang;
  const message = file.message('Cannot segment a document without knowing its language', { ruleId: 'segment', source: MESSAGE_SOURCE });
  message.expected = ['the `lang` option, `file.data.lang`, or a language folder of a diglot project (content/<lang>/…)'];
  message.actual = 'no language';
  message.fatal = true;
  throw message;
}
