// `npm run bench -- size`: what an app pays, in minified + gzip bytes, for one Floke view, for all of them, and for
// the graph libraries a team might use instead (sigma + graphology, Cytoscape.js). Each is bundled the way an app
// bundler would (rollup, node resolution, code splitting, terser), from the built packages, with nothing else in the
// app. Per app: what the page loads before it can paint (the entry and the chunks it imports statically: eager), what
// it loads later on demand (lazy chunks: the normalizer and validator, a UI language other than Bokmål, the export,
// workshop and compare code, and the layout Worker's own bundle), both together (total), and, so no figure hides a
// cost, what a view given a document as `data` loads before it draws it (eager + the chunks it waits for).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjsModule from '@rollup/plugin-commonjs';
import terserModule from '@rollup/plugin-terser';
import { rollup, type OutputChunk } from 'rollup';

// These plugins' types describe a CommonJS default export; loaded as ES modules, the default is the function itself.
const esDefault = <T>(module: { default: T }): T => ((module as unknown as { default?: T }).default ?? module) as T;
const commonjs = esDefault(commonjsModule);
const terser = esDefault(terserModule);

/** The budget issue #17 sets for an app that shows one view (what it loads before it draws). */
export const ONE_VIEW_BUDGET_KB = 30;

const REPO = new URL('../', import.meta.url).pathname;

/** Bytes of a set of files as a browser fetches them: minified, and gzipped one file at a time. */
interface Size {
  readonly min: number;
  readonly gzip: number;
}
const sizeOf = (chunks: readonly OutputChunk[]): Size => ({
  min: chunks.reduce((sum, chunk) => sum + chunk.code.length, 0),
  gzip: chunks.reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0),
});
const plus = (a: Size, b: Size): Size => ({ min: a.min + b.min, gzip: a.gzip + b.gzip });

/**
 * Bundles `source` (an entry module's text), or the file `input`, with code splitting: the eager chunks, all, and the
 * eager ones with the lazy chunks whose entry module is one of `awaited` (paths under the elements' dist) and theirs.
 */
async function bundleSize(
  source: string,
  input?: string,
  awaited: readonly string[] = [],
): Promise<{ eager: Size; total: Size; drawn: Size }> {
  const dir = mkdtempSync(join(tmpdir(), 'floke-size-'));
  const entry = input ?? join(dir, 'entry.js');
  if (!input) writeFileSync(entry, source);
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
    const { output } = await bundle.generate({ format: 'es' });
    const chunks = output.filter((file): file is OutputChunk => file.type === 'chunk');
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    // The entry and what it imports statically, transitively: what must arrive before the element can draw.
    const eager = new Set<OutputChunk>(chunks.filter((chunk) => chunk.isEntry));
    for (const chunk of eager) {
      for (const name of chunk.imports) {
        const imported = byName.get(name); // undefined: a Node built-in a peer names, which no browser bundle ships
        if (imported) eager.add(imported);
      }
    }
    const drawn = new Set<OutputChunk>([
      ...eager,
      ...chunks.filter((chunk) => awaited.some((path) => chunk.facadeModuleId === elements(path))),
    ]);
    for (const chunk of drawn) {
      for (const name of chunk.imports) {
        const imported = byName.get(name);
        if (imported) drawn.add(imported);
      }
    }
    return { eager: sizeOf([...eager]), total: sizeOf(chunks), drawn: sizeOf([...drawn]) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const elements = (path: string) => `${REPO}packages/elements/dist/${path}`;
const importOf = (path: string) => `import '${elements(path)}';`;

interface Row {
  readonly name: string;
  readonly source: string;
  /** Worker entry files the app's bundler emits beside it (started with `new Worker(new URL(…))`). */
  readonly workers?: readonly string[];
  /** Lazy modules the view waits for before it draws a document given as `data` (see FlokeElement.documentChunks). */
  readonly awaited?: readonly string[];
  readonly budgeted?: boolean;
}

export async function sizeBench(): Promise<void> {
  const loopsWorker = 'causal-loops/layout-worker.js';
  const networkWorker = 'actor-network/network-worker.js';
  // Every view waits for the normalizer (validator included) and the problem display with a raw document; the
  // zooming views for d3-zoom too.
  const normalizer = ['base/normalizer.js', 'base/problems-code.js'];
  const zooming = [...normalizer, 'controllers/zoom-d3.js'];
  const rows: Row[] = [
    { name: 'floke-summary', source: importOf('summary.js'), awaited: normalizer, budgeted: true },
    { name: 'floke-iceberg', source: importOf('iceberg.js'), awaited: normalizer, budgeted: true },
    { name: 'floke-horizons', source: importOf('horizons.js'), awaited: normalizer, budgeted: true },
    {
      name: 'floke-causal-loops (+ Worker)',
      source: importOf('causal-loops.js'),
      workers: [loopsWorker],
      awaited: zooming,
      budgeted: true,
    },
    {
      name: 'floke-actor-network (+ Worker)',
      source: importOf('actor-network.js'),
      workers: [networkWorker],
      awaited: zooming,
      budgeted: true,
    },
    { name: 'every Floke view (all.js, + Workers)', source: importOf('all.js'), workers: [loopsWorker, networkWorker], awaited: zooming },
    {
      name: 'sigma + graphology (peer: renderer only)',
      source: `import Sigma from 'sigma'; import Graph from 'graphology'; console.log(Sigma, Graph);`,
    },
    { name: 'Cytoscape.js (peer: renderer only)', source: `import cytoscape from 'cytoscape'; console.log(cytoscape);` },
  ];
  console.log(`\nBundle size of an app (minified; gzip per file; budget for one view ${ONE_VIEW_BUDGET_KB} KB gzip before it can paint)`);
  console.log(
    `  ${'app'.padEnd(42)} ${'eager min'.padStart(10)} ${'eager gzip'.padStart(10)} ${'lazy gzip'.padStart(10)} ${'total gzip'.padStart(10)} ${'+ document'.padStart(10)}`,
  );
  for (const { name, source, workers = [], awaited, budgeted } of rows) {
    const { eager, total: chunks, drawn } = await bundleSize(source, undefined, awaited);
    let total = chunks;
    for (const worker of workers) total = plus(total, (await bundleSize('', elements(worker))).total); // its top level is the point
    const verdict = budgeted ? (eager.gzip <= ONE_VIEW_BUDGET_KB * 1024 ? '  within budget' : '  OVER budget') : '';
    const withDocument = awaited ? kb(drawn.gzip) : '';
    console.log(
      `  ${name.padEnd(42)} ${kb(eager.min).padStart(10)} ${kb(eager.gzip).padStart(10)} ${kb(total.gzip - eager.gzip).padStart(10)} ${kb(total.gzip).padStart(10)} ${withDocument.padStart(10)}${verdict}`,
    );
  }
  console.log(
    '  eager: loaded with the import, before the view can paint; lazy: chunks loaded on demand and the Workers;\n' +
      '  + document: eager and the chunks a view waits for before it draws a document given as data (the normalizer with\n' +
      '  its validator, the problem display; d3-zoom for the zooming views), fetched side by side once it arrives.',
  );
}
