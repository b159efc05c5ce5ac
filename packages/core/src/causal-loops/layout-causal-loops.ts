import { forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { CausalGraph } from './causal-graph.js';
import type { Loop } from './find-loops.js';
import { lcg } from '../geometry/random.js';
import { forceRectCollide, separateBoxes } from '../geometry/rect-collide.js';
import { approximateTextWidth, styledType, wrapText, type TextStyle, type TextWidth } from '../geometry/text-measure.js';
import { loopMarkerObstacles, markerObstacle, placeLoopMarker } from './loop-markers.js';
import { inRingOrder, placeNearNeighbours, placeRings, ringLoops, ringRadius, type Ring } from './ring-layout.js';
import { decorateLinks, routeLinks, spreadHeads, routingContext, type PlacedBox, type RoutedCurve } from './route-links.js';
import { CLD_METRICS, type CldLayout, type CldLoopMarker, type CldNode } from './types.js';
import { maxOf, minOf } from '../geometry/extremes.js';

export interface CausalLoopLayoutInput {
  readonly graph: CausalGraph;
  /** Loops of the graph (from `findLoops`): they order the initial ring placement and get markers. */
  readonly loops: readonly Loop[];
  /** Label of each factor (default: its id). */
  readonly labels?: ReadonlyMap<string, string>;
  /** Author position hints: these factors stay where the author put them. */
  readonly positions?: ReadonlyMap<string, { x: number; y: number }>;
  /**
   * Every label a factor has across the document's languages: boxes are sized for the widest, so every language
   * puts every factor at the same position (default: the label alone).
   */
  readonly labelVariants?: ReadonlyMap<string, readonly string[]>;
}

export interface CausalLoopLayoutOptions {
  /** Width of a label (include the reader's letter and word spacing, see `spacedTextWidth`). */
  readonly textWidth?: TextWidth;
  /** The reader's text style: labels are set `fontScale` times larger, and wrapped and boxed at that size. */
  readonly textStyle?: TextStyle;
  readonly seed?: number;
  /** Simulation ticks (default 300). */
  readonly ticks?: number;
  /**
   * `force`: a seeded force simulation that pulls each loop into a ring. `circle`: factors on one circle in loop
   * order, links as chords (reads best for dense diagrams, where a force layout becomes a hairball).
   * `auto` (default): `circle` beyond 80 factors or 2.5 links per factor, else `force`.
   */
  readonly arrangement?: 'auto' | 'force' | 'circle';
  /** Rounds of moving factors off blocked links (default: 40 for small diagrams, fewer for large ones). */
  readonly repairRounds?: number;
  /** Which loops get an R/B marker (default: named loops, or all loops when none is named and there are at most 12). */
  readonly markerLoops?: (loop: Loop) => boolean;
}

interface WorkNode extends PlacedBox {
  id: string;
  x: number;
  y: number;
  vx?: number;
  vy?: number;
  fx?: number | null;
  fy?: number | null;
  width: number;
  height: number;
  fixed: boolean;
  label: string;
  lines: string[];
}

/** Factors in the order their loops visit them (shortest and named loops first), so rings start out together. */
function ringOrder(graph: CausalGraph, loops: readonly Loop[]): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const sorted = [...loops].sort((a, b) => Number(!!b.name) - Number(!!a.name) || a.length - b.length || (a.id < b.id ? -1 : 1));
  for (const loop of sorted) for (const id of loop.members) if (!seen.has(id) && seen.add(id)) order.push(id);
  for (const id of graph.nodes) if (!seen.has(id) && seen.add(id)) order.push(id);
  return order;
}

/**
 * Lays out a causal-loop diagram: factors as label boxes, links as curves, loops as rings with R/B markers.
 * Deterministic (seeded force simulation), pure, no DOM. Guarantees, or reports in `unresolvedLinks`:
 * no overlapping boxes, no link through a factor that is not its end, two-way links on separate curves.
 */
