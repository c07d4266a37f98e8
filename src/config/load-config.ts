import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { InputError } from '../errors.js';
import { describeNode, parseYaml, placeOf, type YamlSource } from '../util/read-yaml.js';

/** Severity a rule is configured with. */
export type Severity = 'off' | 'warn' | 'error';

/** The resolved project configuration; directories are absolute. */
export interface DiglotConfig {
  /** The folder that holds the config file (or the working directory when there is none). */
  root: string;
  /** The config file path, or undefined when defaults are used. */
  file: string | undefined;
  sourceLanguage: string;
  targetLanguages: string[];
  contentDir: string;
  glossaryDir: string;
  outputDir: string;
  /** Rule id → severity; rules not named keep their default. */
  rules: Record<string, Severity>;
}

export const CONFIG_FILE = 'diglot.config.yaml';

const KEYS = ['sourceLanguage', 'targetLanguages', 'contentDir', 'glossaryDir', 'outputDir', 'rules'] as const;

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
 * upwards from `cwd`, else defaults rooted at `cwd`.
 *
 * @throws InputError with file:line:column when the file is unreadable or invalid
 * @example loadConfig({ cwd: process.cwd() }).targetLanguages // ['ru']
 */
export function loadConfig(options: { cwd: string; file?: string | undefined }): DiglotConfig {
  const file = options.file ? resolve(options.cwd, options.file) : findConfig(options.cwd);
  if (!file) return resolveConfig(resolve(options.cwd), undefined, {});
  if (!existsSync(file)) throw new InputError(`Cannot read config without the file`, { file }, { expected: 'an existing file', actual: 'no such file' });
  const src = parseYaml(readFileSync(file, 'utf8'), file);
  return resolveConfig(dirname(file), file, readFields(src));
}

function resolveConfig(root: string, file: string | undefined, raw: Partial<Record<(typeof KEYS)[number], unknown>>): DiglotConfig {
  return {
    root,
    file,
    sourceLanguage: (raw.sourceLanguage as string | undefined) ?? 'en',
    targetLanguages: (raw.targetLanguages as string[] | undefined) ?? ['ru'],
    contentDir: resolve(root, (raw.contentDir as string | undefined) ?? 'content'),
    glossaryDir: resolve(root, (raw.glossaryDir as string | undefined) ?? 'glossary'),
    outputDir: resolve(root, (raw.outputDir as string | undefined) ?? 'dist'),
    rules: (raw.rules as Record<string, Severity> | undefined) ?? {},
  };
}

function readFields(src: YamlSource): Partial<Record<(typeof KEYS)[number], unknown>> {
  const root = src.doc.contents;
  if (root === null) return {};
  if (!isMap(root)) throw new InputError(`Expected a mapping at the top of the config, not ${describeNode(root)}`, placeOf(src, root));
  const out: Partial<Record<(typeof KEYS)[number], unknown>> = {};
  for (const pair of (root as YAMLMap).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNodeLike;
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new InputError(`Unexpected config key \`${key}\`, expected one of ${KEYS.map((k) => `\`${k}\``).join(', ')}`, placeOf(src, pair.key as YamlNodeLike));
    }
    out[key as (typeof KEYS)[number]] = readValue(src, key, value);
  }
  return out;
}

type YamlNodeLike = Parameters<typeof placeOf>[1];

function readValue(src: YamlSource, key: string, node: YamlNodeLike): unknown {
  const place = placeOf(src, node);
  if (key === 'targetLanguages') {
    if (!isSeq(node) || node.items.length === 0 || !node.items.every((i) => isScalar(i) && isLanguage(i.value))) {
      throw new InputError(`Expected \`targetLanguages\` to be a non-empty list of language tags (e.g. [ru]), not ${describeNode(node)}`, place);
    }
    return node.items.map((i) => String((i as { value: unknown }).value));
  }
  if (key === 'rules') {
    if (!isMap(node)) throw new InputError(`Expected \`rules\` to be a mapping of rule id to off | warn | error, not ${describeNode(node)}`, place);
    const rules: Record<string, Severity> = {};
    for (const pair of node.items) {
      const v = isScalar(pair.value) ? pair.value.value : undefined;
      if (v !== 'off' && v !== 'warn' && v !== 'error') {
        throw new InputError(`Expected a severity off | warn | error, not ${describeNode(pair.value)}`, placeOf(src, pair.value as YamlNodeLike));
      }
      rules[String(isScalar(pair.key) ? pair.key.value : pair.key)] = v;
    }
    return rules;
  }
  if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') {
    throw new InputError(`Expected \`${key}\` to be a string, not ${describeNode(node)}`, place);
  }
  if (key === 'sourceLanguage' && !isLanguage(node.value)) throw new InputError(`Expected a BCP 47 language tag, not \`${node.value}\``, place);
  return node.value;
}

function isLanguage(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
