import type { Root } from 'mdast';
import { parse } from 'yaml';

/** One poll option as written in front matter. */
export interface PollOption {
  text: string;
  votes: number;
}

/** The front matter fields the build renders (all optional; unknown fields are ignored). */
export interface FrontMatter {
  title?: string;
  subtitle?: string;
  summary?: string;
  author?: string;
  authorTitle?: string;
  publisher?: string;
  /** `YYYY-MM-DD`. */
  date?: string;
  lang?: string;
  source?: string;
  /** The translator's line of a translation («Перевод с английского…»): only in the target. */
  translation?: string;
  poll?: { question: string; options: PollOption[] };
}

const TEXT_FIELDS = ['title', 'subtitle', 'summary', 'author', 'authorTitle', 'publisher', 'date', 'lang', 'source', 'translation'] as const;

/**
 * Read the YAML front matter of a parsed article. Values of the wrong type are left out
 * (segmentation reports invalid YAML; the build only renders what it understands).
 *
 * @param tree the mdast root (remark-frontmatter `yaml` node first)
 * @returns the known fields
 * @example readFrontMatter(parseMarkdown('---\ntitle: Hi\n---\n')).title // 'Hi'
 */
export function readFrontMatter(tree: Root): FrontMatter {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return {};
  let data: unknown;
  try {
    data = parse(node.value);
  } catch {
    return {};
  }
  if (!isRecord(data)) return {};
  const out: FrontMatter = {};
  for (const key of TEXT_FIELDS) {
    const value = data[key];
    if (typeof value === 'string' && value.trim() !== '') out[key] = value;
    else if (value instanceof Date && key === 'date') out.date = value.toISOString().slice(0, 10);
  }
  const poll = data['poll'];
  if (isRecord(poll) && typeof poll['question'] === 'string' && Array.isArray(poll['options'])) {
    const options = poll['options'].filter(isRecord).map((o) => ({ text: String(o['text'] ?? ''), votes: toCount(o['votes']) }));
    out.poll = { question: poll['question'], options };
  }
  return out;
}

function toCount(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
