// Where the causal-loop diagram's badges go, apart from loops-svg.ts: the live view places its badges with it at
// first paint, while the rest of the SVG writer is export code (a lazy chunk); bundlers place a module whole.
import type { CldLayout } from '../causal-loops/types.js';
import type { MarkAnchor } from './compare-marks.js';

/** Where a factor carries its badges: change at the top-right corner, progress at the bottom-right one. */
export const loopsMarkAnchors = (layout: CldLayout): MarkAnchor[] =>
  layout.nodes.map((n) => ({
    id: n.id,
    change: { x: n.x + n.width / 2, y: n.y - n.height / 2 },
    progress: { x: n.x + n.width / 2, y: n.y + n.height / 2 },
  }));
