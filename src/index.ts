// The public API of diglot: re-exports only (see tests/api.test.ts, which pins this list).

export { main } from './cli.js';
export { ExitCode, exitCodeFor } from './cli/exit-code.js';
export { InputError, UsageError } from './errors.js';
export { loadConfig, findConfig, type DiglotConfig, type Severity } from './config/load-config.js';
export { contentPaths, type ContentPaths } from './content/content-paths.js';

export { parseMarkdown, type ParseOptions } from './markdown/parse-markdown.js';
export { segmentMarkdown, segmentTree, type SegmentOptions } from './segment/segment-markdown.js';
export { reassemble, type ReassembleOptions, type WrapMode } from './segment/reassemble.js';
export { splitSentences, registerSentenceRules } from './segment/split-sentences.js';
export { tokenizeCodedText, stripCodes, escapeCodedText, joinCodedText, type CodedToken } from './segment/coded-text.js';
export { assignIds, type PreviousUnit } from './segment/assign-ids.js';
export type { InlineCode, Sentence, SegmentedDocument, Unit, UnitKind } from './segment/types.js';

export { loadGlossary } from './glossary/load-glossary.js';
export { compileGlossary } from './glossary/compile-glossary.js';
export { resolveForms } from './glossary/resolve-forms.js';
export { buildTermIndex } from './glossary/build-term-index.js';
export { matchTerms, findEnglishTerms } from './glossary/match-terms.js';
export { lintGlossary } from './glossary/lint-glossary.js';
export { exportTbx2019 } from './glossary/export-tbx2019.js';
export { exportTbx2008 } from './glossary/export-tbx2008.js';
export { exportDeeplTsv } from './glossary/export-deepl-tsv.js';

export { alignDocuments, alignSentences } from './align/index.js';
export { createLock, readLock, writeLock, lockStatus, previousUnits } from './lock/index.js';

export { checkPair, type CheckPairOptions, type DocumentInput } from './check/check-pair.js';
export { checkFiles } from './check/check-files.js';
export { formatReport } from './report/format-report.js';

export { buildSite } from './edition/build-site.js';

export { buildExchange } from './exchange/build-exchange.js';
export { writeXliff2 } from './exchange/xliff2/write-xliff2.js';
export { writeXliff12 } from './exchange/xliff12/write-xliff12.js';
export { writePo } from './exchange/po/write-po.js';
export { writeTmx } from './exchange/tmx/write-tmx.js';
export { readExchange } from './exchange/read-exchange.js';
export { applyImport } from './exchange/apply-import.js';

export { diffDocument } from './review/diff-document.js';
export { collectDiffs } from './review/collect-diffs.js';
export { wordDiff } from './review/word-diff.js';
export { planUpdate, applyUpdate } from './update/plan-update.js';
export { carryOver } from './update/carry-over.js';

// diglot as unified plugins (docs/unified.md).
export { markdownProcessor, STRINGIFY_SETTINGS, type MarkdownProcessor, type ProcessorKind } from './unified/markdown-processor.js';
export { remarkDiglotSegment, type SegmentPluginOptions } from './unified/remark-diglot-segment.js';
export { segmentFile } from './unified/segment-file.js';
export type { FileSettingsOptions } from './unified/file-settings.js';
export { documentRulePlugin, type DocumentRuleOptions, type DocumentRulePlugin } from './unified/document-rule-plugin.js';
export {
  remarkPresetDiglot,
  diglotLintPreset,
  remarkDiglotTypography,
  remarkDiglotMixedScript,
  remarkDiglotSpelling,
  DOCUMENT_RULES,
} from './unified/remark-preset-diglot.js';
export { checkFilePair, PAIR_RULES, type FilePairOptions } from './unified/check-file-pair.js';
export type { Rule } from './check/create-rule.js';
