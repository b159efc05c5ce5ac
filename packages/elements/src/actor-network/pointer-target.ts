import type { NodeHitIndex } from './node-hit-index.js';
import type { DrawnLabel, ViewTransform } from './paint-network.js';

/** How far (CSS px) beyond a symbol's edge the pointer still hits it. */
const SYMBOL_SLOP = 4;

/**
 * Which node the pointer means at a point of the drawing (CSS px from its top left): a symbol, then a label as
 * painted (zoomed out, labels outgrow the layout's boxes, and a moved-out label may be far from its node), then near
 * a symbol or in the node's box. A label may sit right beside a symbol: on the label, the label wins over the
 * symbol's slop.
 *
 * Hovering a label redraws that node's label in the highlight layer (and a moved-out label goes back beside its
 * node), so the spot where the pointer found a label keeps meaning that node while it stays hovered: the click that
 * follows selects what the reader pointed at.
 */
export class PointerTarget {
  #held?: DrawnLabel;

  nodeAt(
    x: number,
    y: number,
    state: {
      readonly transform: ViewTransform;
      readonly hit: NodeHitIndex;
      readonly visible: readonly boolean[];
      readonly hovered: number;
      readonly labelAt: (x: number, y: number) => DrawnLabel | undefined;
    },
  ): number {
    const { transform: t, hit, visible } = state;
    const [lx, ly] = [(x - t.x) / t.k, (y - t.y) / t.k];
    const symbol = hit.at(lx, ly, visible, 0, true);
    if (symbol >= 0) return symbol;
    const held = this.#held;
    if (held && held.index === state.hovered && x >= held.box.x0 && x <= held.box.x1 && y >= held.box.y0 && y <= held.box.y1)
      return held.index;
    const label = state.labelAt(x, y);
    this.#held = label && visible[label.index] ? label : undefined;
    return this.#held ? this.#held.index : hit.at(lx, ly, visible, SYMBOL_SLOP / t.k);
  }
}
