import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import { InputError } from '../errors.js';
import { describeNode, placeOf, type YamlSource } from '../util/read-yaml.js';
import { readCondition } from './read-condition.js';
import type { ConditionalRendering, EntryKind, Gender, GlossaryEntry, RenderingCondition, TargetRendering } from './types.js';

const KINDS: readonly EntryKind[] = ['person', 'term', 'invariant'];
const ENTRY_KEYS = ['id', 'kind', 'en', 'note'];
const TARGET_KEYS = ['term', 'given', 'patronymic', 'initials', 'gender', 'forbidden', 'forms', 'renderings', 'number'];
const RENDERING_KEYS = ['term', 'when'];
const PERSON_ONLY = ['given', 'patronymic', 'initials', 'gender'];
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const INITIAL = /^\p{Lu}\p{Ll}?\.$/u;

/**
 * Validate one glossary entry (a YAML mapping) and turn it into a {@link GlossaryEntry}.
 *
 * @param src the parsed file (for positions)
 * @param node the entry's node
 * @throws InputError at file:line:column saying what was expected and what was found
 * @example validateEntry(src, src.doc.contents.items[0]).id // 'litvinov'
 */
export function validateEntry(src: YamlSource, node: unknown): GlossaryEntry {
  if (!isMap(node)) fail(src, node, 'an entry (a mapping with `id`, `kind`, `en`, `ru`)');
  const map = node as YAMLMap;
  const id = readString(src, map, 'id', true, node) as string;
  if (!ID.test(id)) fail(src, map.get('id', true), 'an id of lower-case letters, digits and hyphens (e.g. `vkp-b`)');
  const kind = readString(src, map, 'kind', true, node) as EntryKind;
  if (!KINDS.includes(kind)) fail(src, map.get('kind', true), 'one of `person`, `term`, `invariant`');
  const { en, enWhen } = readEnglish(src, map, node);
  if (en.length === 0) fail(src, map.get('en', true) ?? node, 'a non-empty list `en` of English forms');
  const note = readString(src, map, 'note', false, node);
  const targets: Record<string, TargetRendering> = {};
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (ENTRY_KEYS.includes(key)) continue;
    if (!LANGUAGE.test(key)) fail(src, pair.key, `one of ${[...ENTRY_KEYS, 'ru'].map((k) => `\`${k}\``).join(', ')} or a target language tag`);
    targets[key] = readTarget(src, pair.value, kind, key);
  }
  if (Object.keys(targets).length === 0) fail(src, node, 'a target language key such as `ru`', 'an entry without one');
  const entry: GlossaryEntry = { id, kind, en, targets, place: placeOf(src, node as YamlNode) };
  if (enWhen) entry.enWhen = enWhen;
  if (note !== undefined) entry.note = note;
  return entry;
}

function readTarget(src: YamlSource, node: unknown, kind: EntryKind, lang: string): TargetRendering {
  if (!isMap(node)) fail(src, node, `a mapping \`${lang}\` with at least \`term\``);
  const map = node as YAMLMap;
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : describeNode(pair.key);
    if (!TARGET_KEYS.includes(key)) fail(src, pair.key, `one of ${TARGET_KEYS.map((k) => `\`${k}\``).join(', ')}`, `\`${key}\``);
    if (kind !== 'person' && PERSON_ONLY.includes(key)) fail(src, pair.key, `\`${key}\` only on entries of kind \`person\``, `\`${key}\` on kind \`${kind}\``);
  }
  const term = readString(src, map, 'term', true, node, `\`${lang}.term\``) as string;
  const target: TargetRendering = { term, forbidden: readList(src, map, 'forbidden', node), forms: readList(src, map, 'forms', node) };
  const renderings = readRenderings(src, map.get('renderings', true));
  if (renderings) target.renderings = renderings;
  const number = readString(src, map, 'number', false, node);
  if (number !== undefined) {
    if (number !== 'singular' && number !== 'plural') fail(src, map.get('number', true), '`singular` or `plural`');
    if (kind !== 'term') fail(src, map.get('number', true), '`number` only on entries of kind `term`', `\`number\` on kind \`${kind}\``);
    target.number = number;
  }
  if (kind === 'person') {
    const gender = readString(src, map, 'gender', true, node, `\`${lang}.gender\` (male | female) on a person`);
    if (gender !== 'male' && gender !== 'female') fail(src, map.get('gender', true), '`male` or `female`');
    target.gender = gender as Gender;
    for (const key of ['given', 'patronymic'] as const) {
      const value = readString(src, map, key, false, node);
      if (value !== undefined) target[key] = value;
    }
    const initials = readString(src, map, 'initials', false, node);
    if (initials !== undefined) {
      checkInitials(src, map.get('initials', true), initials, term);
      target.initials = initials;
    }
  }
  return target;
}

