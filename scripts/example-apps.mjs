// Builds the example client apps as an outside team would: from `npm pack` tarballs of the packages (not the
// workspace), one shared install for every app, then one Vite build per app, and the one-view page with webpack 5
// and esbuild (examples/apps/bundlers). Needs `npm run build` first.
// `node scripts/example-apps.mjs [app…]`; tests/apps then loads each build in Chromium.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

export const APPS = ['react', 'react-18', 'vue', 'svelte'];
const apps = process.argv.slice(2).length > 0 ? process.argv.slice(2) : APPS;
const run = (command, args, options = {}) => execFileSync(command, args, { stdio: 'inherit', ...options });

rmSync('examples/apps/.tarballs', { recursive: true, force: true });
mkdirSync('examples/apps/.tarballs', { recursive: true });
run('npm', [
  'pack',
  '--silent',
  '--pack-destination',
  'examples/apps/.tarballs',
  '-w',
  '@floke/core',
  '-w',
  '@floke/elements',
  '-w',
  '@floke/react',
]);
mkdirSync('examples/apps/public', { recursive: true });
copyFileSync('examples/data/telemark-agder.json', 'examples/apps/public/telemark-agder.json');

// A fresh install of the tarballs (their contents change with every pack, so no lockfile). react-dom 18's peer
// `react@^18` is met through the alias at bundle time (vite.config.mjs), which npm's peer check cannot see.
rmSync('examples/apps/node_modules/@floke', { recursive: true, force: true });
run('npm', ['install', '--no-package-lock', '--no-audit', '--no-fund', '--legacy-peer-deps', '--loglevel=error'], { cwd: 'examples/apps' });

// The apps' TypeScript against the packed types: the React 19 tags (@floke/elements/types/react) and @floke/react.
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'examples/apps/tsconfig.json']);
// The Vue and Svelte templates against the shipped tag types (GlobalComponents, SvelteHTMLElements): a prop of the
// wrong type fails the step, as it would fail the team's own check.
run(process.execPath, ['node_modules/vue-tsc/bin/vue-tsc.js', '-p', 'vue/tsconfig.json'], { cwd: 'examples/apps' });
run(
  process.execPath,
  [
    'node_modules/svelte-check/bin/svelte-check',
    '--workspace',
    'svelte',
    '--tsconfig',
    `${process.cwd()}/examples/apps/svelte/tsconfig.json`,
    '--fail-on-warnings',
    '--output',
    'human',
  ],
  {
    cwd: 'examples/apps',
  },
);

for (const app of apps) {
  console.log(`vite build: examples/apps/${app}`);
  run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'examples/apps/vite.config.mjs'], {
    env: { ...process.env, APP: app },
  });
}

console.log('webpack and esbuild: examples/apps/bundlers');
run(process.execPath, ['examples/apps/bundlers/build.mjs']);
