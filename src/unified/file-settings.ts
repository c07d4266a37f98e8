import { dirname, resolve } from 'node:path';
import type { VFile } from 'vfile';
import { findConfig, loadConfig, type DiglotConfig, type Severity } from '../config/load-config.js';
import { resolveSeverities } from '../check/rule-severities.js';
import type { RuleId } from '../check/types.js';
import { contentPaths } from '../content/content-paths.js';
import { languageOfPath } from '../content/language-of-path.js';
import { previousUnits, readLock } from '../lock/index.js';
import type { MarkdownSyntax } from '../markdown/markdown-syntax.js';
import { UNNAMED } from '../markdown/parse-markdown.js';
import { InputError } from '../errors.js';
import { inputErrorMessage } from './input-error-message.js';
import type { PreviousUnit } from '../segment/assign-ids.js';
import type { SegmentedDocument } from '../segment/types.js';

declare module 'vfile' {
  interface DataMap {
    /** The document's language (BCP 47), read by diglot's plugins when their options give none. */
    lang: string;
    /** The document cut into units and sentences by `remarkDiglotSegment` (see segment-file.ts). */
    diglot: SegmentedDocument;
  }
}

/** What the plugins may be told about a file; what is left out is read from the file or its project. */
export interface FileSettingsOptions {
  /** The document's language; default `file.data.lang`, else the project's (content/<lang>/…). */
  lang?: string;
  /** Template tags and MDX attributes; default the project's config, else DEFAULT_SYNTAX. */
  syntax?: MarkdownSyntax;
  /** Units a lock remembers, so IDs survive edits; default the project's lock of a source document. */
  previous?: readonly PreviousUnit[];
  /** Front-matter fields to translate (default: TRANSLATABLE_FIELDS). */
  fields?: readonly string[];
  /** The project configuration; `false` never looks for diglot.config.yaml (default: found from the file's folder). */
  config?: DiglotConfig | false;
}

/** How a file is segmented: its name, language, syntax and lock history. */
export interface FileSettings {
  file: string;
  lang: string | undefined;
  syntax: MarkdownSyntax | undefined;
  previous: readonly PreviousUnit[] | undefined;
  fields: readonly string[] | undefined;
  /** The project the file belongs to, when there is one. */
  config: DiglotConfig | undefined;
  /** Severity of every rule: the project's `rules`, else the defaults. */
  severities: Readonly<Record<RuleId, Severity>>;
}

/**
 * The settings a plugin segments a file with, as `diglot segment` would: the options first,
 * then `file.data.lang`, then the project the file belongs to (diglot.config.yaml found from the
 * file's folder): its language folder, its syntax, its rule severities, and for a source
 * document its lock's units.
 *
 * @param file the vfile (its `path` names it in messages and finds its project)
 * @param options what the caller already knows
 * @returns the settings; `lang` is undefined when nothing tells it
 * @throws a fatal VFileMessage on `file` when the project's diglot.config.yaml or the document's lock is invalid
 * @example fileSettings(new VFile({ path: 'content/ru/a.md', value: '' }), {}).lang // 'ru' in a diglot project
 */
export function fileSettings(file: VFile, options: FileSettingsOptions): FileSettings {
  const name = file.path || UNNAMED;
  const project = options.config === false ? NO_PROJECT : options.config ? projectFrom(file, options.config) : projectOf(file);
  const { config } = project;
  const lang = options.lang ?? file.data.lang ?? (config && file.path ? languageOfPath(resolve(file.cwd, file.path), config) : undefined);
  return {
    file: name,
    lang,
    syntax: options.syntax ?? config?.syntax,
    previous: options.previous ?? project.previous,
    fields: options.fields,
    config,
    severities: resolveSeverities(config?.rules ?? {}),
  };
}

/** What a file's project says about it: the configuration, and a source document's lock units. */
interface Project {
  config: DiglotConfig | undefined;
  previous: PreviousUnit[] | undefined;
}

const NO_PROJECT: Project = { config: undefined, previous: undefined };

/** Projects already read, per file and path: the plugins of one pipeline read the config and lock once. */
const projects = new WeakMap<VFile, { path: string; project: Project }>();

/** The project holding the file, when there is a diglot.config.yaml above it. */
function projectOf(file: VFile): Project {
  if (!file.path) return NO_PROJECT;
  const path = resolve(file.cwd, file.path);
  const known = projects.get(file);
  if (known?.path === path) return known.project;
  const folder = dirname(path);
  const project = findConfig(folder)
    ? projectFrom(
        file,
        inFile(file, () => loadConfig({ cwd: folder })),
      )
    : NO_PROJECT;
  projects.set(file, { path, project });
  return project;
}

/** The project a configuration describes, as far as the file is concerned. */
function projectFrom(file: VFile, config: DiglotConfig): Project {
  return { config, previous: file.path ? inFile(file, () => lockedUnits(config, resolve(file.cwd, file.path))) : undefined };
}

/** Run `read`; a broken config or lock becomes a fatal message on this file rather than a check made with guesses. */
function inFile<T>(file: VFile, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InputError) throw inputErrorMessage(file, error, 'config', String(error));
    throw error;
  }
}

/** The units the lock of a source document remembers (none for a translation or a file outside the content). */
function lockedUnits(config: DiglotConfig, path: string): PreviousUnit[] | undefined {
  const paths = contentPaths(config, path);
  if (paths.source !== path) return undefined;
  const lock = readLock(paths.lock);
  return lock ? previousUnits(lock) : undefined;
}
