import { forceLink, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { forceGridRepel } from '../geometry/force-grid-repel.js';
import { lcg } from '../geometry/random.js';
import { spreadOnLine } from '../geometry/spread-1d.js';
import { approximateTextWidth, wrapText, type TextWidth } from '../geometry/text-measure.js';
import type { ActorNetwork, NetworkNode } from './build-network.js';
import type { NetworkMetrics } from './network-metrics.js';
import { cellsOf, planCells } from './community-cells.js';
import { communityRegions } from './community-regions.js';
import { NETWORK_NODE_METRICS, type NetworkBandLayout, type NetworkLayout, type NetworkNodeLayout } from './network-layout-types.js';
import { maxOf } from '../geometry/extremes.js';

export interface NetworkLayoutOptions {
  /** Level ids from top to bottom (default: national, regional, local); nodes of other levels get a last band. */
  readonly levels?: readonly string[];
  readonly seed?: number;
  readonly textWidth?: TextWidth;
  /** Simulation ticks (default: 150 for small networks, falling to 30 for large ones). */
  readonly ticks?: number;
  /** Width : height the layout aims for (default 1.6). */
  readonly aspect?: number;
  /**
   * Where nodes were in an earlier layout of the same view (box centres by id, as `NetworkNodeLayout.box` gives
   * them): when most nodes have one, those stay there while the simulation places the others, so a workshop's edit
   * moves the nodes it did not touch only as far as their rows and cells must make room. `rank` is the index of the node's
   * community in the earlier layout's `communities`: communities keep that order, so cells stay where they were.
   */
  readonly previous?: Readonly<Record<string, NetworkPositionHint>>;
}

/** Where a node was in an earlier layout: its box centre, and its community's place in that layout's order. */
export interface NetworkPositionHint {
  readonly x: number;
  readonly y: number;
  readonly rank?: number;
}

interface WorkNode extends SimulationNodeDatum {
  index: number;
  x: number;
  y: number;
  width: number;
  height: number;
  radius: number;
  lines: string[];
  /** Level index (0… levels), then, once tiers are known, index into `bands`. */
  band: number;
  community: number;
  row: number;
  cell: number;
  /** The node's cell's left and right edges. */
  left: number;
  right: number;
}

/** How much free room the layout leaves around boxes, so ties have space to run. */
const SPREAD = 2.2;

/**
 * Lays out an actor network in bands by level, with each community a compact block (a cell) rather than a column,
 * so the eye finds groups, the ties between them, bridges and levels at once.
 *
 * 1. Each node gets a box: its symbol (radius by degree) and its wrapped label.
 * 2. Communities become cells, ordered so that tied communities sit side by side (`orderCommunities`). Cells are
 *    packed into tiers (`planCells`): a small network has one tier, one band per level, and its cells side by side;
 *    a large one stacks tiers, each with the same bands in the same order, so every cell comes out about square.
 * 3. A seeded d3-force simulation (links, short-range repulsion on a grid, each node held inside its cell and band)
 *    orders the nodes: who sits next to whom, and who sits high or low in a band.
 * 4. Each cell's band is cut into rows; its nodes fill the rows in simulated order, and each row is spread left to
 *    right with least displacement (`spreadOnLine`) inside the cell, widened if a row needs it. So no two boxes
 *    overlap, and no box leaves its cell, by construction.
 * 5. Each community gets a region (its padded bounding box, rounded) and a label (`communityRegions`).
 *
 * Pure and deterministic: the same network, metrics, options and seed give the same layout. Cost is dominated by
 * the simulation: O(ticks · n).
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
  const levelIds: (string | null)[] = [...levels];
  if (bandOf.some((b) => b === levels.length)) levelIds.push(null);

  const nodes: WorkNode[] = network.nodes.map((node, index) => {
    const degree = metrics.nodes.get(node.id)?.degree ?? 0;
    const radius = Math.min(m.maxRadius, m.minRadius + 1.6 * Math.sqrt(degree));
    const wrapped = wrapText(node.label, m.maxLabelWidth, m.fontSize, measure);
    const lines = wrapped.slice(0, m.maxLines);
    if (wrapped.length > m.maxLines) lines[m.maxLines - 1] = ellipsize(lines[m.maxLines - 1]!, m.maxLabelWidth, m.fontSize, measure);
    const labelWidth = maxOf(lines.map((line) => measure(line, m.fontSize)));
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
      cell: 0,
      left: 0,
      right: 0,
    };
  });

  const rowHeight = Math.max(0, maxOf(nodes.map((n) => n.height))) + m.gap;
  const order = options.previous
    ? orderAsBefore(orderCommunities(nodes, ties), nodes, network.nodes, options.previous)
    : orderCommunities(nodes, ties);
  const cells = cellsOf(nodes, order);
  cells.forEach((cell, c) => cell.members.forEach((n) => (n.cell = c)));
  // Cells of hundreds of pixels need wider gutters to read as apart once the drawing is fitted: 5 % of a median side.
  const areas = cells.map((cell) => cell.members.reduce((sum, n) => sum + (n.width + m.gap) * rowHeight * SPREAD, 0)).sort((a, b) => a - b);
  const gutter = Math.max(m.cellGutter, Math.round(0.05 * Math.sqrt(areas[Math.floor(areas.length / 2)] ?? 0)));
  const plan = planCells(cells, levelIds.length, {
    rowHeight,
    gap: m.gap,
    gutter,
    spread: SPREAD,
    aspect: options.aspect ?? 1.6,
    tierOverhead: m.headerHeight + 2 * m.bandPadding * levelIds.length,
  });

  // Tiers top down, each a header strip for the communities' labels and then its bands in level order. A tier
  // leaves out a level none of its nodes has, unless no tier has it (then the first tier shows it, empty).
  const bands: NetworkBandLayout[] = [];
  const rowsOfBand: number[] = [];
  let top = 0;
  // An empty network still shows its bands, as one tier of one row each.
  const tiers = plan.tiers.length ? plan.tiers : [{ cells: [], rows: levelIds.map(() => 1) }];
  const used = tiers.map((tier) => levelIds.map((_, b) => tier.cells.some((c) => cells[c]!.members.some((n) => n.band === b))));
  const bandIndex = tiers.map(() => new Array<number>(levelIds.length).fill(-1));
  tiers.forEach((tier, t) => {
    top += m.headerHeight;
    levelIds.forEach((id, b) => {
      if (!used[t]![b] && (t > 0 || used.some((u) => u[b]))) return;
      const height = tier.rows[b]! * rowHeight + 2 * m.bandPadding;
      bandIndex[t]![b] = bands.length;
      bands.push({ id, top, height, tier: t });
      rowsOfBand.push(tier.rows[b]!);
      top += height;
    });
  });
  const widths = [...plan.widths];
  const placeCells = () =>
    plan.tiers.forEach((tier) => {
      let left = m.regionPadding;
      for (const c of tier.cells) {
        for (const n of cells[c]!.members) {
          // Keep a node where it was in its cell when cells move.
          n.x += left - n.left;
          [n.left, n.right] = [left, left + widths[c]!];
        }
        left += widths[c]! + gutter;
      }
    });
  plan.tiers.forEach((tier, t) => tier.cells.forEach((c) => cells[c]!.members.forEach((n) => (n.band = bandIndex[t]![n.band]!))));
  placeCells();

  // Seeded start: anywhere inside the node's cell and band. Mostly hinted (a workshop's edit): nodes that were there
  // start where they were (kept inside both) and stay put while the simulation places the new ones; rows and cells
  // then make room. Mostly new (another document): hints would only bias a fresh layout, so they are not used.
  const random = lcg(options.seed ?? 1);
  const hintOf = (node: WorkNode) => {
    const id = network.nodes[node.index]!.id;
    return options.previous && Object.hasOwn(options.previous, id) ? options.previous[id] : undefined;
  };
  const keep = nodes.filter((node) => hintOf(node)).length >= nodes.length / 2;
  for (const node of nodes) {
    const band = bands[node.band]!;
    const [rx, ry] = [random(), random()];
    const before = keep ? hintOf(node) : undefined;
    node.x = before ? clamp(before.x, node.left, node.right) : node.left + rx * (node.right - node.left);
    node.y = before
      ? clamp(before.y, band.top + m.bandPadding, band.top + band.height - m.bandPadding)
      : band.top + m.bandPadding + ry * (band.height - 2 * m.bandPadding);
    if (before) [node.fx, node.fy] = [node.x, node.y];
  }
  simulate(nodes, ties, bands, options.ticks ?? defaultTicks(nodes.length), random);
  for (const node of nodes) node.fx = node.fy = undefined;
  const rowsOf = new Map<WorkNode, WorkNode[][]>();
  // Rows first, so a cell can widen to its longest row before anything is placed.
  for (const cell of cells) {
    for (const group of groupBy(cell.members, (n) => n.band)) {
      const rows = assignRows(group, rowsOfBand[group[0]!.band]!);
      for (const row of rows) widths[group[0]!.cell] = Math.max(widths[group[0]!.cell]!, rowLength(row));
      rowsOf.set(group[0]!, rows);
    }
  }
  placeCells();
  for (const rows of rowsOf.values()) rows.forEach((row, r) => placeRow(row, bands[row[0]?.band ?? 0]!, r, rowHeight));

  const width = nodes.length ? maxOf(nodes.map((n) => n.right)) + m.regionPadding : 0;
  const placed: NetworkNodeLayout[] = nodes.map((n) => ({
    id: network.nodes[n.index]!.id,
    x: n.x,
    y: n.y - n.height / 2 + n.radius,
    radius: n.radius,
    box: { x: n.x, y: n.y, width: n.width, height: n.height },
    lines: n.lines,
    band: n.band,
    community: n.community,
  }));
  const communities = communityRegions(placed, bands, network, metrics, order, measure);
  return { width: Math.ceil(width), height: Math.ceil(top), nodes: placed, bands, communities, ties };
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return [...groups.values()];
}

/** Width of a row of boxes side by side, `gap` apart. */
function rowLength(row: readonly WorkNode[]): number {
  return row.reduce((sum, n) => sum + n.width, 0) + NETWORK_NODE_METRICS.gap * Math.max(0, row.length - 1);
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
    const best = count.indexOf(maxOf(count));
    return count[best]! > 0 ? best : other;
  });
}

