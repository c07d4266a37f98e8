#!/usr/bin/env node
import { existsSync } from 'node:fs';

// The bundled CLI (scripts/bundle-cli.mjs) loads in a fraction of the time of build/'s many files;
// build/cli.js is the same program, used when only `tsc` has run.
const bundle = new URL('../build/cli-bundle/cli.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../build/cli.js');

// `diglot segment x.md | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
