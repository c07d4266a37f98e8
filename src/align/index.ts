export { alignDocuments, sentenceOffsets } from './align-documents.js';
export { alignSentences } from './align-sentences.js';
export { ALIGNMENT_UNCERTAIN } from './uncertain-messages.js';
export { consonantSkeleton, cyrillicToLatin, latinToCyrillic, skeletonsMatch } from './transliterate.js';
export { normalizeNumbers } from './normalize-numbers.js';
export { DEFAULT_RATIO, DEFAULT_VARIANCE, lengthCost } from './gale-church.js';
export type { AlignOptions, Alignment, AlignmentResult, Bead, TermPair } from './types.js';
