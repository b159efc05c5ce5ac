import type { Box } from '../geometry/geometry.js';
import type { NetworkLayout } from './network-layout-types.js';

/**
 * The box around the visible nodes (symbols and labels), in layout units and by its centre like every `Box`: what
 * the view refits to after a filter, so six remaining actors fill the view instead of sitting in a corner.
 * Undefined when nothing is visible.
 */
export function visibleExtent(layout: NetworkLayout, visible: readonly boolean[]): Box | undefined {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  layout.nodes.forEach((node, i) => {
    if (!visible[i]) return;
    x0 = Math.min(x0, node.box.x - node.box.width / 2, node.x - node.radius);
    y0 = Math.min(y0, node.box.y - node.box.height / 2, node.y - node.radius);
    x1 = Math.max(x1, node.box.x + node.box.width / 2, node.x + node.radius);
    y1 = Math.max(y1, node.box.y + node.box.height / 2, node.y + node.radius);
  });
  return x0 === Infinity ? undefined : { x: (x0 + x1) / 2, y: (y0 + y1) / 2, width: x1 - x0, height: y1 - y0 };
}

/** Per band of the layout: whether any visible node lies in it. Empty bands are not drawn (nor named). */
export function occupiedBands(layout: NetworkLayout, visible: readonly boolean[]): boolean[] {
  const occupied = layout.bands.map(() => false);
  layout.nodes.forEach((node, i) => {
    if (visible[i]) occupied[node.band] = true;
  });
  return occupied;
}
