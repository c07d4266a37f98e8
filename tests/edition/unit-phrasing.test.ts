import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { codeNode } from '../../src/edition/code-node.js';
import { toSafeHast } from '../../src/edition/to-safe-hast.js';
import { unitPhrasing } from '../../src/edition/unit-phrasing.js';
import { createMessages } from '../../src/i18n/create-messages.js';
import { segmentMarkdown } from '../../src/segment/segment-markdown.js';

const messages = createMessages('en');

function render(markdown: string, terms: Array<{ start: number; end: number; entryId: string; note?: string }> = []): string {
  const doc = segmentMarkdown(`${markdown}\n\n[d]: https://example.org/d "Dee"\n`, { file: 'a.md', lang: 'en' });
  const unit = doc.units[0];
  if (!unit) throw new Error('no unit');
  const children = unitPhrasing(unit, {
    node: (c) => codeNode(c, { d: { url: 'https://example.org/d', title: 'Dee' } }),
    sentence: (k) => ({ className: ['s'], dataS: String(k) }),
    terms,
  });
  return toHtml(toSafeHast({ type: 'root', children: [{ type: 'paragraph', children }] }, { messages }));
}

describe('unitPhrasing: sentences wrapped, markup restored per sentence', () => {
  it('splits markup that spans sentences into balanced pieces', () => {
    expect(render('*One here. Two there.* Three.')).toBe(
      '<p><span class="s" data-s="0"><em>One here.</em></span> <span class="s" data-s="1"><em>Two there.</em></span> <span class="s" data-s="2">Three.</span></p>',
    );
  });

  it('keeps links (with title), code, references and nesting inside a sentence', () => {
    expect(render('See [the **full** text](https://x.org/a "T") and `code`. Then [ref][d].')).toBe(
      '<p><span class="s" data-s="0">See <a href="https://x.org/a" title="T">the <strong>full</strong> text</a> and <code>code</code>.</span> <span class="s" data-s="1">Then <a href="https://example.org/d" title="Dee">ref</a>.</span></p>',
    );
  });

  it('marks glossary terms by plain-text offset, also across markup', () => {
    // plain text: "Maxim Litvinov came. He left." — term "Maxim Litvinov" = 0..14, "Litvinov" inside emphasis
    expect(render('Maxim *Litvinov* came. He left.', [{ start: 0, end: 14, entryId: 'litvinov', note: 'Commissar' }])).toBe(
      '<p><span class="s" data-s="0"><abbr class="term" data-term="litvinov" title="Commissar">Maxim </abbr><em><abbr class="term" data-term="litvinov" title="Commissar">Litvinov</abbr></em> came.</span> <span class="s" data-s="1">He left.</span></p>',
    );
  });

  it('sanitises raw HTML inside a sentence', () => {
    const html = render('Bad <img src="x.png" onerror="alert(1)"> here. <script>alert(2)</script> Fine.');
    expect(html).not.toMatch(/onerror|<script|alert\(2\)/);
    expect(html).toContain('<img src="x.png">');
  });
});