export function layoutCausalLoops(input: CausalLoopLayoutInput, options: CausalLoopLayoutOptions = {}): CldLayout {
  const measure = options.textWidth ?? approximateTextWidth;
  const m = CLD_METRICS;
  const type = styledType(m.fontSize, m.lineHeight, options.textStyle);
  const maxLabelWidth = m.maxLabelWidth * (options.textStyle?.fontScale ?? 1);
  const order = ringOrder(input.graph, input.loops);
  const count = order.length;
  const circumference = order.length * (maxLabelWidth + m.nodeGap) * 0.9;
  const radius = Math.max(80, circumference / (2 * Math.PI));
  const wrap = (text: string) => wrapText(text, maxLabelWidth, type.fontSize, measure);
  const widthOf = (lines: readonly string[]) => Math.ceil(maxOf(lines.map((line) => measure(line, type.fontSize))));
  const nodes: WorkNode[] = order.map((id, i) => {
    const label = input.labels?.get(id) ?? id;
    const lines = wrap(label);
    // The box fits the widest and tallest wrapping of the label in any language, so no language moves a factor.
    const variants = [lines, ...(input.labelVariants?.get(id) ?? []).map(wrap)];
    const width = maxOf(variants.map(widthOf)) + 2 * m.paddingX;
    const height = maxOf(variants.map((v) => v.length)) * type.lineHeight + 2 * m.paddingY;
    const hint = input.positions?.get(id);
    const angle = (2 * Math.PI * i) / Math.max(1, count) - Math.PI / 2;
    const x = hint?.x ?? radius * Math.cos(angle);
    const y = hint?.y ?? radius * Math.sin(angle);
    return { id, label, lines, x, y, width, height, fixed: !!hint, ...(hint ? { fx: hint.x, fy: hint.y } : {}) };
  });
  const index = new Map(nodes.map((node) => [node.id, node]));
  const arrangement = options.arrangement ?? 'auto';
  const dense = count > 80 || input.graph.links.length > 2.5 * count;
  const force = arrangement === 'force' || (arrangement === 'auto' && !dense);
  // Loop first: the rings are placed before anything else, and a force keeps them rings while the rest settles.
  const rings: Ring[] = force
    ? ringLoops(input.loops).map((loop) => {
        const members = loop.members.map((id) => index.get(id)!);
        return { loop, members, radius: ringRadius(members, m.nodeGap), sense: 1 };
      })
    : [];
  const inRings = new Set(rings.flatMap((ring) => ring.members.map((node) => node.id)));
  // The rings each factor is in: a repair may move it only where they all stay rings.
  const ringsOf = new Map<string, Ring[]>();
  for (const ring of rings) for (const node of ring.members) ringsOf.set(node.id, [...(ringsOf.get(node.id) ?? []), ring]);
  if (force) {
    placeRings(rings, m.nodeGap);
    placeNearNeighbours(nodes, inRings, input.graph);
    // The rings hold still while the other factors settle around them.
    for (const node of nodes) if (inRings.has(node.id)) Object.assign(node, { fx: node.x, fy: node.y });
  }
  const simulationLinks = input.graph.links.filter((l) => l.from !== l.to).map((l) => ({ source: l.from, target: l.to }));

  const simulation = forceSimulation(nodes)
    .randomSource(lcg(options.seed ?? 1))
    .force(
      'link',
      forceLink<WorkNode, { source: string | WorkNode; target: string | WorkNode }>(simulationLinks)
        .id((node) => node.id)
        .distance((link) => {
          const s = link.source as WorkNode;
          const t = link.target as WorkNode;
          return 40 + (s.width + t.width) / 2;
        })
        .strength(0.3),
    )
    .force('charge', forceManyBody<WorkNode>().strength(-300).distanceMax(600))
    .force('x', forceX<WorkNode>(0).strength(0.02))
    .force('y', forceY<WorkNode>(0).strength(0.03))
    .force('collide', forceRectCollide<WorkNode>(m.nodeGap, 0.8))
    .stop();
  if (force) simulation.tick(options.ticks ?? 300);
  for (const node of nodes) {
    if (node.fixed) continue;
    node.fx = null;
    node.fy = null;
  }

  // Round so the same input gives byte-identical output across engines.
  for (const node of nodes) {
    node.x = Math.round(node.x);
    node.y = Math.round(node.y);
  }
  separateBoxes(nodes, m.nodeGap);

  // Route links; where a link cannot avoid a node, move that node off the link's chord and try again.
  // Each repair round re-routes only the links a moved factor could affect.
  const context = routingContext(input.graph.links);
  const first = routeLinks(input.graph.links, nodes, undefined, context);
  const curves = new Map(first.curves.map((c) => [c.link.id, c]));
  const bends = first.bends;
  let blocked = first.blocked;
  // Repair effort is bounded so huge hairballs still lay out in time; what is left is reported.
  const maxRounds = options.repairRounds ?? 40;
  for (let round = 0; round < maxRounds && blocked.length > 0; round++) {
    const before = new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
    for (const { link, hits } of blocked) {
      const from = index.get(link.from)!;
      const to = index.get(link.to)!;
      const dx = to.x - from.x;
      const dy = to.y - from.y;
      const length = Math.hypot(dx, dy) || 1;
      for (const hit of hits) {
        const node = index.get(hit.id)!;
        if (node.fixed) continue;
        const held = ringsOf.get(node.id);
        if (held) {
          // A ring's member moves only where every ring it is in keeps its order: off the link to either side, or
          // straight out from one of its rings' middles.
          const push = (node.width + node.height) / 2 + 12;
          const away = (node.x - from.x) * dy - (node.y - from.y) * dx >= 0 ? 1 : -1;
          const options = [
            { x: (away * dy) / length, y: (-away * dx) / length },
            ...held.map((ring) => {
              const cx = ring.members.reduce((sum, n) => sum + n.x, 0) / ring.members.length;
              const cy = ring.members.reduce((sum, n) => sum + n.y, 0) / ring.members.length;
              const out = Math.hypot(node.x - cx, node.y - cy) || 1;
              return { x: (node.x - cx) / out, y: (node.y - cy) / out };
            }),
            // Then any of eight directions, one and a half pushes far.
            ...Array.from({ length: 8 }, (_, k) => ({ x: 1.5 * Math.cos((k * Math.PI) / 4), y: 1.5 * Math.sin((k * Math.PI) / 4) })),
          ];
          const { x, y } = node;
          const fits = options.some((d) => {
            node.x = Math.round(x + d.x * push);
            node.y = Math.round(y + d.y * push);
            return held.every((ring) => inRingOrder(ring.members));
          });
          if (fits) continue;
          // No such move: a link through a label is worse than a dented ring, so it moves off the link as any factor.
          Object.assign(node, { x, y });
        }
        const side = (node.x - from.x) * (dy / length) - (node.y - from.y) * (dx / length);
        const push = (node.width + node.height) / 2 + 12;
        const sign = side >= 0 ? 1 : -1;
        node.x = Math.round(node.x + (sign * push * dy) / length);
        node.y = Math.round(node.y - (sign * push * dx) / length);
      }
    }
    // Dense diagrams: also give every link more room by spreading the free factors out a little.
    if (round % 3 === 2) spreadOut(nodes, 1.08);
    separateBoxes(nodes, m.nodeGap);
    const moved = nodes.filter((n) => before.get(n.id)!.x !== n.x || before.get(n.id)!.y !== n.y);
    const wasBlocked = new Set(blocked.map((b) => b.link.id));
    const affected = input.graph.links.filter((link) => wasBlocked.has(link.id) || touches(curves.get(link.id)!, link, moved));
    const rerouted = routeLinks(affected, nodes, bends, context);
    for (const c of rerouted.curves) curves.set(c.link.id, c);
    for (const [id, bend] of rerouted.bends) bends.set(id, bend);
    blocked = rerouted.blocked;
  }
  const routed = { curves: input.graph.links.map((link) => curves.get(link.id)!), blocked };

  const links = decorateLinks(spreadHeads(routed.curves, nodes), nodes);

  // Markers inside their rings, clear of nodes, glyphs and each other.
  const centres = new Map(nodes.map((node) => [node.id, { x: node.x, y: node.y }]));
  const obstacles = loopMarkerObstacles({ nodes, links, markers: [] });
  const anyNamed = input.loops.some((loop) => loop.name);
  const wantsMarker = options.markerLoops ?? ((loop: Loop) => (anyNamed ? !!loop.name : input.loops.length <= 12));
  const markers: CldLoopMarker[] = [];
  for (const loop of input.loops.filter(wantsMarker)) {
    const marker = placeLoopMarker(loop, centres, obstacles);
    markers.push(marker);
    obstacles.push(markerObstacle(marker));
  }

  // What the view opens on: the rings (named loops, or the shortest ones), else everything.
  const focusIds = new Set(ringLoops(input.loops).flatMap((loop) => loop.members));
  return translateToOrigin(
    nodes,
    links,
    markers,
    routed.blocked.map((b) => b.link.id),
    {
      type,
      focus: nodes.filter((node) => focusIds.size === 0 || focusIds.has(node.id)),
    },
  );
}

