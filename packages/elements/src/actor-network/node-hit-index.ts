import type { NetworkLayout } from '@floke/core/actor-network';

/**
 * Finds the node under a point (layout coordinates) in about constant time: a uniform grid over node boxes.
 * Thousands of nodes are drawn on a canvas, so the pointer needs this instead of DOM hit testing.
 */
export class NodeHitIndex {
  readonly #cells = new Map<number, number[]>();
  readonly #cell: number;
  readonly #layout: NetworkLayout;

  constructor(layout: NetworkLayout, cellSize = 64) {
    this.#layout = layout;
    this.#cell = cellSize;
    layout.nodes.forEach((node, index) => {
      const { box } = node;
      const x0 = Math.floor((box.x - box.width / 2) / cellSize);
      const x1 = Math.floor((box.x + box.width / 2) / cellSize);
      const y0 = Math.floor((box.y - box.height / 2) / cellSize);
      const y1 = Math.floor((box.y + box.height / 2) / cellSize);
      for (let x = x0; x <= x1; x++)
        for (let y = y0; y <= y1; y++) {
          const key = x * 65_536 + y;
          const list = this.#cells.get(key);
          if (list) list.push(index);
          else this.#cells.set(key, [index]);
        }
    });
  }

  /** The visible node whose symbol (or, unless `symbolsOnly`, layout box) contains the point, or within `slop` of its symbol; -1 if none. */
  at(x: number, y: number, visible: readonly boolean[], slop = 0, symbolsOnly = false): number {
    const key = Math.floor(x / this.#cell) * 65_536 + Math.floor(y / this.#cell);
    let best = -1;
    let bestDistance = Infinity;
    for (const index of this.#cells.get(key) ?? []) {
      if (!visible[index]) continue;
      const node = this.#layout.nodes[index]!;
      const distance = Math.hypot(node.x - x, node.y - y);
      const inSymbol = distance <= node.radius + slop;
      const inBox = !symbolsOnly && Math.abs(node.box.x - x) <= node.box.width / 2 && Math.abs(node.box.y - y) <= node.box.height / 2;
      if ((inSymbol || inBox) && distance < bestDistance) {
        best = index;
        bestDistance = distance;
      }
    }
    return best;
  }
}
