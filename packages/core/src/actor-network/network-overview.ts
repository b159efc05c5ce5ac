import { maxOf, minOf } from '../geometry/extremes.js';
import { forceLink, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Box } from '../geometry/geometry.js';
import { lcg } from '../geometry/random.js';
import { forceRectCollide, separateBoxes } from '../geometry/rect-collide.js';
import { approximateTextWidth, wrapText, type TextWidth } from '../geometry/text-measure.js';
import type { ActorNetwork, NetworkNode } from './build-network.js';
import { layoutActorNetwork } from './layout-network.js';
import { NETWORK_NODE_METRICS, type NetworkLayout } from './network-layout-types.js';
import type { NetworkMetrics } from './network-metrics.js';
import type { OverviewGrouping } from './overview-groupings.js';

export interface NetworkOverviewOptions {
  readonly groupBy?: OverviewGrouping;
  /** Key of the group to show expanded: its members laid out as the network view lays them out, the rest stay groups. */
  readonly expanded?: string;
  /** Which nodes count (a filter's `visibility.nodes`, by node index); default all. */
  readonly visible?: readonly boolean[];
  readonly levels?: readonly string[];
  readonly seed?: number;
  readonly textWidth?: TextWidth;
  /**
   * The name of a sector or level group in the reader's language (e.g. the document's sector label), given its key
   * ('' for nodes without one). Default: the key. Communities are always named by their central members.
   */
  readonly groupName?: (key: string, groupBy: Exclude<OverviewGrouping, 'community'>) => string;
}

/** A group drawn as one node: a circle sized by its member count, with its label below. */
export interface OverviewGroupNode {
  readonly kind: 'group';
  /** Community index as a string, sector id or level id ('' for nodes without one). */
  readonly key: string;
  readonly label: string;
  readonly lines: readonly string[];
  /** Member ids, in network order. */
  readonly members: readonly string[];
  /** Ties between two members (drawn as the group, not as lines). */
  readonly inside: number;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** Symbol and label together: no two boxes overlap. */
  readonly box: Box;
}

/** A member of the expanded group, where the network layout put it inside the expanded block. */
export interface OverviewMemberNode {
  readonly kind: 'member';
  readonly id: string;
  readonly group: string;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly box: Box;
  readonly lines: readonly string[];
}

export type OverviewNode = OverviewGroupNode | OverviewMemberNode;

export interface OverviewTie {
  /** Indexes into `nodes`, source < target. */
  readonly source: number;
  readonly target: number;
  /** Sum of the weights of the ties it stands for. */
  readonly weight: number;
  /** How many ties it stands for. */
  readonly count: number;
}

export interface NetworkOverview {
  readonly groupBy: OverviewGrouping;
  readonly width: number;
  readonly height: number;
  /** Groups in reading order (largest first), then the expanded group's members. */
  readonly nodes: readonly OverviewNode[];
  readonly ties: readonly OverviewTie[];
  /** The expanded group, its block (the members' layout, placed) and that layout itself (bands, communities). */
  readonly expanded?: { readonly key: string; readonly block: Box; readonly layout: NetworkLayout };
}

interface Item extends SimulationNodeDatum {
  x: number;
  y: number;
  width: number;
  height: number;
  fixed?: boolean;
}

/** Size of a group's symbol: its area grows with its member count. */
function groupRadius(size: number): number {
  return 8 + 3 * Math.sqrt(size);
}

/**
 * The network as groups: one meta-node per community (or sector, or level) with a circle whose area grows with its
 * members, ties between groups summed (count and weight), laid out by a seeded force simulation and then pushed
 * apart until no two boxes (circle and label) overlap. One group may be expanded: its members are laid out with
 * `layoutActorNetwork` into a block that takes the group's place, the other groups move aside, and ties from a
 * member to another group are summed per member and group (ties between two members stay single). Pure and deterministic.
 */
