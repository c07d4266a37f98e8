/**
 * GitHub Actions workflow commands (`::error file=a.md,line=3::message`), escaped exactly as
 * GitHub's toolkit (`@actions/core`, command.ts) escapes them, so the runner reads back the
 * text that was meant.
 */

/** Properties of an annotation, in the toolkit's order; an unset or empty one is left out. */
export interface AnnotationProperties {
  title?: string | undefined;
  file?: string | undefined;
  line?: number | undefined;
  endLine?: number | undefined;
  col?: number | undefined;
  endColumn?: number | undefined;
}

const PROPERTY_ORDER = ['title', 'file', 'line', 'endLine', 'col', 'endColumn'] as const;

/**
 * Escape a command's data (the message): `%` → `%25`, CR → `%0D`, LF → `%0A`.
 *
 * @example escapeData('100%\nsure') // '100%25%0Asure'
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Escape a property value: as data, and `:` → `%3A`, `,` → `%2C`.
 *
 * @example escapeProperty('a,b: c') // 'a%2Cb%3A c'
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One workflow command line (without the line break): `::<command> key=value,…::<message>`.
 * Properties that are undefined, empty or 0 are left out, as the toolkit does.
 *
 * @example workflowCommand('error', { file: 'a.md', line: 3 }, 'Bad') // '::error file=a.md,line=3::Bad'
 */
export function workflowCommand(command: string, properties: AnnotationProperties, message: string): string {
  const props = PROPERTY_ORDER.flatMap((key) => {
    const value = properties[key];
    return value === undefined || value === '' || value === 0 ? [] : [`${key}=${escapeProperty(String(value))}`];
  });
  return `::${command}${props.length ? ` ${props.join(',')}` : ''}::${escapeData(message)}`;
}