/** Whether a moved factor may now touch a link: it is an end, or its box meets the curve's hull. */
function touches(routed: RoutedCurve, link: { from: string; to: string }, moved: readonly WorkNode[]): boolean {
  const c = routed.curve;
  const minX = Math.min(c.x0, c.cx, c.x1) - 8;
  const maxX = Math.max(c.x0, c.cx, c.x1) + 8;
  const minY = Math.min(c.y0, c.cy, c.y1) - 8;
  const maxY = Math.max(c.y0, c.cy, c.y1) + 8;
  return moved.some(
    (n) =>
      n.id === link.from ||
      n.id === link.to ||
      (n.x + n.width / 2 >= minX && n.x - n.width / 2 <= maxX && n.y + n.height / 2 >= minY && n.y - n.height / 2 <= maxY),
  );
}

/** Scales the positions of unpinned factors about their centroid. */
function spreadOut(nodes: WorkNode[], factor: number): void {
  const free = nodes.filter((n) => !n.fixed);
  if (free.length === 0) return;
  const cx = free.reduce((s, n) => s + n.x, 0) / free.length;
  const cy = free.reduce((s, n) => s + n.y, 0) / free.length;
  for (const n of free) {
    n.x = Math.round(cx + (n.x - cx) * factor);
    n.y = Math.round(cy + (n.y - cy) * factor);
  }
}