export function networkOverview(network: ActorNetwork, metrics: NetworkMetrics, options: NetworkOverviewOptions = {}): NetworkOverview {
  const m = NETWORK_NODE_METRICS;
  const groupBy = options.groupBy ?? 'community';
  const measure = options.textWidth ?? approximateTextWidth;
  const keyOf = (node: NetworkNode): string =>
    groupBy === 'community'
      ? String(metrics.nodes.get(node.id)?.community ?? 0)
      : groupBy === 'sector'
        ? (node.sector ?? '')
        : (node.level ?? '');
  const shown = network.nodes.map((_, i) => options.visible?.[i] ?? true);
  const groups = new Map<string, number[]>();
  network.nodes.forEach((node, i) => {
    if (!shown[i]) return;
    const list = groups.get(keyOf(node));
    if (list) list.push(i);
    else groups.set(keyOf(node), [i]);
  });
  // Largest first, then by key, so the order (and the simulation's start) does not depend on node order.
  const keys = [...groups.keys()].sort((a, b) => groups.get(b)!.length - groups.get(a)!.length || (a < b ? -1 : 1));
  const expandedKey = options.expanded !== undefined && groups.has(options.expanded) ? options.expanded : undefined;

  const indexOf = new Map(network.nodes.map((node, i) => [node.id, i]));
  const groupOfNode = new Map<number, string>();
  for (const [key, list] of groups) for (const i of list) groupOfNode.set(i, key);

  // The expanded group's own layout, as the network view would draw those nodes alone.
  let sub: NetworkLayout | undefined;
  if (expandedKey !== undefined) {
    const members = new Set(groups.get(expandedKey)!.map((i) => network.nodes[i]!.id));
    const subNetwork: ActorNetwork = {
      mode: network.mode,
      nodes: network.nodes.filter((n) => members.has(n.id)),
      ties: network.ties.filter((t) => members.has(t.source) && members.has(t.target)),
    };
    sub = layoutActorNetwork(subNetwork, metrics, {
      ...(options.levels ? { levels: options.levels } : {}),
      seed: options.seed ?? 1,
      textWidth: measure,
    });
  }

  const items: (Item & { key: string; radius: number; lines: string[]; label: string })[] = keys.map((key) => {
    const list = groups.get(key)!;
    const label = groupBy === 'community' ? communityLabel(list, network, metrics) : (options.groupName?.(key, groupBy) ?? key);
    const lines = wrapText(label, m.maxLabelWidth, m.fontSize, measure).slice(0, m.maxLines);
    const radius = groupRadius(list.length);
    const width = Math.ceil(Math.max(2 * radius, maxOf(lines.map((line) => measure(line, m.fontSize)))));
    return { key, x: 0, y: 0, width, height: Math.ceil(2 * radius + m.labelGap + lines.length * m.lineHeight), radius, lines, label };
  });
  const itemOf = new Map(keys.map((key, i) => [key, i]));

  // Ties between groups (and, when expanded, between a member and a group, or two members), summed.
  const inside = new Map<string, number>();
  const sums = new Map<string, { a: string; b: string; weight: number; count: number }>();
  const end = (i: number) => (groupOfNode.get(i) === expandedKey ? `m:${network.nodes[i]!.id}` : `g:${groupOfNode.get(i)!}`);
  for (const tie of network.ties) {
    const [s, t] = [indexOf.get(tie.source), indexOf.get(tie.target)];
    if (s === undefined || t === undefined || !shown[s] || !shown[t] || s === t) continue;
    const [a, b] = [end(s), end(t)].sort();
    if (a === b) {
      inside.set(a!, (inside.get(a!) ?? 0) + 1);
      continue;
    }
    const pair = sums.get(`${a}|${b}`) ?? { a: a!, b: b!, weight: 0, count: 0 };
    pair.weight += tie.weight;
    pair.count++;
    sums.set(`${a}|${b}`, pair);
  }

  // Seeded start on a spiral, largest group in the middle; links by summed weight, rectangles kept apart. The
  // layout is the same with or without an expanded group, so expanding keeps the reader's map of the groups.
  const random = lcg(options.seed ?? 1);
  items.forEach((item, i) => {
    const angle = i * 2.4;
    const distance = 60 * Math.sqrt(i);
    [item.x, item.y] = [distance * Math.cos(angle), distance * Math.sin(angle)];
  });
  const groupLinks = [...sums.values()]
    .filter((p) => p.a.startsWith('g:') && p.b.startsWith('g:'))
    .map((p) => ({ source: itemOf.get(p.a.slice(2))!, target: itemOf.get(p.b.slice(2))!, weight: p.weight }));
  const maxWeight = Math.max(1, maxOf(groupLinks.map((l) => l.weight)));
  forceSimulation<Item>(items)
    .randomSource(random)
    .force(
      'link',
      forceLink<Item, { source: number; target: number; weight: number }>(groupLinks)
        // Linked once initialized: ends are items then. Room for both boxes and a short visible line between.
        .distance((l) => ((l.source as unknown as Item).width + (l.target as unknown as Item).width) / 2 + 60)
        .strength((l) => 0.05 + 0.3 * (l.weight / maxWeight)),
    )
    .force('collide', forceRectCollide<Item>(m.gap * 3, 0.7))
    .force('x', forceX<Item>(0).strength(0.03))
    .force('y', forceY<Item>(0).strength(0.05))
    .stop()
    .tick(120);
  separateBoxes(items, m.gap * 3, 2000);
  if (sub && expandedKey !== undefined) {
    // The expanded group grows into its block where it stood; every other group moves straight away from it by
    // as much as the block reaches further than the group did in that direction, then any overlap left is pushed apart.
    const centre = items[itemOf.get(expandedKey)!]!;
    const reach = (dx: number, dy: number, width: number, height: number) =>
      Math.min(dx ? width / 2 / Math.abs(dx) : Infinity, dy ? height / 2 / Math.abs(dy) : Infinity);
    for (const item of items) {
      if (item === centre) continue;
      const [vx, vy] = [item.x - centre.x, item.y - centre.y];
      const length = Math.hypot(vx, vy) || 1;
      const [dx, dy] = [vx / length, vy / length];
      const grow = reach(dx, dy, sub.width, sub.height) - reach(dx, dy, centre.width, centre.height);
      [item.x, item.y] = [item.x + dx * grow, item.y + dy * grow];
    }
    [centre.width, centre.height, centre.fixed] = [sub.width, sub.height, true];
    separateBoxes(items, m.gap * 3, 2000);
  }

  const left = Math.min(0, minOf(items.map((it) => it.x - it.width / 2))) - m.regionPadding;
  const top = Math.min(0, minOf(items.map((it) => it.y - it.height / 2))) - m.regionPadding;
  const nodes: OverviewNode[] = [];
  const nodeIndex = new Map<string, number>();
  let block: Box | undefined;
  items.forEach((item) => {
    const x = item.x - left;
    const y = item.y - top;
    if (item.key === expandedKey) {
      block = { x, y, width: item.width, height: item.height };
      return;
    }
    nodeIndex.set(`g:${item.key}`, nodes.length);
    nodes.push({
      kind: 'group',
      key: item.key,
      label: item.label,
      lines: item.lines,
      members: groups.get(item.key)!.map((i) => network.nodes[i]!.id),
      inside: inside.get(`g:${item.key}`) ?? 0,
      x,
      y: y - item.height / 2 + item.radius,
      radius: item.radius,
      box: { x, y, width: item.width, height: item.height },
    });
  });
  if (sub && block && expandedKey !== undefined) {
    const [dx, dy] = [block.x - block.width / 2, block.y - block.height / 2];
    for (const node of sub.nodes) {
      nodeIndex.set(`m:${node.id}`, nodes.length);
      nodes.push({
        kind: 'member',
        id: node.id,
        group: expandedKey,
        x: node.x + dx,
        y: node.y + dy,
        radius: node.radius,
        box: { ...node.box, x: node.box.x + dx, y: node.box.y + dy },
        lines: node.lines,
      });
    }
  }
  const ties = [...sums.values()]
    .map((p) => {
      const [a, b] = [nodeIndex.get(p.a)!, nodeIndex.get(p.b)!];
      return { source: Math.min(a, b), target: Math.max(a, b), weight: p.weight, count: p.count };
    })
    .sort((a, b) => a.source - b.source || a.target - b.target);
  const right = Math.max(0, maxOf(items.map((it) => it.x - left + it.width / 2))) + m.regionPadding;
  const bottom = Math.max(0, maxOf(items.map((it) => it.y - top + it.height / 2))) + m.regionPadding;
  return {
    groupBy,
    width: Math.ceil(right),
    height: Math.ceil(bottom),
    nodes,
    ties,
    ...(sub && block && expandedKey !== undefined ? { expanded: { key: expandedKey, block, layout: sub } } : {}),
  };
}

/** A community by its two most central members' labels (betweenness, then strength, then id). */
function communityLabel(members: readonly number[], network: ActorNetwork, metrics: NetworkMetrics): string {
  return members
    .map((i) => ({ node: network.nodes[i]!, metric: metrics.nodes.get(network.nodes[i]!.id) }))
    .sort(
      (a, b) =>
        (b.metric?.betweenness ?? 0) - (a.metric?.betweenness ?? 0) ||
        (b.metric?.strength ?? 0) - (a.metric?.strength ?? 0) ||
        (a.node.id < b.node.id ? -1 : 1),
    )
    .slice(0, 2)
    .map((c) => c.node.label)
    .join(' · ');
}
