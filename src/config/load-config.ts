import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { InputError, type ErrorPlace } from '../errors.js';
import { readProjectFile } from '../util/project-file.js';
import { decodeDocument } from '../util/read-document.js';
import { describeNode, parseYaml, placeOf, type YamlSource } from '../util/read-yaml.js';
import { canonicalLanguage } from './canonical-language.js';
import { CONFIG_RULE_IDS, isConfigRuleId } from './rule-ids.js';
import { readSyntaxValue, SYNTAX_KEYS, syntaxOf } from './read-syntax.js';
import { GLOB_KEYS, readGlobs } from './read-globs.js';
import { readWrap, WRAP_KEY } from './read-wrap.js';
import { readRepositoryUrl, REPOSITORY_URL_KEY } from './read-repository-url.js';
import type { WrapMode } from '../segment/reassemble.js';
import type { MarkdownSyntax } from '../markdown/markdown-syntax.js';

/** Severity a rule is configured with. */
export type Severity = 'off' | 'warn' | 'error';

/** The keys of diglot.config.yaml. */
export type ConfigKey = (typeof KEYS)[number];

/** The resolved project configuration; directories are absolute. */
export interface DiglotConfig {
  /** The folder that holds the config file (or the working directory when there is none). */
  root: string;
  /** The config file path, or undefined when defaults are used. */
  file: string | undefined;
  /** Canonical BCP 47 tags (`ru`, `pt-BR`, `zh-Hant`), whatever case the file used. */
  sourceLanguage: string;
  targetLanguages: string[];
  contentDir: string;
  glossaryDir: string;
  outputDir: string;
  /** Rule id → severity; rules not named keep their default. */
  rules: Record<string, Severity>;
  /** Template tags kept as codes, MDX attributes translated (`templates`, `templatePatterns`, `mdx`). */
  syntax?: MarkdownSyntax;
  /** Where each key's value is in the config file (keys left to their default have none). */
  /** Globs relative to `content/<lang>/` choosing the documents (default `['**\/*.md']`) and leaving some out (docs/content-layout.md). */
  include?: string[];
  exclude?: string[];
  /** Line layout of translations written back: `preserve` (default), `source` or columns (docs/exchange.md). */
  wrap?: WrapMode;
  /** Web address of the content repository (`repositoryUrl`), named in reports; absent when not configured. */
  repositoryUrl?: string;
  places?: Partial<Record<ConfigKey, ErrorPlace>>;
  /** Things worth telling the user that are not errors (a language tag written in another case). */
  notes?: string[];
}

export const CONFIG_FILE = 'diglot.config.yaml';

const KEYS = [
  'sourceLanguage',
  'targetLanguages',
  'contentDir',
  'glossaryDir',
  'outputDir',
  'rules',
  ...SYNTAX_KEYS,
  ...GLOB_KEYS,
  WRAP_KEY,
  REPOSITORY_URL_KEY,
] as const;

/** Folders that must exist when the config names them: a typo would otherwise check nothing. */
const FOLDERS: Partial<Record<ConfigKey, string>> = {
  contentDir: 'content',
  glossaryDir: 'glossary',
};

const LANGUAGE_EXAMPLES = 'e.g. `en`, `ru`, `pt-BR`, `zh-Hant`';

/**
 * Find `diglot.config.yaml` in `cwd` or a parent folder.
 *
 * @returns the absolute path, or undefined
 */
