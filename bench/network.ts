// Actor network figures for `npm run bench`: layout against d3-force and ForceAtlas2 in Node, and first render and
// pan/zoom frame times against Cytoscape.js in Chromium, on the same seeded networks.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import { UndirectedGraph } from 'graphology';
import { inChromium } from './in-chromium.js';
import { normalize } from '../packages/core/src/index.js';
import {
  buildActorNetwork,
  layoutActorNetwork,
  layoutStructure,
  networkMetrics,
  type LayoutStructure,
  type NetworkLayout,
} from '../packages/core/src/actor-network/index.js';
import { generateActorDocument } from '../tests/fixtures/generate-document.js';

const require = createRequire(import.meta.url);
const forceAtlas2 = require('graphology-layout-forceatlas2') as {
  (graph: UndirectedGraph, options: { iterations: number; settings: Record<string, unknown> }): Record<string, { x: number; y: number }>;
  inferSettings(graph: UndirectedGraph): Record<string, unknown>;
};

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pairs of boxes that overlap, counted with a uniform grid (so 10,000 nodes stay cheap). */
export function countOverlaps(boxes: readonly Box[]): number {
  const cell = Math.max(8, ...boxes.map((b) => Math.max(b.width, b.height)));
  const grid = new Map<string, number[]>();
  boxes.forEach((b, i) => {
    const key = `${Math.floor(b.x / cell)},${Math.floor(b.y / cell)}`;
    const list = grid.get(key);
    if (list) list.push(i);
    else grid.set(key, [i]);
  });
  let count = 0;
  boxes.forEach((a, i) => {
    const cx = Math.floor(a.x / cell);
    const cy = Math.floor(a.y / cell);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const j of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j <= i) continue;
          const b = boxes[j]!;
          if (Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2) count++;
        }
  });
  return count;
}

/**
 * A peer's positions drawn with our node boxes, scaled uniformly so its bounding box has the same area as our
 * layout's: overlaps compared at the same drawing size.
 */
function overlapsAtOurSize(positions: readonly { x: number; y: number }[], ours: NetworkLayout): number {
  const xs = positions.map((p) => p.x);
  const ys = positions.map((p) => p.y);
  const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys)) || 1;
  const scale = Math.sqrt((ours.width * ours.height) / area);
  return countOverlaps(
    positions.map((p, i) => ({ x: p.x * scale, y: p.y * scale, width: ours.nodes[i]!.box.width, height: ours.nodes[i]!.box.height })),
  );
}

const SIZES = [100, 500, 2000, 10000] as const;

/** The structure figure as one table cell: share of members nearest their own community's centroid, within/between tie length. */
const structure = (s: LayoutStructure) =>
  `${(100 * s.ownCentroidShare).toFixed(1).padStart(5)} % own, ratio ${s.tieLengthRatio.toFixed(3)}`;

