/**
 * The syntax a project's documents are written in, beyond CommonMark + GFM: template tags
 * (Liquid/Jinja, Hugo shortcodes, patterns of the project's own) and MDX (for `.mdx` files).
 * Read from diglot.config.yaml (`templates`, `templatePatterns`, `mdx`), see docs/templates-and-mdx.md.
 */

/** Template syntaxes diglot knows by name. */
export const TEMPLATE_PRESETS = {
  /** Hugo shortcodes `{{< … >}}` and `{{% … %}}`. */
  hugo: ['\\{\\{<', '>\\}\\}', '\\{\\{%', '%\\}\\}'],
  /** Liquid / Jinja / Nunjucks / GitBook tags `{% … %}` and output `{{ … }}`. */
  liquid: ['\\{%', '%\\}', '\\{\\{', '\\}\\}'],
} as const;

/** The name of a template preset. */
export type TemplatePreset = keyof typeof TEMPLATE_PRESETS;

/** Names of the presets, in the order their patterns are tried (Hugo's `{{<` before Liquid's `{{`). */
export const TEMPLATE_PRESET_NAMES: readonly TemplatePreset[] = ['hugo', 'liquid'];

/** How documents are parsed beyond CommonMark + GFM. */
export interface MarkdownSyntax {
  /** Template presets whose tags are kept as codes, never translated. */
  templates: readonly TemplatePreset[];
  /** More template tags, as JavaScript regular expression sources (e.g. `<%.*?%>`). */
  templatePatterns: readonly string[];
  /** JSX attributes whose string values are translatable units in `.mdx` files. */
  mdxTranslatableAttributes: readonly string[];
}

/** The syntax when the config says nothing: every template preset on; MDX `title`, `alt`, `label`, `description` translated. */
export const DEFAULT_SYNTAX: MarkdownSyntax = {
  templates: TEMPLATE_PRESET_NAMES,
  templatePatterns: [],
  mdxTranslatableAttributes: ['title', 'alt', 'label', 'description'],
};

/** Matches no text: used when no template syntax is on. */
const NOTHING = /(?!)/g;

/** Inside a tag, any character, but never a blank line (a blank line ends the paragraph). */
const INSIDE = '(?:(?!\\n[ \\t]*\\r?\\n)[\\s\\S])*?';

const cache = new Map<string, RegExp>();

/**
 * One global regular expression matching every template tag the syntax protects, presets first
 * (in {@link TEMPLATE_PRESET_NAMES} order), then the project's own patterns.
 *
 * @example templateMatcher(DEFAULT_SYNTAX).exec('a {{ b }}')?.[0] // '{{ b }}'
 */
export function templateMatcher(syntax: MarkdownSyntax): RegExp {
  const key = JSON.stringify([syntax.templates, syntax.templatePatterns]);
  const known = cache.get(key);
  if (known) return known;
  const parts: string[] = [];
  for (const name of TEMPLATE_PRESET_NAMES) {
    if (!syntax.templates.includes(name)) continue;
    const delimiters = TEMPLATE_PRESETS[name];
    for (let i = 0; i < delimiters.length; i += 2) parts.push(`${delimiters[i]}${INSIDE}${delimiters[i + 1]}`);
  }
  for (const pattern of syntax.templatePatterns) parts.push(`(?:${pattern})`);
  const matcher = parts.length === 0 ? NOTHING : new RegExp(parts.join('|'), 'g');
  cache.set(key, matcher);
  return matcher;
}

/** True for a file parsed as MDX (its name ends in `.mdx`). */
export function isMdxFile(file: string | undefined): boolean {
  return file !== undefined && /\.mdx$/i.test(file);
}

/**
 * A key that changes whenever parsing with `syntax` may give another tree: part of the keys of
 * remembered trees and segmentations.
 */
export function syntaxKey(syntax: MarkdownSyntax, mdx: boolean): string {
  return JSON.stringify([mdx, syntax.templates, syntax.templatePatterns, mdx ? syntax.mdxTranslatableAttributes : []]);
}
