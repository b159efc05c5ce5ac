// One Vite config for every example app: `APP=react-18 vite build --config examples/apps/vite.config.mjs`.
// React 18 and 19 share one install: the React 18 app maps `react` and `react-dom` to their aliases.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import vue from '@vitejs/plugin-vue';

const app = process.env.APP ?? 'react';
const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default {
  root: here(`./${app}/`),
  base: './',
  publicDir: here('./public/'),
  esbuild: { jsx: 'automatic' },
  plugins: {
    vue: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('floke-') } } })],
    svelte: [svelte()],
  }[app],
  resolve: {
    alias: app === 'react-18' ? [{ find: /^react(-dom)?(\/.*)?$/, replacement: 'react$1-18$2' }] : [],
    dedupe: ['lit', '@lit/reactive-element'],
  },
  // Every view in one app is larger than Vite's 500 kB hint; the size budget is checked by npm run bench -- size.
  build: { outDir: here(`./${app}/dist/`), emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 1500 },
  // The dev server pre-bundles dependencies and would lose the Worker files beside @floke/elements' modules.
  optimizeDeps: { exclude: ['@floke/elements'] },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  logLevel: 'warn',
};
