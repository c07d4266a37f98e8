import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { toSafeHast } from '../../src/edition/to-safe-hast.js';
import { createMessages } from '../../src/i18n/create-messages.js';
import { parseMarkdown } from '../../src/markdown/parse-markdown.js';

const html = (markdown: string): string => toHtml(toSafeHast(parseMarkdown(markdown), { messages: createMessages('en') }));

describe('sanitised content cannot clobber the page script (DOM clobbering)', () => {
  it('prefixes ids and names with user-content-', () => {
    const out = html(
      'Text <img name="querySelectorAll" src="https://example.org/a.png" alt="x"> and <a id="addEventListener" name="body">x</a> and <span id="cookie">c</span>.\n',
    );
    expect(out).toContain('name="user-content-querySelectorAll"');
    expect(out).toContain('id="user-content-addEventListener"');
    expect(out).toContain('name="user-content-body"');
    expect(out).toContain('id="user-content-cookie"');
    expect(out).not.toMatch(/\s(?:id|name)="(?!user-content-)/);
  });

  it('keeps footnotes and in-page links working: hrefs follow the prefixed ids', () => {
    const out = html('A claim.[^1] See [the note](#fn-1) and <a href="#user-content-fn-1">again</a>.\n\n[^1]: The note.\n');
    const ids = new Set([...out.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const targets = [...out.matchAll(/\shref="#([^"]+)"/g)].map((m) => m[1] as string);
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const target of targets) expect(ids, target).toContain(target);
    expect(out).toContain('aria-describedby="user-content-footnote-label"');
    expect(ids).toContain('user-content-footnote-label');
  });
});
