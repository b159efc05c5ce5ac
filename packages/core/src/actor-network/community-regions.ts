import type { Box, Point } from '../geometry/geometry.js';
import type { TextWidth } from '../geometry/text-measure.js';
import type { ActorNetwork } from './build-network.js';
import type { NetworkMetrics } from './network-metrics.js';
import {
  NETWORK_NODE_METRICS,
  type NetworkBandLayout,
  type NetworkCommunityLayout,
  type NetworkNodeLayout,
} from './network-layout-types.js';

/** Corner radius of a region, and how many points each rounded corner gets. */
const CORNER = 8;
const CORNER_STEPS = 4;

/**
 * Each community's region (its members' bounding box, padded: cells are `cellGutter` apart, so regions of
 * different cells never meet; lone nodes share a cell and get a tight padding, less than half the node gap) and
 * its label: the labels of its most central members, cut to the region's width, in the strip above the region.
 */
export function communityRegions(
  nodes: readonly NetworkNodeLayout[],
  bands: readonly NetworkBandLayout[],
  network: ActorNetwork,
  metrics: NetworkMetrics,
  order: readonly number[],
  measure: TextWidth,
): NetworkCommunityLayout[] {
  const m = NETWORK_NODE_METRICS;
  const members = new Map<number, number[]>();
  nodes.forEach((node, i) => {
    const list = members.get(node.community);
    if (list) list.push(i);
    else members.set(node.community, [i]);
  });
  const topics = dominantTopics(nodes, network);
  const result: NetworkCommunityLayout[] = [];
  for (const community of order) {
    const list = members.get(community);
    if (!list) continue;
    const padding = list.length >= 2 ? m.regionPadding : m.gap / 2 - 1;
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const i of list) {
      const box = nodes[i]!.box;
      left = Math.min(left, box.x - box.width / 2);
      right = Math.max(right, box.x + box.width / 2);
      top = Math.min(top, box.y - box.height / 2);
      bottom = Math.max(bottom, box.y + box.height / 2);
    }
    const bounds: Box = {
      x: (left + right) / 2,
      y: (top + bottom) / 2,
      width: right - left + 2 * padding,
      height: bottom - top + 2 * padding,
    };
    const central = list
      .map((i) => ({ id: nodes[i]!.id, label: network.nodes[i]!.label, metric: metrics.nodes.get(nodes[i]!.id) }))
      .sort(
        (a, b) =>
          (b.metric?.betweenness ?? 0) - (a.metric?.betweenness ?? 0) ||
          (b.metric?.strength ?? 0) - (a.metric?.strength ?? 0) ||
          (a.id < b.id ? -1 : 1),
      )
      .slice(0, 3);
    // A lone node is labelled by its own label already.
    const label =
      list.length >= 2
        ? fitted(
            central
              .slice(0, 2)
              .map((c) => c.label)
              .join(' · '),
            bounds.width,
            measure,
          )
        : '';
    const labelWidth = label ? Math.min(bounds.width, measure(label, m.fontSize)) : 0;
    const labelHeight = m.lineHeight + 2;
    const topic = topics.get(community);
    result.push({
      community,
      size: list.length,
      tier: bands[nodes[list[0]!]!.band]!.tier,
      bounds,
      region: roundedBox(bounds, Math.min(CORNER, bounds.width / 2, bounds.height / 2)),
      central: central.map((c) => c.id),
      ...(topic !== undefined ? { topic } : {}),
      label,
      labelBox: {
        x: bounds.x - bounds.width / 2 + labelWidth / 2,
        y: bounds.y - bounds.height / 2 - 1 - labelHeight / 2,
        width: labelWidth,
        height: labelHeight,
      },
    });
  }
  return result;
}

/** The most frequent topic of the ties inside each community (ties between nodes of the same community); ties by name. */
function dominantTopics(nodes: readonly NetworkNodeLayout[], network: ActorNetwork): Map<number, string> {
  const communityOf = new Map(nodes.map((n) => [n.id, n.community]));
  const counts = new Map<number, Map<string, number>>();
  for (const tie of network.ties) {
    const a = communityOf.get(tie.source);
    if (a === undefined || a !== communityOf.get(tie.target)) continue;
    const count = counts.get(a) ?? new Map<string, number>();
    for (const topic of tie.topics) count.set(topic, (count.get(topic) ?? 0) + 1);
    counts.set(a, count);
  }
  const result = new Map<number, string>();
  for (const [community, count] of counts) {
    const best = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) result.set(community, best[0]);
  }
  return result;
}

/** The text, shortened with an ellipsis until it fits `width` (empty when not even one letter does). */
function fitted(text: string, width: number, measure: TextWidth): string {
  const size = NETWORK_NODE_METRICS.fontSize;
  if (measure(text, size) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`, size) > width) cut = cut.slice(0, -1).trimEnd();
  return measure(`${cut}…`, size) <= width ? `${cut}…` : '';
}

/** A box as a clockwise polygon from its top-left corner, each corner rounded with `radius`. */
export function roundedBox(box: Box, radius: number): Point[] {
  const [left, top] = [box.x - box.width / 2, box.y - box.height / 2];
  const [right, bottom] = [left + box.width, top + box.height];
  const corners = [
    { x: left + radius, y: top + radius, from: Math.PI },
    { x: right - radius, y: top + radius, from: 1.5 * Math.PI },
    { x: right - radius, y: bottom - radius, from: 0 },
    { x: left + radius, y: bottom - radius, from: 0.5 * Math.PI },
  ];
  const points: Point[] = [];
  for (const corner of corners)
    for (let step = 0; step <= CORNER_STEPS; step++) {
      const angle = corner.from + (step / CORNER_STEPS) * (Math.PI / 2);
      points.push({ x: corner.x + radius * Math.cos(angle), y: corner.y + radius * Math.sin(angle) });
    }
  return points;
}
