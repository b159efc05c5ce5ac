import { loopRing, type Loop } from '@floke/core';
import { svg } from 'lit';
import type { LoopIndex } from './loop-index.js';

/** Side of the ring drawing (CSS px); member numbers and signs are 12 px or more at this size. */
export const RING_SIZE = 96;

/**
 * A loop card's ring drawing for narrow screens (Stella's and Vensim's loop view): the members as numbered dots around
 * a circle in loop order, clockwise from the top, each link an arc with its + or −. Decorative: the card's text names
 * the members in the same order and numbers them.
 */
export function renderLoopRing(loop: Loop, index: LoopIndex) {
  const ring = loopRing(loop.members.length, { size: RING_SIZE, dot: 10 });
  return svg`
    <svg class=${`loop-ring ${loop.polarity}`} width=${ring.size} height=${ring.size} viewBox=${`0 0 ${ring.size} ${ring.size}`} aria-hidden="true">
      ${ring.arcs.map((arc, i) => {
        const polarity = index.links.get(loop.links[i]!)?.polarity ?? '+';
        const [tip, left, right] = arc.head;
        return svg`<g class=${`ring-link ${polarity === '+' ? 'positive' : 'negative'}`}>
          <path class="ring-arc" d=${arc.d}></path>
          <path class="ring-head" d=${`M${tip.x},${tip.y} L${left.x},${left.y} L${right.x},${right.y} Z`}></path>
          <text class="ring-sign" x=${arc.sign.x} y=${arc.sign.y} dy="0.35em" text-anchor="middle">${polarity === '+' ? '+' : '−'}</text>
        </g>`;
      })}
      ${ring.members.map(
        (point, i) => svg`<g class="ring-member" data-member=${loop.members[i]!}>
          <circle cx=${point.x} cy=${point.y} r="10"></circle>
          <text x=${point.x} y=${point.y} dy="0.35em" text-anchor="middle">${i + 1}</text>
        </g>`,
      )}
    </svg>
  `;
}
