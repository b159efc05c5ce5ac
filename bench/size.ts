// `npm run bench -- size`: what an app pays, in minified + gzip bytes, for one Floke view, for all of them, and for
// the graph libraries a team might use instead (sigma + graphology, Cytoscape.js). Each is bundled the way an app
// bundler would (rollup, node resolution, terser), from the built packages, with nothing else in the app.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjsModule from '@rollup/plugin-commonjs';
import terserModule from '@rollup/plugin-terser';
import { rollup } from 'rollup';

// These plugins' types describe a CommonJS default export; loaded as ES modules, the default is the function itself.
const esDefault = <T>(module: { default: T }): T => ((module as unknown as { default?: T }).default ?? module) as T;
const commonjs = esDefault(commonjsModule);
const terser = esDefault(terserModule);

/** The budget issue #17 sets for an app that shows one view. */
export const ONE_VIEW_BUDGET_KB = 30;

const REPO = new URL('../', import.meta.url).pathname;

/** Minified and gzipped size of a bundle of `source` (an entry module's text), Workers and lazy chunks excluded. */
async function bundleSize(source: string): Promise<{ min: number; gzip: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'floke-size-'));
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, source);
  try {
    const bundle = await rollup({
      input: entry,
      plugins: [
        nodeResolve({ browser: true, rootDir: REPO, modulePaths: [join(REPO, 'node_modules')] }),
        commonjs(),
        terser({ format: { comments: false } }),
      ],
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: false });
    const main = output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
    const code = main && main.type === 'chunk' ? main.code : '';
    return { min: code.length, gzip: gzipSync(code).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const elements = (path: string) => `${REPO}packages/elements/dist/${path}`;

export async function sizeBench(): Promise<void> {
  const rows: [string, string, boolean?][] = [
    ['floke-summary only', `import '${elements('summary.js')}';`, true],
    ['floke-iceberg only', `import '${elements('iceberg.js')}';`, true],
    ['floke-horizons only', `import '${elements('horizons.js')}';`, true],
    ['floke-causal-loops only (+ its Worker file)', `import '${elements('causal-loops.js')}';`, true],
    ['floke-actor-network only (+ its Worker file)', `import '${elements('actor-network.js')}';`, true],
    ['every Floke view (all.js)', `import '${elements('all.js')}';`],
    [
      'sigma + graphology (peer: network renderer only)',
      `import Sigma from 'sigma'; import Graph from 'graphology'; console.log(Sigma, Graph);`,
    ],
    ['Cytoscape.js (peer: network renderer only)', `import cytoscape from 'cytoscape'; console.log(cytoscape);`],
  ];
  console.log(`\nBundle size of an app (minified, gzip; budget for one view ${ONE_VIEW_BUDGET_KB} KB gzip)`);
  for (const [name, source, budgeted] of rows) {
    const { min, gzip } = await bundleSize(source);
    const verdict = budgeted ? (gzip <= ONE_VIEW_BUDGET_KB * 1024 ? '  within budget' : '  OVER budget') : '';
    console.log(`  ${name.padEnd(48)} ${kb(min).padStart(9)} min, ${kb(gzip).padStart(8)} gzip${verdict}`);
  }
}
