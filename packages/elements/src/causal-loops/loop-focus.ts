import type { CldLayout, Loop } from '@floke/core';
import { maxOf, minOf } from '@floke/core';

/**
 * Focus mode (Kumu's): what stays at full strength while a factor is hovered, focused or selected (the factor, its
 * links and the factors at their other ends) or while a loop is highlighted (its members, links and marker). The rest
 * of the drawing fades.
 */
export interface FocusSet {
  readonly nodes: ReadonlySet<string>;
  readonly links: ReadonlySet<string>;
  /** Loop ids whose markers stay. */
  readonly markers: ReadonlySet<string>;
}

/** A factor's neighbourhood: the factor, every link into or out of it, and the factors at their other ends. */
export function factorFocus(layout: CldLayout, id: string): FocusSet {
  const nodes = new Set([id]);
  const links = new Set<string>();
  for (const link of layout.links) {
    if (link.from !== id && link.to !== id) continue;
    links.add(link.id);
    nodes.add(link.from).add(link.to);
  }
  return { nodes, links, markers: new Set() };
}

/** A loop: its members, links and marker. */
export function loopFocus(loop: Loop): FocusSet {
  return { nodes: new Set(loop.members), links: new Set(loop.links), markers: new Set([loop.id]) };
}

/** What stays at full strength: the highlighted loop, else the given factor's neighbourhood, else nothing. */
export function focusOf(layout: CldLayout, loop: Loop | undefined, factor: string | undefined): FocusSet | undefined {
  if (loop) return loopFocus(loop);
  return factor === undefined ? undefined : factorFocus(layout, factor);
}

/** ' faded' for a mark outside the focus, '' inside it or when nothing is in focus. */
export const fadedClass = (focus: FocusSet | undefined, kind: keyof FocusSet, id: string) =>
  focus && !focus[kind].has(id) ? ' faded' : '';

/** The box around a loop's members and its links' curves (control points included), in drawing units. */
export function loopBox(layout: CldLayout, loop: Pick<Loop, 'members' | 'links'>): { x: number; y: number; width: number; height: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  const members = new Set(loop.members);
  for (const node of layout.nodes) {
    if (!members.has(node.id)) continue;
    xs.push(node.x - node.width / 2, node.x + node.width / 2);
    ys.push(node.y - node.height / 2, node.y + node.height / 2);
  }
  const links = new Set(loop.links);
  for (const link of layout.links) {
    if (!links.has(link.id)) continue;
    const c = link.curve;
    xs.push(...quadExtent(c.x0, c.cx, c.x1), link.glyph.x - 10, link.glyph.x + 10);
    ys.push(...quadExtent(c.y0, c.cy, c.y1), link.glyph.y - 10, link.glyph.y + 10);
  }
  const x = minOf(xs);
  const y = minOf(ys);
  return { x, y, width: maxOf(xs) - x, height: maxOf(ys) - y };
}

/** The box around some factors (drawing units), or undefined when none of them is drawn. */
export function nodesBox(layout: CldLayout, ids: ReadonlySet<string>): { x: number; y: number; width: number; height: number } | undefined {
  const nodes = layout.nodes.filter((node) => ids.has(node.id));
  if (nodes.length === 0) return undefined;
  const x = minOf(nodes.map((n) => n.x - n.width / 2));
  const y = minOf(nodes.map((n) => n.y - n.height / 2));
  return { x, y, width: maxOf(nodes.map((n) => n.x + n.width / 2)) - x, height: maxOf(nodes.map((n) => n.y + n.height / 2)) - y };
}

/** The ends of a quadratic Bézier's range along one axis: its end points and its one turning point, if any. */
function quadExtent(p0: number, c: number, p1: number): number[] {
  const denominator = p0 - 2 * c + p1;
  const t = denominator === 0 ? -1 : (p0 - c) / denominator;
  return t > 0 && t < 1 ? [p0, p1, (1 - t) * (1 - t) * p0 + 2 * (1 - t) * t * c + t * t * p1] : [p0, p1];
}
