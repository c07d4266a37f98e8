/** The six Russian cases in school order, as OpenCorpora grammemes. */
export const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;

/** The two numbers. */
export const NUMBERS = ['sing', 'plur'] as const;

export type CaseGrammeme = (typeof CASES)[number];
export type NumberGrammeme = (typeof NUMBERS)[number];

/** A generated form with its case and number tag, e.g. `{ form: 'ноты', tag: 'gent sing' }`. */
export interface TaggedForm {
  form: string;
  tag: string;
}
