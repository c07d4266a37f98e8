import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('is exactly this list (a change here is a change of the public API)', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'ExitCode', 'InputError', 'UsageError', 'alignDocuments', 'alignSentences', 'applyImport', 'applyUpdate',
        'assignIds', 'buildExchange', 'buildSite', 'buildTermIndex', 'carryOver', 'checkFiles', 'checkPair', 'collectDiffs',
        'compileGlossary', 'contentPaths', 'createLock', 'diffDocument', 'escapeCodedText', 'exitCodeFor', 'exportDeeplTsv', 'exportTbx2008',
        'exportTbx2019', 'findConfig', 'findEnglishTerms', 'formatReport', 'joinCodedText', 'lintGlossary', 
        'loadConfig', 'loadGlossary', 'lockStatus', 'main', 'matchTerms', 'parseMarkdown', 'planUpdate', 'previousUnits',
        'readExchange', 'readLock', 'reassemble', 'registerSentenceRules', 'resolveForms', 'segmentMarkdown', 'segmentTree',
        'splitSentences', 'stripCodes', 'tokenizeCodedText', 'wordDiff', 'writeLock', 'writePo', 'writeTmx', 'writeXliff12',
        'writeXliff2',
      ].sort(),
    );
  });
});
