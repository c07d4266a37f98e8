// Runs the CLI from source for the textconv test (git spawns it as an external program).
import { main } from '../../src/cli.js';

process.exitCode = await main(process.argv.slice(2));
