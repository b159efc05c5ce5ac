import { forceLink, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { forceGridRepel } from '../geometry/force-grid-repel.js';
import { lcg } from '../geometry/random.js';
import { spreadOnLine } from '../geometry/spread-1d.js';
import { approximateTextWidth, wrapText, type TextWidth } from '../geometry/text-measure.js';
import type { ActorNetwork, NetworkNode } from './build-network.js';
import type { NetworkMetrics } from './network-metrics.js';
import { NETWORK_NODE_METRICS, type NetworkBandLayout, type NetworkLayout, type NetworkNodeLayout } from './network-layout-types.js';

export interface NetworkLayoutOptions {
  /** Level ids from top to bottom (default: national, regional, local); nodes of other levels get a last band. */
  readonly levels?: readonly string[];
  readonly seed?: number;
  readonly textWidth?: TextWidth;
  /** Simulation ticks (default: 150 for small networks, falling to 40 for large ones). */
  readonly ticks?: number;
  /** Width : height the layout aims for (default 1.6). */
  readonly aspect?: number;
}

interface WorkNode extends SimulationNodeDatum {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  lines: string[];
  band: number;
  community: number;
  /** Row within its band, and the centre x of its community's column. */
  row: number;
  columnX: number;
  columnLeft: number;
  columnRight: number;
}

/** How much free room the layout leaves around boxes, so ties have space to run. */
const SPREAD = 2.2;

/**
 * Lays out an actor network in horizontal bands, one per level, with each community in a column that runs through
 * all bands, so the eye finds silos (columns with few ties out), bridges and levels at once.
 *
 * 1. Each node gets a box: its symbol (radius by degree) and its wrapped label.
 * 2. A seeded d3-force simulation (links, short-range repulsion on a grid, pull to the community column, pull into the band)
 *    orders the nodes: who sits next to whom, and who sits high or low in a band.
 * 3. Each band is cut into rows; each community's nodes fill its rows in the simulated order, and each row is
 *    spread left to right with least displacement (`spreadOnLine`). So no two boxes overlap, by construction.
 *
 * Pure and deterministic: the same network, metrics, options and seed give the same layout. Cost is dominated by
 * the simulation: O(ticks · n log n).
 */
export function layoutActorNetwork(network: ActorNetwork, metrics: NetworkMetrics, options: NetworkLayoutOptions = {}): NetworkLayout {
  const m = NETWORK_NODE_METRICS;
  const measure = options.textWidth ?? approximateTextWidth;
  const indexOf = new Map(network.nodes.map((node, i) => [node.id, i]));
  const ties = network.ties
    .filter((t) => indexOf.has(t.source) && indexOf.has(t.target))
    .map((t) => ({ source: indexOf.get(t.source)!, target: indexOf.get(t.target)!, weight: t.weight }));
  const levels = options.levels ?? ['national', 'regional', 'local'];
  const bandOf = bandAssignment(network.nodes, ties, levels);
  const bandIds: (string | null)[] = [...levels];
  if (bandOf.some((b) => b === levels.length)) bandIds.push(null);

  const nodes: WorkNode[] = network.nodes.map((node, index) => {
    const degree = metrics.nodes.get(node.id)?.degree ?? 0;
    const radius = Math.min(m.maxRadius, m.minRadius + 1.6 * Math.sqrt(degree));
    const lines = wrapText(node.label, m.maxLabelWidth, m.fontSize, measure).slice(0, m.maxLines);
    if (lines.length === m.maxLines && wrapText(node.label, m.maxLabelWidth, m.fontSize, measure).length > m.maxLines)
      lines[m.maxLines - 1] = ellipsize(lines[m.maxLines - 1]!, m.maxLabelWidth, m.fontSize, measure);
    const labelWidth = Math.max(...lines.map((line) => measure(line, m.fontSize)));
    return {
      index,
      x: 0,
      y: 0,
      width: Math.ceil(Math.max(2 * radius, labelWidth)),
      height: Math.ceil(2 * radius + m.labelGap + lines.length * m.lineHeight),
      radius,
      lines,
      band: bandOf[index]!,
      community: metrics.nodes.get(node.id)?.community ?? 0,
      row: 0,
      columnX: 0,
      columnLeft: 0,
      columnRight: 0,
    };
  });

  // Band rows and community columns, sized from the boxes so the whole aims at the requested aspect.
  const rowHeight = Math.max(0, ...nodes.map((n) => n.height)) + m.gap;
  const totalArea = nodes.reduce((sum, n) => sum + (n.width + m.gap) * rowHeight, 0) * SPREAD;
  const aspect = options.aspect ?? 1.6;
  const targetWidth = Math.max(480, Math.sqrt(totalArea * aspect));
  // Rows start from the width each band needs at the spacing columns use; the loop below adds rows where needed.
  const bandWidth = bandIds.map(
    (_, b) => nodes.filter((n) => n.band === b).reduce((sum, n) => sum + n.width + m.gap, 0) * Math.sqrt(SPREAD),
  );
  const rows = bandWidth.map((w) => Math.max(1, Math.ceil(w / targetWidth)));
  const communities = orderCommunities(nodes, ties);
  // Each community's column is as wide as its widest band needs. Columns are sized for their widest band, so
  // the sum can overshoot the target width: give the band that sets the most width another row, and repeat.
  const groupWidth = new Map<string, { width: number; widest: number }>();
  for (const n of nodes) {
    const key = `${n.band}:${n.community}`;
    const entry = groupWidth.get(key) ?? { width: 0, widest: 0 };
    entry.width += (n.width + m.gap) * Math.sqrt(SPREAD);
    entry.widest = Math.max(entry.widest, n.width + m.gap);
    groupWidth.set(key, entry);
  }
  const columnWidth = new Map<number, number>();
  for (let attempt = 0; attempt < 40; attempt++) {
    const bindingWidth = new Array<number>(bandIds.length).fill(0);
    let total = 0;
    for (const c of communities) {
      let widest = 0;
      let binding = -1;
      for (let b = 0; b < bandIds.length; b++) {
        const group = groupWidth.get(`${b}:${c}`);
        if (!group) continue;
        const width = Math.max(group.width / rows[b]!, group.widest);
        // A band binds only while another row would narrow it (one wide label cannot be split).
        if (width > widest) [widest, binding] = [width, group.width / rows[b]! > group.widest ? b : -1];
      }
      columnWidth.set(c, widest);
      if (binding >= 0) bindingWidth[binding]! += widest;
      total += widest;
    }
    const most = Math.max(...bindingWidth);
    // Stop once the drawing is no wider than the requested shape (its height grows with every row added).
    const height = rows.reduce((sum, r) => sum + r * rowHeight + 2 * m.bandPadding, 0);
    if (total <= height * aspect || most === 0) break;
    rows[bindingWidth.indexOf(most)]!++;
  }
  const columnLeft = new Map<number, number>();
  let left = 0;
  for (const c of communities) {
    columnLeft.set(c, left);
    left += columnWidth.get(c)!;
  }
  const bands: NetworkBandLayout[] = [];
  let top = 0;
  for (let b = 0; b < bandIds.length; b++) {
    const height = rows[b]! * rowHeight + 2 * m.bandPadding;
    bands.push({ id: bandIds[b]!, top, height });
    top += height;
  }

  // Seeded start: anywhere inside the node's cell (band × column).
  const random = lcg(options.seed ?? 1);
  for (const node of nodes) {
    const band = bands[node.band]!;
    node.columnLeft = columnLeft.get(node.community)!;
    node.columnRight = node.columnLeft + columnWidth.get(node.community)!;
    node.columnX = (node.columnLeft + node.columnRight) / 2;
    node.x = columnLeft.get(node.community)! + random() * columnWidth.get(node.community)!;
    node.y = band.top + m.bandPadding + random() * (band.height - 2 * m.bandPadding);
  }
  simulate(nodes, ties, bands, options.ticks ?? defaultTicks(nodes.length), random);
  packRows(nodes, bands, rows, rowHeight);

  const width = Math.max(left, ...nodes.map((n) => n.x + n.width / 2)) - Math.min(0, ...nodes.map((n) => n.x - n.width / 2));
  const shift = -Math.min(0, ...nodes.map((n) => n.x - n.width / 2));
  const placed: NetworkNodeLayout[] = nodes.map((n) => {
    const x = n.x + shift;
    return {
      id: network.nodes[n.index]!.id,
      x,
      y: n.y - n.height / 2 + n.radius,
      radius: n.radius,
      box: { x, y: n.y, width: n.width, height: n.height },
      lines: n.lines,
      band: n.band,
      community: n.community,
    };
  });
  const columns = communities.map((community) => ({
    community,
    left: columnLeft.get(community)! + shift,
    width: columnWidth.get(community)!,
  }));
  return { width: Math.ceil(width), height: Math.ceil(top), nodes: placed, bands, columns, ties };
}

/** Each node's band: its level's index; initiatives without a level go where most of their members are. */
function bandAssignment(
  nodes: readonly NetworkNode[],
  ties: readonly { source: number; target: number }[],
  levels: readonly string[],
): number[] {
  const other = levels.length;
  const band = nodes.map((n) => (n.level !== undefined && levels.includes(n.level) ? levels.indexOf(n.level) : -1));
  const votes = nodes.map(() => new Array<number>(levels.length + 1).fill(0));
  for (const { source, target } of ties) {
    if (band[target]! >= 0) votes[source]![band[target]!]!++;
    if (band[source]! >= 0) votes[target]![band[source]!]!++;
  }
  return band.map((b, i) => {
    if (b >= 0) return b;
    if (nodes[i]!.kind !== 'initiative' || nodes[i]!.level !== undefined) return other;
    const count = votes[i]!;
    const best = count.indexOf(Math.max(...count));
    return count[best]! > 0 ? best : other;
  });
}

/** Communities left to right: the largest first, then each time the one most tied to those already placed. */
function orderCommunities(nodes: readonly WorkNode[], ties: readonly { source: number; target: number; weight: number }[]): number[] {
  const ids = [...new Set(nodes.map((n) => n.community))].sort((a, b) => a - b);
  const between = new Map<string, number>();
  for (const t of ties) {
    const a = nodes[t.source]!.community;
    const b = nodes[t.target]!.community;
    if (a === b) continue;
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    between.set(key, (between.get(key) ?? 0) + t.weight);
  }
  const weight = (a: number, b: number) => between.get(a < b ? `${a}:${b}` : `${b}:${a}`) ?? 0;
  const order: number[] = [];
  const rest = new Set(ids);
  while (rest.size) {
    let best = -1;
    let bestScore = -1;
    const last = order[order.length - 1];
    for (const c of rest) {
      // Prefer ties to the last placed column (neighbours side by side), then to all placed; ids break ties.
      const score = last === undefined ? 0 : weight(c, last) * 1000 + order.reduce((s, o) => s + weight(c, o), 0);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    order.push(best);
    rest.delete(best);
  }
  return order;
}

function defaultTicks(n: number): number {
  return Math.round(clamp(150 * Math.sqrt(300 / Math.max(1, n)), 40, 150));
}

function simulate(
  nodes: WorkNode[],
  ties: readonly { source: number; target: number; weight: number }[],
  bands: readonly NetworkBandLayout[],
  ticks: number,
  random: () => number,
): void {
  const pad = NETWORK_NODE_METRICS.bandPadding;
  const links = ties.map((t) => ({ source: t.source, target: t.target }));
  const simulation = forceSimulation<WorkNode>(nodes)
    .randomSource(random)
    .alphaDecay(1 - Math.pow(0.001, 1 / Math.max(1, ticks)))
    .force('link', forceLink<WorkNode, { source: number; target: number }>(links).distance(70).strength(0.15))
    .force('repel', forceGridRepel<WorkNode>(110, 0.35))
    .force('column', forceX<WorkNode>((n) => n.columnX).strength(0.12))
    .force('band', forceY<WorkNode>((n) => bands[n.band]!.top + bands[n.band]!.height / 2).strength(0.05))
    .stop();
  for (let i = 0; i < ticks; i++) {
    simulation.tick();
    // Levels are bands and communities columns, not suggestions: nobody leaves their cell.
    for (const n of nodes) {
      const band = bands[n.band]!;
      n.y = clamp(n.y, band.top + pad + n.height / 2, band.top + band.height - pad - n.height / 2);
      n.x = clamp(n.x, n.columnLeft + n.width / 2, Math.max(n.columnLeft + n.width / 2, n.columnRight - n.width / 2));
    }
  }
}

/**
 * Cuts each band into rows of equal height; each community's nodes in a band fill its rows top to bottom in the
 * order of their simulated y; each row is then spread so no boxes overlap, keeping the simulated left-to-right order.
 */
function packRows(nodes: WorkNode[], bands: readonly NetworkBandLayout[], rows: readonly number[], rowHeight: number): void {
  const gap = NETWORK_NODE_METRICS.gap;
  const groups = new Map<string, WorkNode[]>();
  for (const n of nodes) {
    const key = `${n.band}:${n.community}`;
    const list = groups.get(key);
    if (list) list.push(n);
    else groups.set(key, [n]);
  }
  for (const members of groups.values()) {
    const rowCount = rows[members[0]!.band]!;
    members.sort((a, b) => a.y - b.y || a.x - b.x || a.index - b.index);
    // Rows get a share of the group by width, so each row of a column is about as long.
    const total = members.reduce((sum, n) => sum + n.width + gap, 0);
    let filled = 0;
    for (const n of members) {
      n.row = Math.min(rowCount - 1, Math.floor(((filled + (n.width + gap) / 2) / total) * rowCount));
      filled += n.width + gap;
    }
  }
  for (let b = 0; b < bands.length; b++) {
    for (let r = 0; r < rows[b]!; r++) {
      const row = nodes.filter((n) => n.band === b && n.row === r).sort((a, c) => a.x - c.x || a.index - c.index);
      const xs = spreadOnLine(
        row.map((n) => n.x),
        row.map((n) => n.width),
        gap,
      );
      const y = bands[b]!.top + NETWORK_NODE_METRICS.bandPadding + r * rowHeight + rowHeight / 2;
      row.forEach((n, i) => {
        n.x = xs[i]!;
        n.y = y;
      });
    }
  }
}

function ellipsize(line: string, maxWidth: number, fontSize: number, measure: TextWidth): string {
  let text = line.replace(/-$/, '');
  while (text.length > 1 && measure(`${text}…`, fontSize) > maxWidth) text = text.slice(0, -1);
  return `${text}…`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