export function findConfig(cwd: string): string | undefined {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * Load the project configuration: the given file, else the nearest `diglot.config.yaml`
 * upwards from `cwd`, else defaults rooted at `cwd`. Validated once, here, for every command:
 * language tags must name a language Intl knows (and are canonicalised), rule ids must exist,
 * `contentDir` and `glossaryDir`, when given, must be existing folders.
 *
 * @throws InputError with file:line:column, expected and found, when the file is unreadable or invalid
 * @example loadConfig({ cwd: process.cwd() }).targetLanguages // ['ru']
 */
export function loadConfig(options: { cwd: string; file?: string | undefined }): DiglotConfig {
  const file = options.file ? resolve(options.cwd, options.file) : findConfig(options.cwd);
  if (!file) return resolveConfig(resolve(options.cwd), undefined, { values: {}, places: {}, notes: [] });
  if (!existsSync(file)) throw new InputError(`Cannot read config without the file`, { file }, { expected: 'an existing file', actual: 'no such file' });
  if (!statSync(file).isFile()) throw new InputError('Cannot read config from a folder', { file }, { expected: 'a YAML file', actual: 'a folder' });
  // A link that leads out of the config's folder, a device or an oversized file is refused (readProjectFile).
  const text = decodeDocument(readProjectFile(file, { roots: [dirname(file)] }), file).replace(/^\uFEFF/, '');
  const src = parseYaml(text, file);
  const config = resolveConfig(dirname(file), file, readFields(src));
  checkFolders(config);
  return config;
}

interface Fields {
  values: Partial<Record<ConfigKey, unknown>>;
  places: Partial<Record<ConfigKey, ErrorPlace>>;
  notes: string[];
}

function resolveConfig(root: string, file: string | undefined, raw: Fields): DiglotConfig {
  const v = raw.values;
  const config: DiglotConfig = {
    root,
    file,
    sourceLanguage: (v.sourceLanguage as string | undefined) ?? 'en',
    targetLanguages: (v.targetLanguages as string[] | undefined) ?? ['ru'],
    contentDir: resolve(root, (v.contentDir as string | undefined) ?? 'content'),
    glossaryDir: resolve(root, (v.glossaryDir as string | undefined) ?? 'glossary'),
    outputDir: resolve(root, (v.outputDir as string | undefined) ?? 'dist'),
    rules: (v.rules as Record<string, Severity> | undefined) ?? {},
    syntax: syntaxOf(v),
    ...(v.include ? { include: v.include as string[] } : {}),
    ...(v.exclude ? { exclude: v.exclude as string[] } : {}),
    ...(v.wrap !== undefined ? { wrap: v.wrap as WrapMode } : {}),
    ...(v.repositoryUrl !== undefined ? { repositoryUrl: v.repositoryUrl as string } : {}),
    places: raw.places,
    notes: raw.notes,
  };
  if (config.targetLanguages.includes(config.sourceLanguage)) {
    const place = raw.places.targetLanguages ?? raw.places.sourceLanguage ?? { file: file ?? root };
    throw new InputError(`Unexpected source language \`${config.sourceLanguage}\` among \`targetLanguages\`, expected the languages translated into`, place, {
      expected: `target languages other than \`${config.sourceLanguage}\``,
      actual: `\`${config.sourceLanguage}\``,
    });
  }
  return config;
}

function readFields(src: YamlSource): Fields {
  const fields: Fields = { values: {}, places: {}, notes: [] };
  const root = src.doc.contents;
  if (root === null) return fields;
  if (!isMap(root)) throw new InputError(`Expected a mapping at the top of the config, not ${describeNode(root)}`, placeOf(src, root));
  for (const pair of (root as YAMLMap).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNodeLike;
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new InputError(
        `Unexpected config key \`${key}\`, expected one of ${KEYS.map((k) => `\`${k}\``).join(', ')}`,
        placeOf(src, pair.key as YamlNodeLike),
      );
    }
    fields.values[key as ConfigKey] = readValue(src, key, value, fields.notes);
    fields.places[key as ConfigKey] = placeOf(src, value ?? (pair.key as YamlNodeLike));
  }
  return fields;
}

type YamlNodeLike = Parameters<typeof placeOf>[1];

function readValue(src: YamlSource, key: string, node: YamlNodeLike, notes: string[]): unknown {
  const place = placeOf(src, node);
  if (key === 'targetLanguages') {
    if (!isSeq(node) || node.items.length === 0 || !node.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
      throw new InputError(`Expected \`targetLanguages\` to be a non-empty list of language tags (e.g. [ru]), not ${describeNode(node)}`, place);
    }
    const tags: string[] = [];
    for (const item of node.items) {
      const tag = readLanguage(src, key, item as YamlNodeLike, notes);
      if (tags.includes(tag)) {
        throw new InputError(
          `Unexpected repeated language \`${tag}\` in \`targetLanguages\`, expected each language once`,
          placeOf(src, item as YamlNodeLike),
          { expected: 'distinct language tags', actual: `\`${tag}\` twice` },
        );
      }
      tags.push(tag);
    }
    return tags;
  }
  if (key === 'rules') return readRules(src, node);
  if (key === 'include' || key === 'exclude') return readGlobs(src, key, node);
  if (key === WRAP_KEY) return readWrap(src, node);
  if (key === REPOSITORY_URL_KEY) return readRepositoryUrl(src, node);
  if ((SYNTAX_KEYS as readonly string[]).includes(key)) return readSyntaxValue(src, key as (typeof SYNTAX_KEYS)[number], node);
  if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') {
    throw new InputError(`Expected \`${key}\` to be a string, not ${describeNode(node)}`, place);
  }
  if (key === 'sourceLanguage') return readLanguage(src, key, node, notes);
  return node.value;
}

