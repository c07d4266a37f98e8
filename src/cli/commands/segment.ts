import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import { contentPaths } from '../../content/content-paths.js';
import { previousUnits, readLock } from '../../lock/index.js';
import { UsageError } from '../../errors.js';
import { languageOfPath } from '../../content/language-of-path.js';
import { readDocument } from '../../util/read-document.js';
import { segmentUnits } from '../../segment/segment-markdown.js';
import { stripCodes } from '../../segment/coded-text.js';
import type { SegmentedDocument, Unit } from '../../segment/types.js';
import type { Command } from '../context.js';
import { expectOneOf } from '../expect-one-of.js';

/** `diglot segment <file> [--format json|text] [--lang xx]`: print a document's units and sentences. */
export const segmentCommand: Command = {
  summary: 'Cut a document into translatable units and sentences',
  usage:
    "Usage: diglot segment <file.md> [--format json|text] [--lang <tag>]\n\nThe language defaults to the folder name (content/<lang>/…) or the config's source language.\nA source document with a lock (content/<slug>.lock.json) keeps the unit IDs the lock remembers.",
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, lang: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError(`Expected one file to segment, not ${positionals.length}`);
    const format = expectOneOf('format', values.format, ['json', 'text']);
    const file = resolve(ctx.cwd, positionals[0] as string);
    const name = relative(ctx.cwd, file) || file;
    const source = readDocument(file, name);
    const config = ctx.config();
    const lang = values.lang ?? languageOfPath(file, config);
    // A source document with a lock keeps the IDs the lock knows, also for edited units.
    const paths = contentPaths(config, file);
    const lock = file === paths.source ? readLock(paths.lock) : undefined;
    // Units are written as they come, so a large document is never held whole (see segmentUnits).
    const units = segmentUnits(source, { file: name, lang, syntax: config.syntax, ...(lock ? { previous: previousUnits(lock) } : {}) });
    if (format === 'json') writeJson(name, lang, units, ctx.stdout);
    else writeText(name, units, ctx.stdout);
    return { errors: 0, warnings: 0 };
  },
};

/** The documented JSON shape of `diglot segment --format json`. */
export function toJson(doc: SegmentedDocument): unknown {
  return { file: doc.file, lang: doc.lang, units: doc.units.map(unitJson) };
}

function unitJson(u: Unit): unknown {
  return {
    id: u.id,
    kind: u.kind,
    path: u.path,
    ...(u.depth === undefined ? {} : { depth: u.depth }),
    ...(u.label === undefined ? {} : { label: u.label }),
    text: u.text,
    codes: u.codes,
    sentences: u.sentences.map((s) => ({ id: s.id, text: s.text })),
    position: { start: u.start, end: u.end },
    ...(u.edited ? { edited: true } : {}),
  };
}

/** Streams exactly `JSON.stringify(toJson(doc), null, 2)`, one unit at a time. */
function writeJson(file: string, lang: string, units: Iterable<Unit>, out: (text: string) => void): void {
  out(`{\n  "file": ${JSON.stringify(file)},\n  "lang": ${JSON.stringify(lang)},\n  "units": [`);
  let first = true;
  for (const unit of units) {
    out(`${first ? '' : ','}\n    ${JSON.stringify(unitJson(unit), null, 2).replace(/\n/g, '\n    ')}`);
    first = false;
  }
  out(first ? ']\n}\n' : '\n  ]\n}\n');
}

function writeText(file: string, units: Iterable<Unit>, out: (text: string) => void): void {
  let count = 0;
  let sentences = 0;
  for (const u of units) {
    const lines = [`${file}:${u.start.line}:${u.start.column}  ${u.id}  ${u.kind}  ${u.path}`];
    for (const s of u.sentences) lines.push(`  ${s.id}  ${stripCodes(s.text).replace(/\s+/g, ' ')}`);
    out(`${lines.join('\n')}\n`);
    count++;
    sentences += u.sentences.length;
  }
  out(`${count} units, ${sentences} sentences\n`);
}
