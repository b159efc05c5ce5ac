import {
  arrowHead,
  boxExit,
  boxesOverlap,
  pointInBox,
  pointOnCurve,
  tangentOnCurve,
  type Box,
  type QuadraticCurve,
} from '../geometry/geometry.js';
import type { CausalLink } from './causal-graph.js';
import { BoxGrid } from '../geometry/box-grid.js';
import { CLD_METRICS, type CldLink } from './types.js';
import { minOf } from '../geometry/extremes.js';

export interface PlacedBox extends Box {
  readonly id: string;
}

/** The curve of a link for a given bend (px of the control point from the chord; positive: to the left). */
export function curveFor(from: Box, to: Box, bend: number): QuadraticCurve {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const normal = { x: dy / length, y: -dx / length };
  const control = { x: (from.x + to.x) / 2 + normal.x * bend, y: (from.y + to.y) / 2 + normal.y * bend };
  const start = boxExit(from, control, 2);
  const end = boxExit(to, control, CLD_METRICS.arrowClearance);
  return { x0: start.x, y0: start.y, cx: control.x, cy: control.y, x1: end.x, y1: end.y };
}

/** Bends to try, in order of preference: gentle curves first, the far side only when no reverse link uses it. */
export function bendCandidates(distance: number, hasReverse: boolean): number[] {
  const base = Math.max(24, distance * 0.16);
  const steps = [1, 1.8, 2.6, 3.5, 4.5, 6, 8, 10];
  const left = steps.map((k) => base * k);
  const right = hasReverse ? [] : steps.map((k) => -base * k);
  const candidates: number[] = [];
  for (let i = 0; i < steps.length; i++) candidates.push(left[i]!, ...(right[i] === undefined ? [] : [right[i]!]));
  return candidates;
}

/** The nodes, other than its ends, that a curve passes through (with `padding`). */
export function nodesHitBy(curve: QuadraticCurve, grid: BoxGrid<PlacedBox>, from: string, to: string, padding: number): PlacedBox[] {
  // Walk the curve every few pixels and test only the boxes registered in each sample's cell.
  const length = Math.hypot(curve.cx - curve.x0, curve.cy - curve.y0) + Math.hypot(curve.x1 - curve.cx, curve.y1 - curve.cy);
  // At most 1,000 samples: a link between far-apart position hints would otherwise cost as much as its length.
  const samples = Math.min(1000, Math.max(8, Math.ceil(length / 4)));
  const hits: PlacedBox[] = [];
  for (let i = 0; i <= samples; i++) {
    const p = pointOnCurve(curve, i / samples);
    for (const node of grid.at(p.x, p.y)) {
      if (node.id === from || node.id === to || hits.includes(node)) continue;
      if (pointInBox(p, node, padding)) hits.push(node);
    }
  }
  return hits;
}

/** The centre of a link's arrowhead (the triangle `arrowHead` draws): what a reader matches a sign to. */
export function arrowHeadCentre(curve: QuadraticCurve): { x: number; y: number } {
  const [tip, left, right] = arrowHead(curve);
  return { x: (tip.x + left.x + right.x) / 3, y: (tip.y + left.y + right.y) / 3 };
}

/** The point `distance` px back along the curve from its head end (measured on a polyline of the curve). */
function pointBack(curve: QuadraticCurve, distance: number): { t: number; x: number; y: number } {
  let walked = 0;
  let previous = pointOnCurve(curve, 1);
  for (let i = 127; i >= 0; i--) {
    const t = i / 128;
    const p = pointOnCurve(curve, t);
    const step = Math.hypot(p.x - previous.x, p.y - previous.y);
    if (walked + step >= distance) {
      // The part of this step still to walk, from the previous sample (at t + 1/128) toward this one.
      const within = t + (1 - (distance - walked) / (step || 1)) / 128;
      return { t: within, ...pointOnCurve(curve, within) };
    }
    walked += step;
    previous = p;
  }
  return { t: 0, ...pointOnCurve(curve, 0) };
}

/**
 * Places the polarity glyph beside the arrowhead (Vensim, Stella): a little way back from the head, off to one side,
 * so it is nearer its own arrowhead than any other link's; clear of every node, of glyphs placed before and of the
 * link's delay mark. Tries the outer side of the bend first, then the other, then a little further back.
 */
