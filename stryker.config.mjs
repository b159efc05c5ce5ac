// Mutation testing of @floke/core with StrykerJS: `npm run mutate` (not run in CI; a full run takes long, see
// scripts/mutate.mjs). Narrow it with `npm run mutate -- --mutate 'packages/core/src/network/**/*.ts'`.
//
// The tap runner runs each node:test file as its own `node` process (with tsx, as `npm run test:node` does) and reads
// its TAP output. Coverage is per test *file*: a mutant only reruns the files whose run reached it.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'tap',
  tap: {
    testFiles: ['tests/core/*.test.ts'],
    nodeArgs: ['--import', 'tsx', '--test-reporter=tap', '-r', '{{hookFile}}', '{{testFile}}'],
    forceBail: true,
  },
  coverageAnalysis: 'perTest',
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
