// The CDN bundle: `dist-cdn/floke.js`, one self-contained ES module with Lit inlined, for pages that take a single
// <script type="module">. Its Workers (two layouts, and the one that prepares large documents) are self-contained files beside it: the views start them with
// `new URL('./x-worker.js', import.meta.url)`, which resolves next to floke.js wherever it is hosted.
// `embed.html` and `embed.js` are the iframe page for CMSs that only allow an iframe. npm users import the
// unbundled packages instead.
import { readFileSync, rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// Start from an empty folder, so no file from an older layout (chunks/) lingers beside the documented ones.
rmSync('dist-cdn', { recursive: true, force: true });

const plugins = () => [nodeResolve({ browser: true, exportConditions: ['production'] }), terser({ format: { comments: false } })];

// TypeScript's decorator helper reads a top-level `this`; in a module it is undefined, as the helper expects.
const onwarn = (warning, warn) => {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
};

/** One entry, one file: dynamic imports (lazy layout code) are inlined so nothing else has to be hosted. */
const single = (input, file, extra = []) => ({
  input,
  output: { file: `dist-cdn/${file}`, format: 'es', inlineDynamicImports: true, sourcemap: true },
  onwarn,
  plugins: [...plugins(), ...extra],
});

/** Emits the iframe embed page beside floke.js, with its script paths made relative to that folder. */
const embedPage = {
  name: 'floke-embed-page',
  generateBundle() {
    const html = readFileSync('examples/embed.html', 'utf8').replace('../dist-cdn/floke.js', './floke.js');
    this.emitFile({ type: 'asset', fileName: 'embed.html', source: html });
    for (const file of ['embed.js', 'embed.css', 'embed-host.js'])
      this.emitFile({ type: 'asset', fileName: file, source: readFileSync(`examples/${file}`, 'utf8') });
  },
};

export default [
  single('packages/elements/dist/all.js', 'floke.js', [embedPage]),
  single('packages/elements/dist/causal-loops/layout-worker.js', 'layout-worker.js'),
  single('packages/elements/dist/actor-network/network-worker.js', 'network-worker.js'),
  single('packages/elements/dist/base/model-worker.js', 'model-worker.js'),
];
