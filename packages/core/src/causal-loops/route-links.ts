import { boxExit, boxesOverlap, pointInBox, pointOnCurve, tangentOnCurve, type Box, type QuadraticCurve } from '../geometry/geometry.js';
import type { CausalLink } from './causal-graph.js';
import { BoxGrid } from '../geometry/box-grid.js';
import { CLD_METRICS, type CldLink } from './types.js';

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
  const samples = Math.max(8, Math.ceil(length / 4));
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

/** Places the polarity glyph near the arrowhead, clear of every node and of glyphs placed before. */
function placeGlyph(curve: QuadraticCurve, bend: number, grid: BoxGrid<PlacedBox>, placed: BoxGrid<Box>): { x: number; y: number } {
  const r = CLD_METRICS.glyphRadius;
  const side = bend >= 0 ? 1 : -1;
  let fallback: { x: number; y: number } | undefined;
  for (const t of [0.8, 0.72, 0.64, 0.86, 0.56, 0.48]) {
    const p = pointOnCurve(curve, t);
    const tangent = tangentOnCurve(curve, t);
    for (const s of [side, -side]) {
      const offset = r + 4;
      // The normal on the left of the direction of travel, matching curveFor's bend sign.
      const glyph = { x: p.x + tangent.y * offset * s, y: p.y - tangent.x * offset * s };
      const box = { x: glyph.x, y: glyph.y, width: 2 * r, height: 2 * r };
      const around = [glyph.x - 2 * r, glyph.y - 2 * r, glyph.x + 2 * r, glyph.y + 2 * r] as const;
      if (grid.near(...around).some((node) => boxesOverlap(box, node, 2))) continue;
      fallback ??= glyph;
      const others = placed.near(...around);
      if (others.some((other) => boxesOverlap(box, other, 1))) continue;
      return glyph;
    }
  }
  return fallback ?? pointOnCurve(curve, 0.8);
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
  const r = CLD_METRICS.glyphRadius;
  return curves.map(({ link, curve, bend }) => {
    const glyph = link.from === link.to ? { x: curve.cx + 18, y: (curve.cy + curve.y0) / 2 } : placeGlyph(curve, bend, grid, glyphs);
    // The badge is placed before its own glyph joins the others: the two are circles 3 px apart by construction.
    const evidence = link.evidence ?? 'unsourced';
    const evidenceMark = evidence === 'inferred' ? placeEvidenceMark(glyph, curve, grid, glyphs) : undefined;
    const b = CLD_METRICS.evidenceMarkRadius;
    glyphs.add({ x: glyph.x, y: glyph.y, width: 2 * r, height: 2 * r });
    if (evidenceMark) glyphs.add({ x: evidenceMark.x, y: evidenceMark.y, width: 2 * b, height: 2 * b });
    const middle = pointOnCurve(curve, 0.45);
    const tangent = tangentOnCurve(curve, 0.45);
    return {
      id: link.id,
      from: link.from,
      to: link.to,
      polarity: link.polarity,
      delay: link.delay,
      curve,
      glyph,
      ...(link.delay ? { delayMark: { x: middle.x, y: middle.y, angle: (Math.atan2(tangent.y, tangent.x) * 180) / Math.PI } } : {}),
      evidence,
      ...(evidenceMark ? { evidenceMark } : {}),
    };
  });
}

/** A link from a factor to itself: a small loop above its box. */
function selfLoopCurve(box: Box): QuadraticCurve {
  const top = box.y - box.height / 2;
  return { x0: box.x - 12, y0: top, cx: box.x, cy: top - 70, x1: box.x + 12, y1: top - 2 };
}
