// Minimal typings for the untyped morphology packages used by the glossary compiler.

declare module 'az' {
  interface AzTag {
    POST?: string;
    CAse?: string;
    NMbr?: string;
    GNdr?: string;
    ANim?: string;
    [grammeme: string]: unknown;
    toString(): string;
  }
  interface AzParse {
    word: string;
    tag: AzTag;
    parser: string;
    score: number;
    inflect(grammemes: string[]): AzParse | false;
  }
  interface AzMorph {
    (word: string, options?: { ignoreCase?: boolean; stutter?: number; typos?: number }): AzParse[];
    init(path: string, callback: (error?: unknown) => void): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
  export type { AzParse, AzTag };
}

declare module 'petrovich' {
  interface PetrovichPerson {
    first?: string;
    middle?: string;
    last?: string;
    gender: 'male' | 'female' | 'androgynous';
  }
  function petrovich(person: PetrovichPerson, gcase: string): PetrovichPerson;
  export default petrovich;
}
