import { describe, expect, it } from 'vitest';
import { createMessages } from '../../src/i18n/create-messages.js';

// This file is type-checked by `npm test` (tsc -p tsconfig.json): the resources are typed from
// src/i18n/locales/en.json, so an unknown key is a compile error. If the typing broke, the
// `@ts-expect-error` below would itself become an error ("unused directive").
describe('typed interface strings', () => {
  it('accepts known keys and rejects unknown ones at compile time', () => {
    const { t } = createMessages('ru');
    expect(t('footnotes.label')).toBe('Примечания');
    // @ts-expect-error an unknown key fails the typecheck
    expect(t('footnotes.labell')).toBe('footnotes.labell');
  });
});
