import type { CausalGraph } from './causal-graph.js';
import type { Loop } from './find-loops.js';
import { maxOf } from '../geometry/extremes.js';

/** A factor box being placed: its centre may move unless `fixed` (an author's position hint). */
export interface RingNode {
  readonly id: string;
  x: number;
  y: number;
  vx?: number;
  vy?: number;
  readonly width: number;
  readonly height: number;
  readonly fixed: boolean;
}

/** A loop drawn as a ring: its members in loop order, the ring's radius and the way it turns (1: clockwise on screen). */
export interface Ring {
  readonly loop: Loop;
  readonly members: readonly RingNode[];
  readonly radius: number;
  sense: 1 | -1;
}

/** At most this many unnamed loops become rings: beyond that, rings crowd each other and read as a hairball. */
const MAX_UNNAMED_RINGS = 12;

/**
 * The loops a reader should see as rings: the named ones, or, when none is named, the shortest loops that each
 * bring in a factor no earlier ring has (so every ring adds something), at most 12.
 */
export function ringLoops(loops: readonly Loop[]): Loop[] {
  const named = loops.filter((loop) => loop.name && loop.length >= 2);
  if (named.length > 0) return named;
  const sorted = loops.filter((loop) => loop.length >= 2).sort((a, b) => a.length - b.length || (a.id < b.id ? -1 : 1));
  const chosen: Loop[] = [];
  const covered = new Set<string>();
  for (const loop of sorted) {
    if (chosen.length >= MAX_UNNAMED_RINGS) break;
    if (loop.members.every((id) => covered.has(id))) continue;
    chosen.push(loop);
    for (const id of loop.members) covered.add(id);
  }
  return chosen;
}

/** The radius at which a loop's members, evenly spaced in loop order, keep `gap` between neighbouring boxes. */
export function ringRadius(members: readonly RingNode[], gap: number): number {
  const n = members.length;
  const step = 2 * Math.sin(Math.PI / n);
  // Small rings of short labels still get links long enough to carry a sign and a delay mark.
  let radius = 100;
  for (let i = 0; i < n; i++) {
    const a = members[i]!;
    const b = members[(i + 1) % n]!;
    // Neighbours may end up side by side or one above the other: room for the wider of the two cases.
    const need = Math.max((a.width + b.width) / 2, (a.height + b.height) / 2 + 40) + gap;
    radius = Math.max(radius, need / step);
  }
  return radius;
}

interface Point {
  x: number;
  y: number;
}

/**
 * The rotation that best lays a loop's ideal ring (angles `sense`·2πi/n) onto the members' current angles around
 * `centre`, and how well it fits (1: exactly, 0: not at all).
 */
function fitRotation(points: readonly (Point | undefined)[], centre: Point, sense: 1 | -1): { angle: number; fit: number } {
  const n = points.length;
  let s = 0;
  let c = 0;
  let count = 0;
  points.forEach((p, i) => {
    if (!p) return;
    const theta = Math.atan2(p.y - centre.y, p.x - centre.x) - (sense * 2 * Math.PI * i) / n;
    s += Math.sin(theta);
    c += Math.cos(theta);
    count++;
  });
  return { angle: Math.atan2(s, c), fit: count ? Math.hypot(s, c) / count : 0 };
}

/** Where a ring puts its i-th member. */
function ringSpot(centre: Point, radius: number, angle: number, sense: 1 | -1, i: number, n: number): Point {
  const phi = angle + (sense * 2 * Math.PI * i) / n;
  return { x: centre.x + radius * Math.cos(phi), y: centre.y + radius * Math.sin(phi) };
}

/** How crowded a spot is: the boxes already placed that a box there would come near. */
function crowding(spot: Point, box: RingNode, placed: readonly RingNode[], gap: number): number {
  let penalty = 0;
  for (const other of placed) {
    const overlapX = (box.width + other.width) / 2 + gap - Math.abs(spot.x - other.x);
    const overlapY = (box.height + other.height) / 2 + gap - Math.abs(spot.y - other.y);
    if (overlapX > 0 && overlapY > 0) penalty += 1 + Math.min(overlapX, overlapY) / 20;
  }
  return penalty;
}