/** `renderings`: a list of `{ term, when }` mappings. */
function readRenderings(src: YamlSource, node: unknown): ConditionalRendering[] | undefined {
  if (node === undefined) return undefined;
  if (!isSeq(node)) fail(src, node, '`renderings` to be a list of `{ term, when }` mappings');
  return (node as { items: unknown[] }).items.map((item) => {
    if (!isMap(item)) fail(src, item, 'a rendering `{ term, when }`');
    const map = item as YAMLMap;
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : describeNode(pair.key);
      if (!RENDERING_KEYS.includes(key)) fail(src, pair.key, '`term` or `when` in a rendering', `\`${key}\``);
    }
    const term = readString(src, map, 'term', true, item, 'a rendering `term`') as string;
    const when = map.get('when', true);
    if (when === undefined) fail(src, item, '`when`, the condition of the rendering', 'a rendering without it');
    return { term, when: readCondition(src, when) };
  });
}

/** `en`: strings, or `{ form, when }` mappings for a trigger restricted to a context. */
function readEnglish(src: YamlSource, map: YAMLMap, parent: unknown): { en: string[]; enWhen?: Record<string, RenderingCondition> } {
  const node = map.get('en', true);
  if (node === undefined) fail(src, parent, '`en`, a list of English forms', 'an entry without it');
  if (!isSeq(node)) fail(src, node, '`en` to be a list of strings');
  const en: string[] = [];
  let enWhen: Record<string, RenderingCondition> | undefined;
  for (const item of (node as { items: unknown[] }).items) {
    if (isMap(item)) {
      const trigger = item as YAMLMap;
      for (const pair of trigger.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : describeNode(pair.key);
        if (key !== 'form' && key !== 'when') fail(src, pair.key, '`form` or `when` in an English trigger', `\`${key}\``);
      }
      const form = readString(src, trigger, 'form', true, item, 'a trigger `form`') as string;
      const when = trigger.get('when', true);
      if (when === undefined) fail(src, item, '`when`, the context of the trigger', 'a trigger without it');
      en.push(form);
      (enWhen ??= {})[form] = readCondition(src, when);
      continue;
    }
    if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') fail(src, item, 'a non-empty string (or `{ form, when }`) in `en`');
    en.push((item as { value: string }).value);
  }
  return enWhen ? { en, enWhen } : { en };
}

/** Initials: `И.\u00A0О.\u00A0Фамилия` — each initial followed by a no-break space, then the surname. */
function checkInitials(src: YamlSource, node: unknown, value: string, surname: string): void {
  if (!value.endsWith(surname)) fail(src, node, `initials ending with the surname \`${surname}\``, `\`${value}\``);
  const head = value.slice(0, value.length - surname.length);
  const parts = head.split('\u00A0');
  const last = parts.pop();
  if (parts.length === 0 || last !== '' || !parts.every((p) => INITIAL.test(p))) {
    const hint = head.includes(' ') ? `plain space in \`${value}\`` : `\`${value}\``;
    fail(src, node, 'initials like `М.\u00A0М.\u00A0Литвинов` with a no-break space (U+00A0) after each initial', hint);
  }
}

function readString(src: YamlSource, map: YAMLMap, key: string, required: boolean, parent: unknown, label = `\`${key}\``): string | undefined {
  const node = map.get(key, true);
  if (node === undefined) {
    if (required) fail(src, parent, `${label}`, 'an entry without it');
    return undefined;
  }
  if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') fail(src, node, `${label} to be a non-empty string`);
  return (node as { value: string }).value;
}

function readList(src: YamlSource, map: YAMLMap, key: string, parent: unknown): string[] {
  const node = map.get(key, true);
  if (node === undefined) {
    if (key === 'en') fail(src, parent, '`en`, a list of English forms', 'an entry without it');
    return [];
  }
  if (!isSeq(node)) fail(src, node, `\`${key}\` to be a list of strings`);
  return (node as { items: unknown[] }).items.map((item) => {
    if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') fail(src, item, `a non-empty string in \`${key}\``);
    return (item as { value: string }).value;
  });
}

function fail(src: YamlSource, node: unknown, expected: string, actual = describeNode(node)): never {
  throw new InputError(`Unexpected ${actual}, expected ${expected}`, placeOf(src, node as YamlNode), { expected, actual });
}