/** Communities in reading order: the largest first, then each time the one most tied to those already placed. */
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
      // Prefer ties to the last placed community (neighbours side by side), then to all placed; ids break ties.
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

/**
 * `order` rearranged to follow an earlier layout: each community by the mean earlier rank of its members, so an edit
 * that renumbers communities (Louvain's numbers follow the graph) does not reshuffle the cells. Communities with no
 * member in the earlier layout go last, in `order`'s order (the sort is stable).
 */
function orderAsBefore(
  order: readonly number[],
  nodes: readonly WorkNode[],
  ids: readonly NetworkNode[],
  previous: Readonly<Record<string, NetworkPositionHint>>,
): number[] {
  const sums = new Map<number, { total: number; count: number }>();
  for (const node of nodes) {
    const id = ids[node.index]!.id;
    const rank = Object.hasOwn(previous, id) ? previous[id]!.rank : undefined;
    if (rank === undefined) continue;
    const sum = sums.get(node.community) ?? { total: 0, count: 0 };
    sum.total += rank;
    sum.count++;
    sums.set(node.community, sum);
  }
  const key = (c: number) => {
    const sum = sums.get(c);
    return sum ? sum.total / sum.count : Infinity;
  };
  return [...order].sort((a, b) => key(a) - key(b));
}

