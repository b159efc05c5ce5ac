// Loaded with `--import` by the Stryker test runner process (see stryker.config.mjs): lets mocha run the node:test
// files of tests/core unchanged, by resolving `node:test` to ./node-test.mjs.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
