import { describe, expect, it } from 'vitest';
import { diffDocument } from '../../src/review/diff-document.js';

describe('diglot diff: a one-word heading edit', () => {
  it('License → Licence is one edited heading, not removed + added', () => {
    const before = '# Project\n\nSome text about the project.\n\n## License\n\nMIT.\n';
    const after = before.replace('## License', '## Licence');
    const d = diffDocument({
      source: { file: 'content/en/a.md', lang: 'en', before, after },
      target: { file: 'content/ru/a.md', lang: 'ru', before: undefined, after: undefined },
      from: 'HEAD',
      to: 'working tree',
    });
    const changed = d.sourceChanges.filter((c) => c.change !== 'unchanged');
    expect(changed.map((c) => c.change)).toEqual(['edited']);
    expect(changed[0]!.before[0]!.id).toBe(changed[0]!.after[0]!.id);
    expect(changed[0]!.words).toEqual([
      { type: 'delete', text: 'License' },
      { type: 'insert', text: 'Licence' },
    ]);
  });
});
