// Minimal types for gettext-parser 8 (the package ships none): the PO parts diglot uses.
declare module 'gettext-parser' {
  export interface GetTextComment {
    translator?: string;
    reference?: string;
    extracted?: string;
    flag?: string;
    previous?: string;
  }
  export interface GetTextTranslation {
    msgctxt?: string;
    msgid: string;
    msgid_plural?: string;
    msgstr: string[];
    comments?: GetTextComment;
  }
  export interface GetTextTranslations {
    charset: string;
    headers?: Record<string, string>;
    translations: Record<string, Record<string, GetTextTranslation>>;
  }
  export const po: {
    parse(buffer: string | Buffer, options?: { defaultCharset?: string; validation?: boolean }): GetTextTranslations;
    compile(table: GetTextTranslations, options?: { foldLength?: number; sort?: boolean; escapeCharacters?: boolean }): Buffer;
  };
  const parser: { po: typeof po };
  export default parser;
}
