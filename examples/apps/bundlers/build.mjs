// Builds examples/apps/bundlers/main.js, against the installed tarballs, with webpack 5 and with esbuild, each into
// examples/apps/<bundler>/dist/ beside a copy of index.html and the example document. Run from the repository root
// after the shared install (scripts/example-apps.mjs does both).
//
// webpack 5 finds the Workers by itself (`new Worker(new URL('./layout-worker.js', import.meta.url))`). esbuild does
// not bundle Workers: the Worker files are named as entry points of their own, emitted with their own names beside
// the bundle, where that `new URL` resolves. README, "Bundlers", says the same.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const require = createRequire(here('../package.json'));
const elements = here('../node_modules/@floke/elements/dist/');

function page(bundler, dist) {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const html = readFileSync(here('./index.html'), 'utf8').replace('BUNDLER', bundler);
  writeFileSync(`${dist}/index.html`, bundler === 'webpack' ? html.replace('type="module" ', 'defer ') : html);
  copyFileSync(here('../public/telemark-agder.json'), `${dist}/telemark-agder.json`);
}

async function buildWithWebpack() {
  const webpack = require('webpack');
  const dist = here('../webpack/dist');
  page('webpack', dist);
  const compiler = webpack({
    mode: 'production',
    context: here('.'),
    entry: './main.js',
    output: { path: dist, filename: 'main.js', publicPath: 'auto', clean: false },
    performance: { hints: false },
    devtool: false,
  });
  const stats = await new Promise((resolve, reject) => compiler.run((error, result) => (error ? reject(error) : resolve(result))));
  await new Promise((resolve) => compiler.close(resolve));
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
  console.log(`webpack: ${Object.keys(stats.compilation.assets).sort().join(', ')}`);
}

async function buildWithEsbuild() {
  const esbuild = require('esbuild');
  const dist = here('../esbuild/dist');
  page('esbuild', dist);
  const result = await esbuild.build({
    entryPoints: {
      main: here('./main.js'),
      // The Worker files, under the names the views' `new URL('./…-worker.js', import.meta.url)` asks for.
      'layout-worker': `${elements}causal-loops/layout-worker.js`,
      'network-worker': `${elements}actor-network/network-worker.js`,
    },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    outdir: dist,
    metafile: true,
    logLevel: 'warning',
  });
  console.log(
    `esbuild: ${Object.keys(result.metafile.outputs)
      .map((file) => file.split('/').pop())
      .sort()
      .join(', ')}`,
  );
}

await buildWithWebpack();
await buildWithEsbuild();
