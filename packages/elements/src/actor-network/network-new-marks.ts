import type { ScreenBox } from '@floke/core/actor-network';
import { render, svg } from 'lit';
import type { ViewTransform } from '../controllers/zoom-pan.js';
import type { NetworkIndex } from './network-index.js';

/** Height of the "new" tag on screen (CSS px): 12 px text with room above and below. */
const TAG_HEIGHT = 16;
/** Width of one character of the tag's 12 px bold capitals, generously, so the text never leaves its tag. */
const TAG_CHAR = 8.5;

/** A "new since the workshop began" tag: its box on screen (CSS px from the drawing's top left) and its node. */
export interface NewTag {
  readonly id: string;
  readonly box: ScreenBox;
}

/**
 * The tags of the visible nodes `isNew` picks, one size on screen at any zoom: left of the symbol, straddling its top,
 * clear of the label (centred under the symbol) and of the selection badge (upper right). Canvas labels keep clear of
 * them too (`NetworkFrame.reserved`).
 */
export function newTags(
  index: NetworkIndex,
  visible: readonly boolean[],
  transform: ViewTransform,
  isNew: (id: string) => boolean,
  text: string,
): NewTag[] {
  const { x, y, k } = transform;
  const width = Math.ceil(text.length * TAG_CHAR + 8);
  const nodes = index.view.layout.nodes;
  return nodes.flatMap((n, i) => {
    if (!visible[i] || !isNew(n.id)) return [];
    const x1 = (n.x - n.radius) * k + x - 3;
    const top = (n.y - n.radius) * k + y - TAG_HEIGHT / 2;
    return [{ id: n.id, box: { x0: x1 - width, x1, y0: top, y1: top + TAG_HEIGHT } }];
  });
}

/** Draws the tags into the overlay's `g.new-marks` (in screen coordinates, outside the zoomed group). */
export function renderNewTags(container: SVGGElement, tags: readonly NewTag[], text: string): void {
  render(
    tags.map(
      ({
        id,
        box,
      }) => svg`<g class="new-badge" part="new-badge" data-new=${id} aria-hidden="true" transform=${`translate(${box.x0},${box.y0})`}>
        <rect width=${box.x1 - box.x0} height=${TAG_HEIGHT} rx="3"></rect>
        <text x=${(box.x1 - box.x0) / 2} y=${TAG_HEIGHT / 2} dy="0.35em" text-anchor="middle">${text}</text>
      </g>`,
    ),
    container,
  );
}
