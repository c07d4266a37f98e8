import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { MESSAGE_SOURCE } from '../check/create-rule.js';
import type { InputError } from '../errors.js';

/**
 * Turn an InputError (a document diglot cannot read: invalid front matter, input beyond the
 * limits, MDX that does not parse) into a fatal message on `file`, at the error's place, with
 * its expected and actual text: what a unified pipeline reports instead of a crash.
 *
 * @param file the vfile the error is about
 * @param error the error
 * @param ruleId the stage that could not go on (`segment`, `check`, `config`)
 * @param reason the message's text (default the error's; give `String(error)` for an error in another file)
 * @returns the fatal message, already in `file.messages` (throw it to stop the pipeline)
 * @example throw inputErrorMessage(file, error, 'segment')
 */
export function inputErrorMessage(file: VFile, error: InputError, ruleId: string, reason = error.message): VFileMessage {
  // A place in another file (the project's config) is named in the reason, not put on this file.
  const line = reason === error.message ? error.place?.line : undefined;
  const message = file.message(reason, {
    ruleId,
    source: MESSAGE_SOURCE,
    ...(line !== undefined ? { place: { line, column: error.place?.column ?? 1 } } : {}),
  });
  if (error.expected !== undefined) message.expected = [error.expected];
  if (error.actual !== undefined) message.actual = error.actual;
  message.fatal = true;
  return message;
}
