// Minimal typings for picomatch 4 (it ships none): the matcher factory and `scan`.

declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    nocase?: boolean;
    strictBrackets?: boolean;
  }
  type Matcher = (path: string) => boolean;
  interface Picomatch {
    (glob: string | readonly string[], options?: PicomatchOptions): Matcher;
    makeRe(glob: string, options?: PicomatchOptions): RegExp;
  }
  const picomatch: Picomatch;
  export default picomatch;
}