function placeGlyph(
  curve: QuadraticCurve,
  bend: number,
  grid: BoxGrid<PlacedBox>,
  placed: BoxGrid<Box>,
  heads: BoxGrid<Box & { readonly id: string }>,
  id: string,
  delayMark: Box | undefined,
): { x: number; y: number } {
  const r = CLD_METRICS.glyphRadius;
  const side = bend >= 0 ? 1 : -1;
  const own = arrowHeadCentre(curve);
  // Nearer its own head than any other by this margin, so the pairing is plain to see.
  const margin = 6;
  let clearOfHeads: { x: number; y: number } | undefined;
  // Failing all else: the spot whose nearest rival head is furthest beyond its own.
  let leastBad: { x: number; y: number; lead: number } | undefined;
  // Beside the line first; on the line itself, just behind the head, only where heads crowd too closely for that.
  for (const offset of [r + 4, r + 9, r + 15, 0]) {
    for (const back of offset ? [22, 16, 28, 36, 46, 58, 72, 90] : [14, 20, 26, 34, 44]) {
      const p = pointBack(curve, back);
      const tangent = tangentOnCurve(curve, p.t);
      for (const s of [side, -side]) {
        // The normal on the left of the direction of travel, matching curveFor's bend sign.
        const glyph = { x: p.x + tangent.y * offset * s, y: p.y - tangent.x * offset * s };
        const box = { x: glyph.x, y: glyph.y, width: 2 * r, height: 2 * r };
        const around = [glyph.x - 3 * r, glyph.y - 3 * r, glyph.x + 3 * r, glyph.y + 3 * r] as const;
        if (grid.near(...around).some((node) => boxesOverlap(box, node, 2))) continue;
        if (delayMark && boxesOverlap(box, delayMark, 1)) continue;
        const mine = Math.hypot(glyph.x - own.x, glyph.y - own.y);
        const reach = [glyph.x - mine - margin, glyph.y - mine - margin, glyph.x + mine + margin, glyph.y + mine + margin] as const;
        const rivals = heads.near(...reach).filter((head) => head.id !== id);
        const nearest = Math.min(Infinity, minOf(rivals.map((head) => Math.hypot(glyph.x - head.x, glyph.y - head.y))));
        if (nearest < mine + margin) {
          if (!leastBad || nearest - mine > leastBad.lead) leastBad = { ...glyph, lead: nearest - mine };
          continue;
        }
        clearOfHeads ??= glyph;
        if (placed.near(...around).some((other) => boxesOverlap(box, other, 1))) continue;
        return glyph;
      }
    }
  }
  if (clearOfHeads) return clearOfHeads;
  if (leastBad) return { x: leastBad.x, y: leastBad.y };
  // Crowded on every side near the head: the first spot further along the link that is clear of factors.
  for (let back = 8; back < 800; back += 6) {
    const p = pointBack(curve, back);
    if (p.t === 0) break;
    const tangent = tangentOnCurve(curve, p.t);
    for (const offset of [r + 4, r + 12, 0])
      for (const s of [side, -side]) {
        const glyph = { x: p.x + tangent.y * offset * s, y: p.y - tangent.x * offset * s };
        const box = { x: glyph.x, y: glyph.y, width: 2 * r, height: 2 * r };
        if (!grid.near(glyph.x - 3 * r, glyph.y - 3 * r, glyph.x + 3 * r, glyph.y + 3 * r).some((node) => boxesOverlap(box, node, 2)))
          return glyph;
      }
  }
  const p = pointBack(curve, 22);
  return { x: p.x, y: p.y };
}

/**
 * Places the "?" badge of an inferred link beside its glyph: just before it along the curve when that is free, else
 * beside it on either side, else after it; clear of factors and of the glyphs and badges placed before.
 */