/** A language tag in its canonical form; a note when it was written otherwise. */
function readLanguage(src: YamlSource, key: string, node: YamlNodeLike, notes: string[]): string {
  const written = isScalar(node) ? node.value : undefined;
  const tag = canonicalLanguage(written);
  const place = placeOf(src, node);
  if (tag === undefined) {
    throw new InputError(`Expected a BCP 47 language tag that names a language (${LANGUAGE_EXAMPLES}) in \`${key}\`, not \`${String(written)}\``, place, {
      expected: 'a BCP 47 language tag Intl knows',
      actual: `\`${String(written)}\``,
    });
  }
  if (tag !== written)
    notes.push(
      `${place.file}:${place.line ?? 1}:${place.column ?? 1}: language tag \`${String(written)}\` read as \`${tag}\` (its canonical form, used for folder names such as content/${tag}/)`,
    );
  return tag;
}

function readRules(src: YamlSource, node: YamlNodeLike): Record<string, Severity> {
  if (!isMap(node)) throw new InputError(`Expected \`rules\` to be a mapping of rule id to off | warn | error, not ${describeNode(node)}`, placeOf(src, node));
  const rules: Record<string, Severity> = {};
  for (const pair of node.items) {
    const id = String(isScalar(pair.key) ? pair.key.value : pair.key);
    if (!isConfigRuleId(id)) {
      throw new InputError(
        `Unexpected rule \`${id}\` in \`rules\`, expected one of ${CONFIG_RULE_IDS.map((r) => `\`${r}\``).join(', ')}`,
        placeOf(src, pair.key as YamlNodeLike),
        {
          expected: 'a rule id (docs/rules.md)',
          actual: `\`${id}\``,
        },
      );
    }
    const v = isScalar(pair.value) ? pair.value.value : undefined;
    if (v !== 'off' && v !== 'warn' && v !== 'error') {
      throw new InputError(`Expected a severity off | warn | error, not ${describeNode(pair.value)}`, placeOf(src, pair.value as YamlNodeLike));
    }
    rules[id] = v;
  }
  return rules;
}

/** `contentDir` and `glossaryDir`, when the file names them, must be existing folders. */
function checkFolders(config: DiglotConfig): void {
  for (const [key, what] of Object.entries(FOLDERS) as Array<[ConfigKey, string]>) {
    const place = config.places?.[key];
    if (!place) continue;
    const dir = config[key as 'contentDir' | 'glossaryDir'];
    const found = !existsSync(dir) ? 'no such folder' : statSync(dir).isDirectory() ? undefined : 'a file';
    if (found) {
      throw new InputError(`Cannot find the ${what} folder \`${relative(config.root, dir) || dir}\` named by \`${key}\``, place, {
        expected: 'an existing folder, relative to the config file',
        actual: found,
      });
    }
  }
}
