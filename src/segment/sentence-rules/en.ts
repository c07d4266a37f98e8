import {commonSentenceRules} from './common.js';
import type {SentenceRuleSet} from './types.js';

/** English sentence rules. */
export const enSentenceRules: SentenceRuleSet = {
  abbreviations: {
    prefix: [
      'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'St', 'Mt', 'Ft', 'Gen', 'Gov', 'Sen', 'Rep',
      'Lt', 'Col', 'Capt', 'Cmdr', 'Sgt', 'Maj', 'Adm', 'Rev', 'Hon', 'Pres', 'Supt', 'Mme',
      'Mlle', 'vs', 'e.g', 'i.e', 'cf', 'viz', 'Sept', 'Jan', 'Feb', 'Aug', 'Oct', 'Nov', 'Dec',
      // Titles and honorifics before a name ("Sens. Lindsey Graham", "Det. Dennis McCarthy")
      'Sens', 'Reps', 'Det', 'Dets', 'Insp', 'Supts', 'Cpl', 'Pvt', 'Pfc', 'Atty', 'Amb', 'Cdr',
      'Brig', 'Msgr', 'Govs', 'Gens', 'Drs', 'Profs', 'Sgts', 'Lts', 'Cllr', 'Fr', 'Sra', 'Sr'
    ],
    ambiguous: [
      'U.S', 'U.K', 'U.N', 'U.S.A', 'U.S.S.R', 'E.U', 'D.C', 'US', 'UK', 'UN', 'EU', 'USA', 'Jr', 'Sr', 'Inc', 'Ltd', 'Co',
      'Corp', 'Bros', 'a.m', 'p.m', 'A.D', 'B.C', 'Op.cit', 'Op.Cit', 'op.cit', 'op. cit',
      'Ibid', 'ibid', 'al'
    ],
    beforeNumber: [
      'p', 'pp', 'P', 'PP', 'Vol', 'vol', 'Vols', 'No', 'no', 'Nos', 'Fig', 'fig', 'Figs',
      'Art', 'art', 'Ch', 'ch', 'Sec', 'sec', 'Para', 'para', 'Eq', 'eq', 'approx', 'ca', 'c',
      'est', 'ed', 'Ed', 'Pt', 'pt', 'Bk', 'vv', 'v'
    ]
  },
  sentenceStarters: [
    'The', 'A', 'An', 'It', 'Its', 'This', 'That', 'These', 'Those', 'There', 'Then', 'Thus',
    'They', 'He', 'She', 'We', 'I', 'You', 'In', 'On', 'At', 'As', 'By', 'For', 'From', 'With',
    'Without', 'After', 'Before', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'Finally',
    'Moreover', 'Meanwhile', 'Also', 'Nevertheless', 'Although', 'Though', 'Despite', 'During',
    'While', 'When', 'Since', 'Because', 'If', 'Many', 'Most', 'Some', 'His', 'Her', 'Their',
    'Our', 'My', 'Today', 'Soon', 'Only', 'All', 'Such', 'Other', 'Now', 'Here', 'What', 'Who',
    'Why', 'How', 'Where', 'Indeed', 'Still', 'Later', 'Instead', 'Under', 'Over', 'Both'
  ],
  rules: [
    {
      break: false,
      before: `\\.`,
      after: `\\s+(?:Page|Pages|P\\.|PP\\.?|pp?\\.|Vol\\.|Volume|No\\.|#)\\s*\\d`,
      note: 'A citation locator continues the reference: "1985. Page 290.", "2009. PP 637-638."'
    },
    {
      break: false,
      before: `(?:[;:]|(?<!\\p{L})(?:be|or|either|nor|and))\\s+\\d{1,2}\\.`,
      after: `\\s+[^.!?]*?[;:]\\s*(?:\\p{L}+\\s+)?\\d{1,2}\\.\\s`,
      note: 'A numbered option followed by another: "Will it be 1. Strategic…; 2. Selective…"'
    },
    {
      break: false,
      before: `[;:]\\s+(?:(?:or|and|nor)\\s+)?\\d{1,2}\\.`,
      after: `\\s`,
      note: 'A numbered option after a list separator: "…partners; or 3. Open confrontation?"'
    },
    ...commonSentenceRules
  ]
};