function placeEvidenceMark(
  glyph: { x: number; y: number },
  curve: QuadraticCurve,
  grid: BoxGrid<PlacedBox>,
  placed: BoxGrid<Box>,
): { x: number; y: number } {
  const r = CLD_METRICS.evidenceMarkRadius;
  const distance = CLD_METRICS.glyphRadius + r + 3;
  const tangent = tangentOnCurve(curve, 0.8);
  const directions = [
    { x: -tangent.x, y: -tangent.y },
    { x: tangent.y, y: -tangent.x },
    { x: -tangent.y, y: tangent.x },
    { x: tangent.x, y: tangent.y },
  ];
  const candidates = directions.map((d) => ({ x: glyph.x + d.x * distance, y: glyph.y + d.y * distance }));
  const free = candidates.find((c) => {
    const box = { x: c.x, y: c.y, width: 2 * r, height: 2 * r };
    const around = [c.x - 2 * r, c.y - 2 * r, c.x + 2 * r, c.y + 2 * r] as const;
    return !grid.near(...around).some((node) => boxesOverlap(box, node, 2)) && !placed.near(...around).some((o) => boxesOverlap(box, o, 1));
  });
  return free ?? candidates[0]!;
}

/** A link's chosen curve and bend, before glyphs and marks are placed. */
export interface RoutedCurve {
  readonly link: CausalLink;
  readonly curve: QuadraticCurve;
  readonly bend: number;
}

export interface RoutedLinks {
  readonly curves: RoutedCurve[];
  /** Links for which every bend crossed a foreign node, each with the nodes its gentlest bend crosses. */
  readonly blocked: { readonly link: CausalLink; readonly hits: PlacedBox[] }[];
  /** Chosen bend per link id, to try first in a later pass. */
  readonly bends: Map<string, number>;
}

/** Facts about the whole link set that a partial re-route needs: which pairs exist, and each parallel link's rank. */
export function routingContext(links: readonly CausalLink[]): { pairs: Set<string>; nth: Map<string, number> } {
  const pairs = new Set<string>();
  const nth = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const link of links) {
    const key = `${link.from}\u0000${link.to}`;
    pairs.add(key);
    // Parallel links between the same pair fan out: the n-th takes the n-th candidate.
    nth.set(link.id, seen.get(key) ?? 0);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return { pairs, nth };
}

/**
 * Routes every link as a curve that avoids foreign nodes. `previous` bends (from an earlier pass) are
 * tried first, so a repair pass changes only what it must.
 */
export function routeLinks(
  links: readonly CausalLink[],
  nodes: readonly PlacedBox[],
  previous?: ReadonlyMap<string, number>,
  context: { pairs: ReadonlySet<string>; nth: ReadonlyMap<string, number> } = routingContext(links),
): RoutedLinks {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const grid = new BoxGrid(nodes, 120, 6);
  const { pairs } = context;
  const curves: RoutedCurve[] = [];
  const blocked: RoutedLinks['blocked'][number][] = [];
  const bends = new Map<string, number>();
  for (const link of links) {
    const from = byId.get(link.from)!;
    const to = byId.get(link.to)!;
    if (link.from === link.to) {
      curves.push({ link, curve: selfLoopCurve(from), bend: 0 });
      continue;
    }
    const nth = context.nth.get(link.id) ?? 0;
    const distance = Math.hypot(to.x - from.x, to.y - from.y);
    const fresh = bendCandidates(distance, pairs.has(`${link.to}\u0000${link.from}`)).slice(nth);
    const earlier = previous?.get(link.id);
    const candidates = earlier === undefined ? fresh : [earlier, ...fresh];
    let chosen: RoutedCurve | undefined;
    for (const bend of candidates) {
      const curve = curveFor(from, to, bend);
      const control = { x: curve.cx, y: curve.cy };
      if (!pointInBox(control, from) && !pointInBox(control, to) && nodesHitBy(curve, grid, link.from, link.to, 4).length === 0) {
        chosen = { link, curve, bend };
        break;
      }
    }
    if (!chosen) {
      const curve = curveFor(from, to, fresh[0]!);
      blocked.push({ link, hits: nodesHitBy(curve, grid, link.from, link.to, 4) });
      chosen = { link, curve, bend: fresh[0]! };
    }
    bends.set(link.id, chosen.bend);
    curves.push(chosen);
  }
  return { curves, blocked, bends };
}

/**
 * Adds the polarity glyph (clear of nodes and other glyphs), the delay mark, the link's evidence and, on an inferred
 * link, the "?" badge beside its glyph.
 */