/** Exact range of one coordinate of a quadratic Bézier: its ends and, when inside, its turning point. */
function quadraticRange(p0: number, p1: number, p2: number): number[] {
  const denominator = p0 - 2 * p1 + p2;
  const t = denominator === 0 ? -1 : (p0 - p1) / denominator;
  if (t <= 0 || t >= 1) return [p0, p2];
  const u = 1 - t;
  return [p0, p2, u * u * p0 + 2 * u * t * p1 + t * t * p2];
}

/** Shifts everything so the drawing starts at (margin, margin), and sizes the canvas to fit. */
function translateToOrigin(
  nodes: WorkNode[],
  links: CldLayout['links'],
  markers: CldLoopMarker[],
  unresolved: string[],
  extra: { type: { fontSize: number; lineHeight: number }; focus: readonly WorkNode[] },
): CldLayout {
  const m = CLD_METRICS;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const n of nodes) {
    xs.push(n.x - n.width / 2, n.x + n.width / 2);
    ys.push(n.y - n.height / 2, n.y + n.height / 2);
  }
  for (const l of links) {
    const { x0, y0, cx, cy, x1, y1 } = l.curve;
    xs.push(...quadraticRange(x0, cx, x1), l.glyph.x - m.glyphRadius, l.glyph.x + m.glyphRadius);
    ys.push(...quadraticRange(y0, cy, y1), l.glyph.y - m.glyphRadius, l.glyph.y + m.glyphRadius);
    if (l.evidenceMark) {
      xs.push(l.evidenceMark.x - m.evidenceMarkRadius, l.evidenceMark.x + m.evidenceMarkRadius);
      ys.push(l.evidenceMark.y - m.evidenceMarkRadius, l.evidenceMark.y + m.evidenceMarkRadius);
    }
  }
  for (const k of markers) {
    xs.push(k.x - k.radius, k.x + k.radius);
    ys.push(k.y - k.radius, k.y + k.radius);
  }
  const minX = xs.length ? minOf(xs) : 0;
  const minY = ys.length ? minOf(ys) : 0;
  const dx = m.margin - minX;
  const dy = m.margin - minY;
  const shift = (p: { x: number; y: number }) => ({ x: p.x + dx, y: p.y + dy });
  const outNodes: CldNode[] = nodes.map((n) => ({
    id: n.id,
    label: n.label,
    lines: n.lines,
    ...shift(n),
    width: n.width,
    height: n.height,
    pinned: n.fixed,
  }));
  const outLinks = links.map((l) => ({
    ...l,
    curve: { x0: l.curve.x0 + dx, y0: l.curve.y0 + dy, cx: l.curve.cx + dx, cy: l.curve.cy + dy, x1: l.curve.x1 + dx, y1: l.curve.y1 + dy },
    glyph: shift(l.glyph),
    ...(l.delayMark ? { delayMark: { ...shift(l.delayMark), angle: l.delayMark.angle } } : {}),
    ...(l.evidenceMark ? { evidenceMark: shift(l.evidenceMark) } : {}),
  }));
  const outMarkers = markers.map((k) => ({ ...k, ...shift(k) }));
  const focus = extra.focus.length ? extra.focus : nodes;
  const left = minOf(focus.map((n) => n.x - n.width / 2));
  const top = minOf(focus.map((n) => n.y - n.height / 2));
  const right = maxOf(focus.map((n) => n.x + n.width / 2));
  const bottom = maxOf(focus.map((n) => n.y + n.height / 2));
  return {
    width: Math.ceil((xs.length ? maxOf(xs) : 0) + dx + m.margin),
    height: Math.ceil((ys.length ? maxOf(ys) : 0) + dy + m.margin),
    nodes: outNodes,
    links: outLinks,
    markers: outMarkers,
    unresolvedLinks: unresolved,
    fontSize: extra.type.fontSize,
    lineHeight: extra.type.lineHeight,
    focus: focus.length
      ? { x: (left + right) / 2 + dx, y: (top + bottom) / 2 + dy, width: right - left, height: bottom - top }
      : { x: 0, y: 0, width: 0, height: 0 },
  };
}