/**
 * Fewer ticks for larger networks: cells already give the large-scale order, the simulation only arranges nodes
 * inside them (the structure figure of 2,000 actors is the same at 20 ticks as at 60), and the short-range
 * repulsion is most of the layout's time.
 */
function defaultTicks(n: number): number {
  return Math.round(clamp(120 * Math.sqrt(300 / Math.max(1, n)), 30, 150));
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
    .force('repel', forceGridRepel<WorkNode>(80, 0.45))
    .force('cell', forceX<WorkNode>((n) => (n.left + n.right) / 2).strength(0.04))
    .force('band', forceY<WorkNode>((n) => bands[n.band]!.top + bands[n.band]!.height / 2).strength(0.05))
    .stop();
  for (let i = 0; i < ticks; i++) {
    simulation.tick();
    // Levels are bands and communities cells, not suggestions: nobody leaves theirs.
    for (const n of nodes) {
      const band = bands[n.band]!;
      n.y = clamp(n.y, band.top + pad + n.height / 2, band.top + band.height - pad - n.height / 2);
      n.x = clamp(n.x, n.left + n.width / 2, Math.max(n.left + n.width / 2, n.right - n.width / 2));
    }
  }
}

/** One cell's nodes of one band, in `count` rows by their simulated y, each row about as long, each row left to right. */
function assignRows(group: WorkNode[], count: number): WorkNode[][] {
  const gap = NETWORK_NODE_METRICS.gap;
  group.sort((a, b) => a.y - b.y || a.x - b.x || a.index - b.index);
  const total = group.reduce((sum, n) => sum + n.width + gap, 0);
  const rows = Array.from({ length: count }, () => [] as WorkNode[]);
  let filled = 0;
  for (const n of group) {
    rows[Math.min(count - 1, Math.floor(((filled + (n.width + gap) / 2) / total) * count))]!.push(n);
    filled += n.width + gap;
  }
  for (const row of rows) row.sort((a, b) => a.x - b.x || a.index - b.index);
  return rows;
}

/**
 * Spreads a row with least displacement from the simulated x, then pushes it inside its cell: a forward pass keeps
 * boxes right of the left edge and of each other, a backward pass left of the right edge (the row fits: its cell was
 * widened to the longest row), so neither pass undoes the other.
 */
function placeRow(row: WorkNode[], band: NetworkBandLayout, r: number, rowHeight: number): void {
  if (!row.length) return;
  const gap = NETWORK_NODE_METRICS.gap;
  const xs = spreadOnLine(
    row.map((n) => n.x),
    row.map((n) => n.width),
    gap,
  );
  const { left, right } = row[0]!;
  let edge = left - gap;
  row.forEach((n, i) => {
    xs[i] = Math.max(xs[i]!, edge + gap + n.width / 2);
    edge = xs[i]! + n.width / 2;
  });
  edge = right + gap;
  for (let i = row.length - 1; i >= 0; i--) {
    xs[i] = Math.min(xs[i]!, edge - gap - row[i]!.width / 2);
    edge = xs[i]! - row[i]!.width / 2;
  }
  const y = band.top + NETWORK_NODE_METRICS.bandPadding + r * rowHeight + rowHeight / 2;
  row.forEach((n, i) => {
    n.x = xs[i]!;
    n.y = y;
  });
}

function ellipsize(line: string, maxWidth: number, fontSize: number, measure: TextWidth): string {
  let text = line.replace(/-$/, '');
  while (text.length > 1 && measure(`${text}…`, fontSize) > maxWidth) text = text.slice(0, -1);
  return `${text}…`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