export function decorateLinks(curves: readonly RoutedCurve[], nodes: readonly PlacedBox[]): CldLink[] {
  const grid = new BoxGrid(nodes, 120, 6);
  const glyphs = new BoxGrid<Box>([], 60);
  const heads = new BoxGrid<Box & { id: string }>(
    curves.map(({ link, curve }) => ({ id: link.id, ...arrowHeadCentre(curve), width: 1, height: 1 })),
    60,
  );
  const r = CLD_METRICS.glyphRadius;
  return curves.map(({ link, curve, bend }) => {
    const middle = pointOnCurve(curve, 0.45);
    const tangent = tangentOnCurve(curve, 0.45);
    const delayMark = link.delay ? { x: middle.x, y: middle.y, angle: (Math.atan2(tangent.y, tangent.x) * 180) / Math.PI } : undefined;
    const delayBox = delayMark && { x: delayMark.x, y: delayMark.y, width: 18, height: 18 };
    const glyph =
      link.from === link.to
        ? { x: curve.cx + 18, y: (curve.cy + curve.y0) / 2 }
        : placeGlyph(curve, bend, grid, glyphs, heads, link.id, delayBox);
    // The badge is placed before its own glyph joins the others: the two are circles 3 px apart by construction.
    const evidence = link.evidence ?? 'unsourced';
    const evidenceMark = evidence === 'inferred' ? placeEvidenceMark(glyph, curve, grid, glyphs) : undefined;
    const b = CLD_METRICS.evidenceMarkRadius;
    glyphs.add({ x: glyph.x, y: glyph.y, width: 2 * r, height: 2 * r });
    if (evidenceMark) glyphs.add({ x: evidenceMark.x, y: evidenceMark.y, width: 2 * b, height: 2 * b });
    if (delayBox) glyphs.add(delayBox);
    return {
      id: link.id,
      from: link.from,
      to: link.to,
      polarity: link.polarity,
      delay: link.delay,
      curve,
      glyph,
      ...(delayMark ? { delayMark } : {}),
      evidence,
      ...(evidenceMark ? { evidenceMark } : {}),
      ...(link.bundled ? { bundled: link.bundled } : {}),
    };
  });
}

/** A link from a factor to itself: a small loop above its box. */
function selfLoopCurve(box: Box): QuadraticCurve {
  const top = box.y - box.height / 2;
  return { x0: box.x - 12, y0: top, cx: box.x, cy: top - 70, x1: box.x + 12, y1: top - 2 };
}

/** Least distance between two arrowheads on the same factor, so each sign can sit nearer its own. */
const HEAD_SPACING = 22;

/** A point on the perimeter of `box` grown by `pad`, from its perimeter coordinate (clockwise from the top left). */
function perimeterPoint(box: Box, pad: number, s: number): { x: number; y: number } {
  const w = box.width + 2 * pad;
  const h = box.height + 2 * pad;
  const left = box.x - w / 2;
  const top = box.y - h / 2;
  const total = 2 * (w + h);
  let d = ((s % total) + total) % total;
  if (d < w) return { x: left + d, y: top };
  d -= w;
  if (d < h) return { x: left + w, y: top + d };
  d -= h;
  if (d < w) return { x: left + w - d, y: top + h };
  d -= w;
  return { x: left, y: top + h - d };
}

/** The perimeter coordinate of the point of `box` grown by `pad` nearest to `p`. */
function perimeterOf(box: Box, pad: number, p: { x: number; y: number }): number {
  const w = box.width + 2 * pad;
  const h = box.height + 2 * pad;
  const left = box.x - w / 2;
  const top = box.y - h / 2;
  const dx = Math.min(w, Math.max(0, p.x - left));
  const dy = Math.min(h, Math.max(0, p.y - top));
  const distances = [Math.abs(p.y - top), Math.abs(p.x - (left + w)), Math.abs(p.y - (top + h)), Math.abs(p.x - left)];
  const side = distances.indexOf(minOf(distances));
  return [dx, w + dy, w + h + (w - dx), 2 * w + h + (h - dy)][side]!;
}

/**
 * Moves the head ends of links arriving at the same factor apart along its edge (at least `HEAD_SPACING`), keeping
 * their order around the box: arrowheads that meet in one point cannot tell which sign is whose.
 */
