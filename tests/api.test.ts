import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('is exactly this list (a change here is a change of the public API)', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'ExitCode',
        'InputError',
        'UsageError',
        'alignDocuments',
        'alignSentences',
        'applyImport',
        'applyUpdate',
        'assignIds',
        'buildExchange',
        'buildSite',
        'buildTermIndex',
        'carryOver',
        'checkFiles',
        'checkPair',
        'collectDiffs',
        'compileGlossary',
        'contentPaths',
        'createLock',
        'diffDocument',
        'escapeCodedText',
        'exitCodeFor',
        'exportDeeplTsv',
        'exportTbx2008',
        'exportTbx2019',
        'findConfig',
        'findEnglishTerms',
        'formatReport',
        'joinCodedText',
        'lintGlossary',
        'loadConfig',
        'loadGlossary',
        'lockStatus',
        'main',
        'matchTerms',
        'parseMarkdown',
        'planUpdate',
        'previousUnits',
        'readExchange',
        'readLock',
        'reassemble',
        'registerSentenceRules',
        'resolveForms',
        'segmentMarkdown',
        'segmentTree',
        'splitSentences',
        'stripCodes',
        'tokenizeCodedText',
        'wordDiff',
        'writeLock',
        'writePo',
        'writeTmx',
        'writeXliff12',
        'writeXliff2',
        // diglot as unified plugins (docs/unified.md)
        'markdownProcessor',
        'STRINGIFY_SETTINGS',
        'remarkDiglotSegment',
        'segmentFile',
        'documentRulePlugin',
        'remarkPresetDiglot',
        'diglotLintPreset',
        'remarkDiglotTypography',
        'remarkDiglotMixedScript',
        'remarkDiglotSpelling',
        'DOCUMENT_RULES',
        'checkFilePair',
        'PAIR_RULES',
      ].sort(),
    );
  });

  it('exposes the stages as unified plugins: segment, lint preset, pair check', () => {
    expect(typeof api.remarkDiglotSegment).toBe('function');
    expect(api.remarkPresetDiglot.plugins).toHaveLength(api.DOCUMENT_RULES.length);
    expect(api.DOCUMENT_RULES.map((r) => r.id)).toEqual(['typography', 'mixed-script', 'spelling']);
    // Every content rule is either a one-document rule or a pair rule, never both.
    expect([...api.DOCUMENT_RULES, ...api.PAIR_RULES].map((r) => r.id).sort()).toEqual(
      [...new Set([...api.DOCUMENT_RULES, ...api.PAIR_RULES].map((r) => r.id))].sort(),
    );
    expect(api.PAIR_RULES.map((r) => r.id)).toContain('number-mismatch');
  });
});
