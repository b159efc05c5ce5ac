// The CDN bundle: one ES module with Lit inlined, for pages that take a single <script type="module">.
// npm users import the unbundled packages instead. Views that need ELK will load it as a lazy chunk.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  // The layout Workers are their own entries, emitted beside floke.js where the views look for them.
  input: {
    floke: 'packages/elements/dist/all.js',
    'layout-worker': 'packages/elements/dist/causal-loops/layout-worker.js',
    'network-worker': 'packages/elements/dist/actor-network/network-worker.js',
  },
  output: {
    dir: 'dist-cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
  },
  // TypeScript's decorator helper reads a top-level `this`; in a module it is undefined, as the helper expects.
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  plugins: [nodeResolve({ browser: true, exportConditions: ['production'] }), terser({ format: { comments: false } })],
};