export function spreadHeads(curves: readonly RoutedCurve[], nodes: readonly PlacedBox[]): RoutedCurve[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const grid = new BoxGrid(nodes, 120, 6);
  const clear = (curve: QuadraticCurve, link: CausalLink) => nodesHitBy(curve, grid, link.from, link.to, 4).length === 0;
  const pad = CLD_METRICS.arrowClearance;
  const groups = new Map<string, number[]>();
  curves.forEach(({ link }, i) => {
    if (link.from === link.to) return;
    const list = groups.get(link.to) ?? [];
    list.push(i);
    groups.set(link.to, list);
  });
  const out = [...curves];
  for (const [id, members] of groups) {
    if (members.length < 2) continue;
    const box = byId.get(id)!;
    const total = 2 * (box.width + box.height + 4 * pad);
    if (members.length * HEAD_SPACING > total) continue;
    const ends = members
      .map((i) => ({ i, s: perimeterOf(box, pad, { x: curves[i]!.curve.x1, y: curves[i]!.curve.y1 }) }))
      .sort((a, b) => a.s - b.s || a.i - b.i);
    // Relax on the closed perimeter: push neighbours apart from the middle of each crowded pair, a few rounds.
    for (let round = 0; round < 40; round++) {
      let moved = false;
      for (let k = 0; k < ends.length; k++) {
        const a = ends[k]!;
        const last = k + 1 === ends.length;
        const b = ends[last ? 0 : k + 1]!;
        // The last pair wraps round the box: the first end, one perimeter further on.
        const gap = last ? b.s + total - a.s : b.s - a.s;
        if (gap >= HEAD_SPACING - 0.01) continue;
        const push = (HEAD_SPACING - gap) / 2;
        a.s -= push;
        b.s += push;
        moved = true;
      }
      if (!moved) break;
    }
    for (const { i, s } of ends) {
      const end = perimeterPoint(box, pad, s);
      const routed = curves[i]!;
      const curve = { ...routed.curve, x1: end.x, y1: end.y };
      // A moved end must not take the curve through another factor.
      if (clear(curve, routed.link)) out[i] = { ...routed, curve };
    }
  }
  separateForeignHeads(out, byId, pad, clear);
  return out;
}

/**
 * Heads arriving at two neighbouring factors can still meet where the boxes nearly touch: slides one along its
 * box's edge, the way that parts them, if that keeps it clear of the other heads on its own factor.
 */
function separateForeignHeads(
  out: RoutedCurve[],
  byId: ReadonlyMap<string, PlacedBox>,
  pad: number,
  clear: (curve: QuadraticCurve, link: CausalLink) => boolean,
): void {
  const apart = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
  const moved = (j: number, end: { x: number; y: number }) => ({ ...out[j]!.curve, x1: end.x, y1: end.y });
  // Arrowheads (their triangles' centres) this far apart leave room for a sign beside each.
  const room = HEAD_SPACING + 8;
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const a = out[i]!.link;
      const b = out[j]!.link;
      if (a.to === b.to || a.from === a.to || b.from === b.to) continue;
      const other = arrowHeadCentre(out[i]!.curve);
      const gap = apart(other, arrowHeadCentre(out[j]!.curve));
      if (gap >= room) continue;
      const box = byId.get(b.to)!;
      const s = perimeterOf(box, pad, { x: out[j]!.curve.x1, y: out[j]!.curve.y1 });
      const siblings = out.flatMap((c, k) => (k !== j && c.link.to === b.to ? [{ x: c.curve.x1, y: c.curve.y1 }] : []));
      const options = [1, -1]
        .flatMap((sign) => [0.5, 1, 1.5].map((f) => perimeterPoint(box, pad, s + sign * f * (room - gap + 2))))
        .filter(
          (p) =>
            apart(arrowHeadCentre(moved(j, p)), other) >= room &&
            siblings.every((tip) => apart(p, tip) >= HEAD_SPACING) &&
            clear(moved(j, p), b),
        )
        .sort((p, q) => apart(p, { x: out[j]!.curve.x1, y: out[j]!.curve.y1 }) - apart(q, { x: out[j]!.curve.x1, y: out[j]!.curve.y1 }));
      const end = options[0];
      if (end) out[j] = { ...out[j]!, curve: moved(j, end) };
    }
  }
}