export function networkLayoutBench(): void {
  console.log('\nActor network layout in Node: the same seeded networks (n actors, 4n collaborations, ~n/20 initiatives), actors mode');
  console.log('  Overlaps: pairs of node boxes (symbol + label) that overlap; peers scaled to our drawing area.');
  console.log("  Structure, measured alike for every layout with our metrics' Louvain communities: the mean share of a community's");
  console.log('  members whose nearest community centroid is their own (higher is better), and mean within-community tie length');
  console.log('  over mean between-community tie length (lower is better).');
  console.log('  actors  ties | layout        time  overlaps | structure');
  for (const n of SIZES) {
    const network = buildActorNetwork(normalize(generateActorDocument(n, 4 * n, 1)), 'actors');
    let start = performance.now();
    const metrics = networkMetrics(network, { seed: 1 });
    const analysis = performance.now() - start;
    start = performance.now();
    const layout = layoutActorNetwork(network, metrics, { seed: 1 });
    const ours = performance.now() - start;
    const oursOverlaps = countOverlaps(layout.nodes.map((node) => node.box));
    const community = network.nodes.map((node) => metrics.nodes.get(node.id)!.community);
    const index = new Map(network.nodes.map((node, i) => [node.id, i]));
    const links = network.ties.map((t) => ({ source: index.get(t.source)!, target: index.get(t.target)! }));
    const figure = (positions: readonly { x: number; y: number }[]) => structure(layoutStructure(positions, community, links));

    const d3Nodes: SimulationNodeDatum[] = network.nodes.map(() => ({}));
    start = performance.now();
    // d3-force as its README sets it up: link, many-body and centre forces, default alpha decay (300 ticks).
    const simulation = forceSimulation(d3Nodes)
      .force('link', forceLink(links.map((l) => ({ ...l }))))
      .force('charge', forceManyBody())
      .force('center', forceCenter())
      .stop();
    simulation.tick(300);
    const d3 = performance.now() - start;
    const d3Positions = d3Nodes.map((d) => ({ x: d.x!, y: d.y! }));

    const graph = new UndirectedGraph();
    network.nodes.forEach((node, i) => graph.addNode(node.id, { x: Math.cos(i) * i, y: Math.sin(i) * i }));
    for (const tie of network.ties) graph.addEdge(tie.source, tie.target, { weight: tie.weight });
    start = performance.now();
    const positions = forceAtlas2(graph, { iterations: 300, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true } });
    const fa2 = performance.now() - start;
    const fa2Positions = network.nodes.map((node) => positions[node.id]!);
    const row = (name: string, ms: number, overlaps: number, at: readonly { x: number; y: number }[]) =>
      `${name.padEnd(24)} ${ms.toFixed(0).padStart(6)} ms ${String(overlaps).padStart(6)} | ${figure(at)}`;
    console.log(
      `  ${String(n).padStart(6)} ${String(network.ties.length).padStart(5)} | ${row('ours', ours, oursOverlaps, layout.nodes)} (metrics ${analysis.toFixed(0)} ms)`,
    );
    console.log(
      `  ${' '.repeat(12)} | ${row('d3-force 300 ticks', d3, overlapsAtOurSize(d3Positions, layout), d3Positions)} (×${(d3 / ours).toFixed(1)} our time)`,
    );
    console.log(
      `  ${' '.repeat(12)} | ${row('ForceAtlas2 BH 300 it.', fa2, overlapsAtOurSize(fa2Positions, layout), fa2Positions)} (×${(fa2 / ours).toFixed(1)} our time)`,
    );
  }
}

const BROWSER_SIZES = [1000, 2000, 5000] as const;

/** In Chromium: first render, then pan/zoom frame times for our canvas view and Cytoscape.js on the same positions. */
export async function networkBrowserBench(): Promise<void> {
  // Frames as fast as they can be made (no vsync cap), so a frame's time is what it costs.
  await inChromium(
    'Actor network in the browser',
    'bench/network-bench.html',
    async (page) => {
      console.log(
        '\nActor network in Chromium (1280×900 page, drawing 900×576 px; 150 frames of zooming and panning, frames not vsync-capped)',
      );
      console.log('  Frame time = time between animation frames while the view zooms 1×→4×→1× and pans; Floke repaints every frame.');
      for (const n of BROWSER_SIZES) {
        const document = generateActorDocument(n, 4 * n, 1);
        const ours = await page.evaluate((d) => (window as any).benchFloke(d), document);
        const cytoscape = await page.evaluate((d) => (window as any).benchCytoscape(d), ours.positions);
        const row = (name: string, r: { firstRender: number; median: number; p95: number }) =>
          `${name} first render ${r.firstRender.toFixed(0).padStart(5)} ms, frame median ${r.median.toFixed(1).padStart(5)} ms, p95 ${r.p95.toFixed(1).padStart(5)} ms`;
        console.log(`  ${String(n).padStart(5)} actors: ${row('Floke', ours)}`);
        console.log(
          `  ${' '.repeat(13)} ${row('Cytoscape.js', cytoscape)}; drew ${cytoscape.renders} of 150 frames (same positions; its first render excludes layout)`,
        );
      }
    },
    { port: 8766, extraArgs: ['--disable-gpu-vsync', '--disable-frame-rate-limit'] },
  );
}
