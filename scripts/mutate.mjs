#!/usr/bin/env node
// `npm run mutate [-- stryker options]`: runs StrykerJS on @floke/core (stryker.config.mjs), then prints the score per
// folder and how long the run took. Extra arguments go to `stryker run`, e.g.
//   npm run mutate -- --mutate 'packages/core/src/network/**/*.ts'
//   STRYKER_CONCURRENCY=2 npm run mutate
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_REPORT, summarize, table } from './mutation-summary.mjs';

const stryker = join(dirname(dirname(fileURLToPath(import.meta.url))), 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
const started = Date.now();
const run = spawnSync(process.execPath, [stryker, 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
const minutes = (Date.now() - started) / 60000;
if (existsSync(DEFAULT_REPORT)) {
  console.log(`\n${table(summarize(JSON.parse(readFileSync(DEFAULT_REPORT, 'utf8'))))}`);
}
console.log(`\nnpm run mutate took ${Math.floor(minutes / 60)} h ${Math.round(minutes % 60)} min.`);
process.exit(run.status ?? 1);
