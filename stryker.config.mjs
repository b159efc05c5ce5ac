// Mutation testing of @floke/core with StrykerJS: `npm run mutate` (not run in CI; a full run takes long, see
// scripts/mutate.mjs). Narrow it with `npm run mutate -- --mutate 'packages/core/src/network/**/*.ts'`.
//
// Runner: mocha, in one long-lived process, with per-test coverage, so each mutant reruns only the tests (`it`s) that
// reached it, without starting Node again. The tests are node:test files; tests/stryker/register.mjs resolves
// `node:test` to a stand-in backed by mocha's `describe`/`it` (tests/core uses nothing else), tsx compiles them as
// `npm run test:node` does, and require(esm) is switched off so mocha imports them as ESM, through that hook.
// (@stryker-mutator/tap-runner runs these files unchanged, but starts Node for every test file a mutant reaches: its
// estimate for network + analysis + layout here was 20 hours, where the dry run alone takes 40 s against 3 s in mocha.)
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'mocha',
  mochaOptions: { spec: ['tests/core/*.test.ts'], 'no-config': true, 'no-package': true, 'no-opts': true },
  testRunnerNodeArgs: ['--no-experimental-require-module', '--import', 'tsx', '--import', './tests/stryker/register.mjs'],
  coverageAnalysis: 'perTest',
  // Code the test files run while loading (describe bodies, top-level fixtures) counts as static coverage; with this on,
  // such a mutant still runs the tests that reach it (without a reload), and one only reached while loading is ignored.
  ignoreStatic: true,
  mutate: ['packages/core/src/**/*.ts', '!packages/core/src/generated/**', '!packages/core/src/**/*.d.ts'],
  // No type checker: a mutant that does not type-check still runs (tsx strips types); keeps the run fast.
  checkers: [],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['html', 'clear-text', 'json', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // Two cores are shared with other work: one test process at a time unless asked for more.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  // The sandbox needs core, its tests, fixtures and example documents; not the elements, stories or builds.
  ignorePatterns: [
    'packages/elements',
    'stories',
    'bench',
    'tests/elements',
    'tests/visual',
    'dist',
    'dist-cdn',
    'storybook-static',
    'out',
    '.scratch',
    'reports',
  ],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