/** The order rings are placed in: the ring sharing most factors with the others first, then those joined to it. */
function placementOrder(rings: readonly Ring[]): Ring[] {
  const count = new Map<string, number>();
  for (const ring of rings) for (const node of ring.members) count.set(node.id, (count.get(node.id) ?? 0) + 1);
  const shared = (ring: Ring) => ring.members.reduce((s, node) => s + (count.get(node.id)! - 1), 0);
  const left = [...rings];
  const order: Ring[] = [];
  const placed = new Set<string>();
  while (left.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    left.forEach((ring, i) => {
      const joined = ring.members.filter((node) => placed.has(node.id) || node.fixed).length;
      const score = joined * 1000 + shared(ring);
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    const [ring] = left.splice(best, 1);
    order.push(ring!);
    for (const node of ring!.members) placed.add(node.id);
  }
  return order;
}

/**
 * Places the rings one by one: each loop's members in loop order on a circle, the factors it shares with rings placed
 * before staying where they are, its centre and turning sense chosen where the new members find the most room.
 * Pinned factors (author hints) never move. Deterministic.
 */
export function placeRings(rings: readonly Ring[], gap: number): void {
  const placed: RingNode[] = [];
  const isPlaced = new Set<string>();
  for (const ring of rings)
    for (const node of ring.members) if (node.fixed && !isPlaced.has(node.id) && isPlaced.add(node.id)) placed.push(node);
  for (const ring of placementOrder(rings)) {
    const anchors = ring.members.map((node) => (isPlaced.has(node.id) ? { x: node.x, y: node.y } : undefined));
    const anchored = anchors.filter((p): p is Point => !!p);
    const fresh = ring.members.filter((node) => !isPlaced.has(node.id));
    if (anchored.length >= 2) {
      placeRuns(ring, anchors, placed, gap);
    } else {
      placeCircle(ring, anchors, anchored, placed, gap);
    }
    for (const node of fresh) {
      placed.push(node);
      isPlaced.add(node.id);
    }
    ring.sense = senseOf(ring.members);
  }
}

/** 1 when the points, in order, turn clockwise on screen (y down), else -1. */
function senseOf(points: readonly Point[]): 1 | -1 {
  let area = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    area += a.x * b.y - b.x * a.y;
  }
  return area >= 0 ? 1 : -1;
}

/** Whether points lie around their centroid in the order given (either way round): the loop reads as a ring. */
export function inRingOrder(points: readonly Point[]): boolean {
  const n = points.length;
  if (n <= 3) return true;
  const cx = points.reduce((s, p) => s + p.x, 0) / n;
  const cy = points.reduce((s, p) => s + p.y, 0) / n;
  const order = points
    .map((p, i) => ({ i, a: Math.atan2(p.y - cy, p.x - cx) }))
    .sort((a, b) => a.a - b.a || a.i - b.i)
    .map((entry) => entry.i);
  const start = order.indexOf(0);
  const rotated = [...order.slice(start), ...order.slice(0, start)];
  return rotated.every((v, k) => v === k) || rotated.every((v, k) => v === (n - k) % n);
}

/** A ring with at most one factor placed before: its members on a circle through that factor, where there is room. */
function placeCircle(
  ring: Ring,
  anchors: readonly (Point | undefined)[],
  anchored: readonly Point[],
  placed: readonly RingNode[],
  gap: number,
) {
  const n = ring.members.length;
  const centres: Point[] = [];
  if (anchored.length === 0) {
    if (placed.length === 0) centres.push({ x: 0, y: 0 });
    else {
      // A ring of its own: beside what is placed, on the side with most room.
      const cx = placed.reduce((s, p) => s + p.x, 0) / placed.length;
      const cy = placed.reduce((s, p) => s + p.y, 0) / placed.length;
      const reach = maxOf(placed.map((p) => Math.hypot(p.x - cx, p.y - cy))) + ring.radius + gap;
      for (let k = 0; k < 16; k++)
        centres.push({ x: cx + reach * Math.cos((k * Math.PI) / 8), y: cy + reach * Math.sin((k * Math.PI) / 8) });
    }
  } else {
    const a = anchored[0]!;
    for (let k = 0; k < 24; k++)
      centres.push({ x: a.x + ring.radius * Math.cos((k * Math.PI) / 12), y: a.y + ring.radius * Math.sin((k * Math.PI) / 12) });
  }
  let best: { centre: Point; angle: number; sense: 1 | -1; score: number } | undefined;
  for (const centre of centres) {
    for (const sense of [1, -1] as const) {
      const { angle } = anchored.length ? fitRotation(anchors, centre, sense) : { angle: -Math.PI / 2 };
      let score = 0;
      ring.members.forEach((node, i) => {
        if (!anchors[i]) score += crowding(ringSpot(centre, ring.radius, angle, sense, i, n), node, placed, gap);
      });
      if (!best || score < best.score - 1e-9) best = { centre, angle, sense, score };
    }
  }
  ring.members.forEach((node, i) => {
    if (anchors[i]) return;
    const spot = ringSpot(best!.centre, ring.radius, best!.angle, best!.sense, i, n);
    node.x = spot.x;
    node.y = spot.y;
  });
}

/**
 * A ring through factors placed before: each run of new members between two placed ones goes on an arc between
 * them, bulging to the side and by the amount that keeps the whole loop in ring order with the most room.
 */
function placeRuns(ring: Ring, anchors: readonly (Point | undefined)[], placed: readonly RingNode[], gap: number) {
  const n = ring.members.length;
  const runs: { from: number; members: number[]; to: number }[] = [];
  for (let i = 0; i < n; i++) {
    if (!anchors[i] || anchors[(i + 1) % n]) continue;
    const members: number[] = [];
    let j = (i + 1) % n;
    while (!anchors[j]) {
      members.push(j);
      j = (j + 1) % n;
    }
    runs.push({ from: i, members, to: j });
  }
  const spots: (Point | undefined)[] = [...anchors];
  const local = [...placed];
  for (const run of runs) {
    const p = anchors[run.from]!;
    const q = anchors[run.to]!;
    const chord = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    const normal = { x: (q.y - p.y) / chord, y: -(q.x - p.x) / chord };
    const k = run.members.length;
    // Room for the run's boxes along the arc.
    const span = run.members.reduce((s, i) => s + ring.members[i]!.width + gap, 0);
    let best: { points: Point[]; score: number } | undefined;
    const mid = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
    for (const side of [1, -1]) {
      // The bulge's direction, and the circular arcs from p to q through it: wider arcs hold more members.
      const out = { x: normal.x * side, y: normal.y * side };
      for (const sweep of [0.5, 0.75, 1, 1.25, 1.5, 1.7, 1.85].map((f) => f * Math.PI)) {
        const radius = chord / (2 * Math.sin(sweep / 2));
        const centre = { x: mid.x - out.x * radius * Math.cos(sweep / 2), y: mid.y - out.y * radius * Math.cos(sweep / 2) };
        const start = Math.atan2(p.y - centre.y, p.x - centre.x);
        const apex = Math.atan2(out.y, out.x);
        // Turn the way that passes the apex halfway.
        const turn = Math.cos(start + sweep / 2 - apex) > Math.cos(start - sweep / 2 - apex) ? 1 : -1;
        const points = run.members.map((_, j) => {
          const a = start + (turn * sweep * (j + 1)) / (k + 1);
          return { x: centre.x + radius * Math.cos(a), y: centre.y + radius * Math.sin(a) };
        });
        const trial = [...spots];
        run.members.forEach((i, j) => (trial[i] = points[j]));
        const known = trial.filter((point): point is Point => !!point);
        let score = known.length === n && !inRingOrder(known) ? 1000 : 0;
        run.members.forEach((i, j) => {
          score += crowding(points[j]!, ring.members[i]!, local, gap);
          for (let other = 0; other < j; other++) {
            const a = points[j]!;
            const b = points[other]!;
            if (Math.abs(a.x - b.x) < ring.members[i]!.width + gap && Math.abs(a.y - b.y) < 40 + gap) score += 2;
          }
        });
        // Prefer the arc whose length gives the members the room they need, no more.
        score += Math.abs(radius * sweep - span - chord / 2) / 150;
        if (!best || score < best.score - 1e-9) best = { points, score };
      }
    }
    run.members.forEach((i, j) => {
      const node = ring.members[i]!;
      node.x = best!.points[j]!.x;
      node.y = best!.points[j]!.y;
      spots[i] = best!.points[j];
      local.push(node);
    });
  }
}

/**
 * Places the factors no ring holds near the factors they are linked to (those with most placed neighbours first),
 * pushed outward from the drawing's centre; unlinked ones on a circle around everything. Deterministic.
 */
export function placeNearNeighbours(nodes: readonly RingNode[], placedIds: ReadonlySet<string>, graph: CausalGraph): void {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const placed = new Set(placedIds);
  for (const node of nodes) if (node.fixed) placed.add(node.id);
  const neighbours = new Map<string, string[]>(nodes.map((node) => [node.id, []]));
  for (const link of graph.links) {
    if (link.from === link.to) continue;
    neighbours.get(link.from)?.push(link.to);
    neighbours.get(link.to)?.push(link.from);
  }
  const centre = () => {
    const list = [...placed].map((id) => byId.get(id)!);
    return list.length
      ? { x: list.reduce((s, n) => s + n.x, 0) / list.length, y: list.reduce((s, n) => s + n.y, 0) / list.length }
      : { x: 0, y: 0 };
  };
  let waiting = nodes.filter((node) => !placed.has(node.id));
  let k = 0;
  while (waiting.length > 0) {
    const placedCount = (node: RingNode) => neighbours.get(node.id)!.filter((id) => placed.has(id)).length;
    let next = waiting[0]!;
    for (const node of waiting) if (placedCount(node) > placedCount(next)) next = node;
    const around = neighbours
      .get(next.id)!
      .filter((id) => placed.has(id))
      .map((id) => byId.get(id)!);
    const c = centre();
    // The golden angle spreads successive factors around their anchor instead of stacking them.
    const turn = k++ * 2.39996;
    if (around.length > 0) {
      const mx = around.reduce((s, n) => s + n.x, 0) / around.length;
      const my = around.reduce((s, n) => s + n.y, 0) / around.length;
      const out = Math.hypot(mx - c.x, my - c.y) || 1;
      const dx = (mx - c.x) / out;
      const dy = (my - c.y) / out;
      next.x = mx + dx * 130 + Math.cos(turn) * 40;
      next.y = my + dy * 110 + Math.sin(turn) * 40;
    } else {
      const list = [...placed].map((id) => byId.get(id)!);
      const reach = list.length ? maxOf(list.map((n) => Math.hypot(n.x - c.x, n.y - c.y))) + 160 : 0;
      next.x = c.x + reach * Math.cos(turn);
      next.y = c.y + reach * Math.sin(turn);
    }
    placed.add(next.id);
    waiting = waiting.filter((node) => node !== next);
  }
}
